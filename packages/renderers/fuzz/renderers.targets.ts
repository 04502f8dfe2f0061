/*
 * Every public function of @afterview/renderers (src/index.ts and the pdf and docx subpaths) as a
 * fuzz target: the test documents and plans to mutate, and what each output must be.
 */
import {
  calendarLinks,
  mailtoLink,
  renderEml,
  renderHtml,
  renderIcs,
  renderMarkdown,
  renderPlanMarkdown,
  renderText,
} from "@afterview/renderers";
import { renderDocx } from "@afterview/renderers/docx";
import { renderEnvelopePdf, renderPdf } from "@afterview/renderers/pdf";
import { assert, type FuzzTarget, leaf } from "@afterview/testing/fuzz";
import { OFFER_PLAN, PLAN, SPARSE_PLAN } from "@afterview/testing/samples";
import fc from "fast-check";
import ICAL from "ical.js";
import PostalMime from "postal-mime";
import { EMAIL, LETTER, NOTE, SCRIPT } from "../src/internal/fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: the targets call typed functions with untyped JSON on purpose.
type Any = any;

const DOCS = [LETTER, EMAIL, SCRIPT, NOTE];

/*
 * The renderers trust their argument's type (a Document from compose, a Plan from core), so the
 * document or plan keeps its shape and only its free text turns hostile; the strings under these
 * keys are enums, codes and dates, not text a person typed. Options are the renderers' own input
 * and get arbitrary values.
 */
const DOCUMENT = { keep: ["templateId", "kind", "locale", "type", "isoDate", "country"] };
const PLAN_KEEP = {
  keep: [
    "version",
    "status",
    "kind",
    "channel",
    "format",
    "source",
    "unit",
    "confidence",
    "templateId",
    "rule",
    "code",
    "type",
    "outcome",
    "period",
    "currency",
    "country",
    "region",
    "timeZone",
    "createdAt",
    "start",
    "end",
    "opens",
    "closes",
    "earliest",
    "latest",
    "writeBy",
    "sendBy",
    "postBy",
    "quietUntil",
    "at",
    "interviewStart",
    "interviewEnd",
    "deadline",
    "startDate",
    "path",
  ],
};
const withOptions = (first: unknown) => fc.tuple(fc.constant(first), leaf()) as fc.Arbitrary<unknown[]>;
const isText = (out: unknown) => assert(typeof out === "string" && out.length > 0, "expected text");
const startsWith = (magic: string) => (out: unknown) => {
  assert(out instanceof Uint8Array, "expected bytes");
  assert(new TextDecoder("latin1").decode(out.subarray(0, magic.length)) === magic, `expected ${magic}`);
};

/** Every public function of @afterview/renderers. */
export const renderersTargets: FuzzTarget[] = [
  {
    name: "renderText",
    typed: DOCUMENT,
    input: withOptions(LETTER),
    valid: [...DOCS.map((d) => [d]), [LETTER, { width: 40 }]],
    call: ([doc, options]) => renderText(doc as Any, options as Any),
    check: isText,
  },
  {
    name: "renderMarkdown",
    typed: DOCUMENT,
    valid: DOCS.map((d) => [d]),
    call: ([doc]) => renderMarkdown(doc as Any),
    check: isText,
  },
  {
    name: "renderHtml",
    typed: DOCUMENT,
    input: withOptions(EMAIL),
    valid: [...DOCS.map((d) => [d]), [EMAIL, { standalone: true }]],
    call: ([doc, options]) => renderHtml(doc as Any, options as Any),
    check: isText,
  },
  {
    name: "renderEml",
    typed: DOCUMENT,
    input: withOptions(EMAIL),
    valid: [
      [EMAIL],
      [
        LETTER,
        {
          from: { name: "Alex Morgan", email: "alex@example.com" },
          to: ["dana@acme.example"],
          date: "2026-11-24T18:00:00Z",
        },
      ],
    ],
    call: ([doc, options]) => renderEml(doc as Any, options as Any),
    // The message parses as RFC 5322 and keeps one From.
    check: async (out) => {
      isText(out);
      const mail = await PostalMime.parse(out as string);
      assert(mail.from !== undefined, "no From header");
    },
  },
  {
    name: "renderIcs",
    typed: PLAN_KEEP,
    input: withOptions(PLAN),
    valid: [[PLAN], [OFFER_PLAN, { alarms: [30, 1440] }], [SPARSE_PLAN, { alarms: false }]],
    call: ([plan, options]) => renderIcs(plan as Any, options as Any),
    // The calendar parses as RFC 5545.
    check: (out) => {
      isText(out);
      const component = new ICAL.Component(ICAL.parse(out as string));
      assert(component.name === "vcalendar", "not a VCALENDAR");
    },
  },
  {
    name: "renderPlanMarkdown",
    typed: PLAN_KEEP,
    valid: [[PLAN], [OFFER_PLAN], [SPARSE_PLAN]],
    call: ([plan]) => renderPlanMarkdown(plan as Any),
    check: isText,
  },
  {
    name: "mailtoLink",
    typed: DOCUMENT,
    input: withOptions(EMAIL),
    valid: [[EMAIL], [LETTER, { maxLength: 300 }], [NOTE, { to: ["dana@acme.example"] }]],
    call: ([doc, options]) => mailtoLink(doc as Any, options as Any),
    // A mailto: URL that parses, within the length asked for (2,000 by default).
    check: (out) => {
      const link = out as { href: string; complete: boolean };
      assert(new URL(link.href).protocol === "mailto:", "not a mailto: URL");
      assert(link.href.length <= 2000 || link.complete === false, "a complete link over the limit");
    },
  },
  {
    name: "calendarLinks",
    typed: PLAN_KEEP,
    input: withOptions(PLAN),
    valid: [[PLAN], [OFFER_PLAN, { maxLength: 1200 }], [SPARSE_PLAN]],
    // Every action of the plan, dated or not (undefined for the undated).
    call: ([plan, options]) =>
      (plan as Any).actions.map((action: Any) => calendarLinks(action, plan as Any, options as Any)),
    check: (out) => {
      for (const links of out as (Record<string, string> | undefined)[]) {
        for (const href of Object.values(links ?? {})) assert(new URL(href).protocol === "https:", "not an https URL");
      }
    },
  },
  {
    name: "renderPdf",
    typed: DOCUMENT,
    input: withOptions(LETTER),
    valid: [[LETTER], [NOTE, { paper: "a4" }], [EMAIL, { envelopeWindow: true }]],
    call: ([doc, options]) => renderPdf(doc as Any, options as Any),
    check: startsWith("%PDF"),
  },
  {
    name: "renderEnvelopePdf",
    typed: DOCUMENT,
    input: withOptions(LETTER),
    valid: [[LETTER], [LETTER, { size: "DL" }]],
    call: ([doc, options]) => renderEnvelopePdf(doc as Any, options as Any),
    check: startsWith("%PDF"),
  },
  {
    name: "renderDocx",
    typed: DOCUMENT,
    input: withOptions(LETTER),
    valid: [[LETTER], [NOTE, { paper: "a4" }]],
    call: ([doc, options]) => renderDocx(doc as Any, options as Any),
    check: startsWith("PK"),
  },
];
