/*
 * Test fixtures shared by the renderers' tests (not exported from the package): documents of each
 * kind, a plan built by core from a sample interview, and corpora of hostile and multilingual text.
 */
import { createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import type { Document } from "@afterview/templates";

/** Names in Latin with diacritics, Greek, Cyrillic, Polish, Turkish and Vietnamese. */
export const WORLD_NAMES = [
  "Zoë Ångström-Müller",
  "Νικόλαος Παπαδόπουλος",
  "Дмитрий Шостакович",
  "Małgorzata Żółkiewska-Łęcka",
  "Şükrü Ağaoğlu İçöz",
  "Nguyễn Thị Phương Thảo",
];

/** HTML/XSS payloads. */
export const XSS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  "</p><svg/onload=alert(1)>",
  "&lt;b&gt;entity&amp;",
  "<!-- comment --><style>*{}</style>",
  "<iframe src=//evil.example></iframe>",
];

/** Markdown payloads. */
export const MARKDOWN = [
  "[click](https://evil.example)",
  "![img](https://evil.example/x.png)",
  "<https://evil.example>",
  "https://evil.example/path and www.evil.example",
  "mail me at evil@evil.example",
  "# heading",
  "## heading ##",
  "> quote",
  "- item",
  "+ item",
  "* item",
  "1. item",
  "3) item",
  "---",
  "===",
  "***bold italic***",
  "_under_ and __strong__",
  "`code` and ```fence```",
  "~~strike~~ ~tilde~",
  "| a | b |",
  "[ref]: https://evil.example",
  "\\*escaped\\* backslash\\",
  "&copy; &#60; &#x3C;",
  "[x]\n\n[x]: https://evil.example",
  "    indented code",
  "line one\n# heading on line two\n- list on line three",
];

/** CR/LF and header payloads for email fields. */
export const HEADER_INJECTION = [
  "Dana\r\nBcc: evil@evil.example",
  "Dana\nBcc: evil@evil.example",
  "Dana\rBcc: evil@evil.example",
  "Thanks\r\n\r\n<html>body takeover",
  "Dana\u2028Bcc: evil@evil.example",
  "Dana\u0085Bcc: evil@evil.example",
  'Dana" <evil@evil.example>, "x',
  "=?utf-8?B?QmNjOiBldmls?=",
];

/** Text that iCalendar must escape or fold: `;`, `,`, `\`, newlines and a 200-character line. */
export const ICS_TEXT = [
  "a;b,c\\d",
  "line one\nline two\r\nline three",
  "ends with backslash\\",
  "\\n is not a newline",
  "x".repeat(200),
  "ł".repeat(120),
  "😀".repeat(60),
  "BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
];

/** A posted letter. */
export const LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "en-US",
  subject: "Thank you for the interview",
  date: "November 24, 2026",
  isoDate: "2026-11-24",
  from: {
    name: "Alex Morgan",
    email: "alex.morgan@example.com",
    lines: ["Alex Morgan", "12 Elm St", "Chicago, IL 60601"],
  },
  to: {
    name: "Marek Szczepański",
    lines: ["Marek Szczepański", "Staff Data Engineer", "Acme Corp", "200 Park Ave, Floor 31", "New York, NY 10166"],
    country: "US",
  },
  salutation: "Dear Mr. Szczepański,",
  blocks: [
    {
      type: "paragraph",
      text: "Thank you for talking with me today about streaming ingestion with late-arriving events. I enjoyed hearing how AT&T and Acme share the load.",
    },
    {
      type: "paragraph",
      text: "The design notes are at https://example.com/a/very/long/path/that/must/stay/whole/for/the/reader/to/copy/it",
    },
  ],
  closing: "Sincerely,",
  signature: ["Alex Morgan"],
};

/** An email. */
export const EMAIL: Document = {
  templateId: "thank-you/email",
  kind: "email",
  locale: "en-GB",
  subject: "Thank you — Senior Data Engineer interview",
  isoDate: "2026-11-24",
  from: { name: "Alex Morgan", email: "alex.morgan@example.com", lines: ["Alex Morgan"] },
  to: { name: "Dana Whitfield", email: "dana.whitfield@acme.example", lines: ["Dana Whitfield"] },
  salutation: "Dear Dana,",
  blocks: [
    {
      type: "paragraph",
      text: "Thank you for your time today. Our talk about the warehouse migration stayed with me.",
    },
    {
      type: "list",
      items: ["I have moved two warehouses of this size before.", "I would enjoy sharing the on-call load."],
    },
  ],
  closing: "Kind regards,",
  signature: ["Alex Morgan", "+1 312 555 0147"],
};

/** A call script. */
export const SCRIPT: Document = {
  templateId: "follow-up/call-script",
  kind: "script",
  locale: "en-US",
  subject: "Follow-up call to Priya Raman",
  blocks: [
    { type: "heading", text: "Opening" },
    {
      type: "paragraph",
      text: "Hello Priya, this is Alex Morgan. I interviewed for the Senior Data Engineer role last Tuesday.",
    },
    { type: "heading", text: "Ask" },
    {
      type: "list",
      ordered: true,
      items: ["Has a decision been made?", "When should I expect to hear?", "Is there anything else you need from me?"],
    },
  ],
};

/** A handwritten note. */
export const NOTE: Document = {
  templateId: "thank-you/note",
  kind: "note",
  locale: "en-GB",
  date: "24 November 2026",
  salutation: "Dear Dana,",
  blocks: [{ type: "paragraph", text: "Thank you for a warm welcome today." }],
  closing: "Best wishes,",
  signature: ["Alex"],
};

/** Every document fixture, by name. */
export const DOCUMENTS = { letter: LETTER, email: EMAIL, script: SCRIPT, note: NOTE } as const;

/** A copy of `doc` with `value` in every text field (names, lines, subject, blocks, closing, signature). */
export function everywhere(doc: Document, value: string): Document {
  const party = (p: Document["from"]) => p && { ...p, name: value, lines: [value, ...p.lines, value] };
  return {
    ...doc,
    subject: value,
    date: value,
    from: party(doc.from),
    to: party(doc.to),
    salutation: value,
    blocks: [
      { type: "paragraph", text: value },
      { type: "heading", text: value },
      { type: "list", items: [value, `x ${value}`] },
      { type: "list", ordered: true, items: [value] },
      ...doc.blocks,
    ],
    closing: value,
    signature: [value, value],
  };
}

/** The sample interview: New York employer, Chicago candidate, "within two or three days". */
export const SAMPLE_INPUT = {
  id: "acme-senior-data-engineer",
  role: "Senior Data Engineer",
  company: {
    name: "Acme Corp",
    timeZone: "America/New_York",
    country: "US",
    region: "NY",
    address: {
      lines: ["200 Park Ave", "Floor 31"],
      locality: "New York",
      region: "NY",
      postalCode: "10166",
      country: "US",
    },
  },
  start: "2026-11-24T14:00:00-05:00[America/New_York]",
  end: "2026-11-24T15:30:00-05:00[America/New_York]",
  format: "onsite",
  interviewers: [
    {
      name: "Dana Whitfield",
      title: "Engineering Manager",
      email: "dana.whitfield@acme.example",
      spellingConfirmed: true,
      topics: ["the warehouse migration"],
    },
    {
      name: "Marek Szczepański",
      title: "Staff Data Engineer",
      spellingConfirmed: false,
      topics: ["streaming ingestion"],
    },
  ],
  scheduler: {
    name: "Priya Raman",
    title: "Recruiting Coordinator",
    email: "priya.raman@acme.example",
    phone: "+1 212 555 0100",
  },
  statedTimeline: "We'll make a decision within two or three days",
  interest: "want",
  candidate: {
    name: "Alex Morgan",
    timeZone: "America/Chicago",
    country: "US",
    region: "IL",
    email: "alex.morgan@example.com",
    handwriting: "average",
  },
};

/** The sample interview's plan, made as the interview ends. */
export function samplePlan(): Plan {
  const input = parseInterviewInput(structuredClone(SAMPLE_INPUT));
  return createPlan(input, { now: input.end });
}

/** The sample plan with `value` in the company, the role, every person's name and every reason. */
export function hostilePlan(value: string): Plan {
  const plan = structuredClone(samplePlan());
  plan.context.company = value;
  plan.context.role = value;
  for (const action of plan.actions) {
    if (action.to) action.to.name = value;
    action.why = action.why.map((why) => ({ ...why, text: value }));
  }
  return plan;
}

/** One element found by {@link htmlElements}: its tag and attribute names. */
export interface FoundElement {
  tag: string;
  attributes: string[];
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  value?: string;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/** Every element in `html` as a browser's parser (parse5, the WHATWG algorithm) builds it, and the text it shows. */
export async function parseHtml(html: string, fragment: boolean): Promise<{ elements: FoundElement[]; text: string }> {
  const parse5 = await import("parse5");
  const root = (fragment ? parse5.parseFragment(html) : parse5.parse(html)) as unknown as Parse5Node;
  const elements: FoundElement[] = [];
  let text = "";
  const walk = (node: Parse5Node) => {
    if (node.tagName) elements.push({ tag: node.tagName, attributes: (node.attrs ?? []).map((a) => a.name) });
    if (node.nodeName === "#text") text += node.value ?? "";
    if (node.nodeName === "#comment") elements.push({ tag: "#comment", attributes: [] });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(root);
  return { elements, text };
}

/** Postal addresses in parts, for the window-envelope cases. */
export const ADDRESSES = {
  chicago: { lines: ["12 Elm St"], locality: "Chicago", region: "IL", postalCode: "60601", country: "US" },
  leeds: { lines: ["14 Mill Lane"], locality: "Leeds", postalCode: "LS1 4AB", country: "GB" },
  acme: { lines: ["200 Park Ave", "Floor 31"], locality: "New York", region: "NY", postalCode: "10166", country: "US" },
  tokyo: {
    lines: ["1-1 Marunouchi 1-chome"],
    locality: "Chiyoda-ku",
    region: "Tokyo",
    postalCode: "100-0005",
    country: "JP",
  },
  manchester: { lines: ["1 King Street"], locality: "Manchester", postalCode: "M2 4WU", country: "GB" },
  canaryWharf: { lines: ["Building 7", "14 Marsh Wall"], locality: "London", postalCode: "E14 9FJ", country: "GB" },
  careOf: {
    lines: ["c/o Acme Legal", "200 Park Ave", "Ste 900"],
    locality: "New York",
    region: "NY",
    postalCode: "10166",
    country: "US",
  },
} as const;

const US_SENDER = {
  name: "Alex Morgan",
  email: "alex.morgan@example.com",
  lines: ["Alex Morgan"],
  address: ADDRESSES.chicago,
};
const GB_SENDER = { name: "Alex Morgan", lines: ["Alex Morgan"], address: ADDRESSES.leeds };
const LONG_TITLE = "Senior Vice President, Global Infrastructure Engineering and Developer Productivity";

/** A letter to `to` from `from`, with addresses in parts (see `PostalParty`). */
function addressed(from: object, to: object, locale: Document["locale"] = "en-US"): Document {
  return { ...LETTER, locale, date: locale === "en-GB" ? "24 November 2026" : LETTER.date, from, to } as Document;
}

/** A window-envelope case: a letter, the paper it is printed on, and the recipient's lines the window must show. */
export interface WindowCase {
  name: string;
  doc: Document;
  paper: "letter" | "a4";
  /** The recipient's lines as printed (before wrapping), in order. */
  shows: string[];
  /** Their type size. */
  size: 10 | 8;
}

/** Letters whose recipients are hard to fit in the window: long names and titles, two street lines, mail abroad. */
export const WINDOW_CASES: WindowCase[] = [
  {
    name: "US to New York: the title goes, the floor joins the street line",
    doc: addressed(US_SENDER, {
      name: "Dana Whitfield",
      title: "Engineering Manager",
      organization: "Acme Corp",
      lines: ["Dana Whitfield"],
      address: ADDRESSES.acme,
    }),
    paper: "letter",
    shows: ["Dana Whitfield", "Acme Corp", "200 Park Ave Floor 31", "New York, NY 10166"],
    size: 10,
  },
  {
    name: "US, a long name on two lines: smaller type",
    doc: addressed(US_SENDER, {
      name: "Maximiliana Alexandrina Wolfeschlegelsteinhausen-Bergerdorff",
      title: "Engineering Manager",
      organization: "Acme Corp",
      lines: ["x"],
      address: ADDRESSES.acme,
    }),
    paper: "letter",
    shows: [
      "Maximiliana Alexandrina Wolfeschlegelsteinhausen-Bergerdorff",
      "Acme Corp",
      "200 Park Ave Floor 31",
      "New York, NY 10166",
    ],
    size: 8,
  },
  {
    name: "US, a long title: it goes",
    doc: addressed(US_SENDER, {
      name: "Dana Whitfield",
      title: LONG_TITLE,
      organization: "Acme Corp",
      lines: ["x"],
      address: ADDRESSES.acme,
    }),
    paper: "letter",
    shows: ["Dana Whitfield", "Acme Corp", "200 Park Ave Floor 31", "New York, NY 10166"],
    size: 10,
  },
  {
    name: "US, two street lines and a suite: the streets on one line",
    doc: addressed(US_SENDER, {
      name: "Dana Whitfield",
      title: "Counsel",
      organization: "Acme Corp",
      lines: ["x"],
      address: ADDRESSES.careOf,
    }),
    paper: "letter",
    shows: ["Dana Whitfield", "Acme Corp", "c/o Acme Legal, 200 Park Ave Ste 900", "New York, NY 10166"],
    size: 10,
  },
  {
    name: "US to Tokyo: JAPAN last, the streets joined, smaller type",
    doc: addressed(US_SENDER, {
      name: "Kenji Sato",
      title: "Head of Platform Engineering",
      organization: "Example KK",
      lines: ["x"],
      address: ADDRESSES.tokyo,
    }),
    paper: "letter",
    shows: ["Kenji Sato", "Example KK", "1-1 Marunouchi 1-chome, Chiyoda-ku, Tokyo", "100-0005", "JAPAN"],
    size: 8,
  },
  {
    name: "US to Manchester: UNITED KINGDOM last; title and company go",
    doc: addressed(US_SENDER, {
      name: "Priya Shah",
      title: "Head of Data",
      organization: "Northwind Ltd",
      lines: ["x"],
      address: ADDRESSES.manchester,
    }),
    paper: "letter",
    shows: ["Priya Shah", "1 King Street", "Manchester", "M2 4WU", "UNITED KINGDOM"],
    size: 8,
  },
  {
    name: "US, lines as given (no address in parts): smaller type, then the second line goes",
    doc: {
      ...LETTER,
      to: {
        name: "Dana Whitfield",
        country: "US",
        lines: ["Dana Whitfield", "Engineering Manager", "Acme Corp", "200 Park Ave", "Floor 31", "New York, NY 10166"],
      },
    },
    paper: "letter",
    shows: ["Dana Whitfield", "Acme Corp", "200 Park Ave", "Floor 31", "New York, NY 10166"],
    size: 8,
  },
  {
    name: "GB to New York on A4: all six lines, UNITED STATES last",
    doc: addressed(
      GB_SENDER,
      {
        name: "Dana Whitfield",
        title: "Engineering Manager",
        organization: "Acme Corp",
        lines: ["x"],
        address: ADDRESSES.acme,
      },
      "en-GB",
    ),
    paper: "a4",
    shows: [
      "Dana Whitfield",
      "Engineering Manager",
      "Acme Corp",
      "200 Park Ave Floor 31",
      "New York, NY 10166",
      "UNITED STATES",
    ],
    size: 10,
  },
  {
    name: "GB on A4, two street lines and a long title: the title goes (six lines at most)",
    doc: addressed(
      GB_SENDER,
      {
        name: "Priya Shah",
        title: LONG_TITLE,
        organization: "Northwind Ltd",
        lines: ["x"],
        address: ADDRESSES.canaryWharf,
      },
      "en-GB",
    ),
    paper: "a4",
    shows: ["Priya Shah", "Northwind Ltd", "Building 7", "14 Marsh Wall", "London", "E14 9FJ"],
    size: 10,
  },
  {
    name: "GB to the US on A4, lines as given: seven lines, the second goes",
    doc: {
      ...LETTER,
      locale: "en-GB",
      from: { name: "Alex Morgan", country: "GB", lines: ["Alex Morgan", "14 Mill Lane", "Leeds", "LS1 4AB"] },
      to: {
        name: "Dana Whitfield",
        country: "US",
        lines: [
          "Dana Whitfield",
          "Engineering Manager",
          "Acme Corp",
          "200 Park Ave",
          "Floor 31",
          "New York, NY 10166",
          "UNITED STATES",
        ],
      },
    },
    paper: "a4",
    shows: ["Dana Whitfield", "Acme Corp", "200 Park Ave", "Floor 31", "New York, NY 10166", "UNITED STATES"],
    size: 10,
  },
];

/*
 * Letters in German, French and Spanish, built by hand (the templates' own are written elsewhere):
 * addresses in parts, so the place-and-date line has the sender's locality, and a recipient in the
 * same country, so no country line.
 */

/** A German letter, Berlin to Berlin (DIN 5008). */
export const DE_LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "de-DE",
  subject: "Ihr Vorstellungsgespräch als Senior Data Engineer am 23. November 2026",
  date: "24. November 2026",
  isoDate: "2026-11-24",
  from: {
    name: "Alex Morgan",
    lines: ["Alex Morgan"],
    address: { lines: ["Torstraße 12"], locality: "Berlin", postalCode: "10119", country: "DE" },
  },
  to: {
    name: "Katrin Vogel",
    title: "Leiterin Personal",
    organization: "Nordwind GmbH",
    lines: ["Katrin Vogel"],
    address: { lines: ["Friedrichstraße 100"], locality: "Berlin", postalCode: "10117", country: "DE" },
  },
  salutation: "Guten Tag Katrin Vogel,",
  blocks: [
    {
      type: "paragraph",
      text: "vielen Dank für das offene Gespräch über die Datenplattform und die späten Ereignisse im Stream. Besonders die Frage nach der Migration hat mich noch lange beschäftigt.",
    },
    { type: "paragraph", text: "Ich freue mich darauf, von Ihnen zu hören." },
  ],
  closing: "Mit freundlichen Grüßen",
  signature: ["Alex Morgan"],
};

/** A French letter, Lyon to Lyon (right-hand window). */
export const FR_LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "fr-FR",
  subject: "Entretien du 23 novembre 2026 pour le poste d’ingénieur données",
  date: "24 novembre 2026",
  isoDate: "2026-11-24",
  from: {
    name: "Alex Morgan",
    lines: ["Alex Morgan"],
    address: { lines: ["3 rue Mercière"], locality: "Lyon", postalCode: "69002", country: "FR" },
  },
  to: {
    name: "Claire Dubois",
    title: "Responsable du recrutement",
    organization: "Vent du Nord SAS",
    lines: ["Claire Dubois"],
    address: { lines: ["12 rue de la République"], locality: "Lyon", postalCode: "69001", country: "FR" },
  },
  salutation: "Bonjour Claire Dubois,",
  blocks: [
    {
      type: "paragraph",
      text: "Je vous remercie pour notre échange d’hier sur la plateforme de données et les événements tardifs. La question de la migration m’a particulièrement intéressé\u202f!",
    },
    { type: "paragraph", text: "Je reste à votre disposition pour tout complément d’information." },
  ],
  closing: "Veuillez agréer l’expression de mes salutations distinguées.",
  signature: ["Alex Morgan"],
};

/** A Spanish letter, Madrid to Madrid (right-hand window). */
export const ES_LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "es-ES",
  subject: "Entrevista del 23 de noviembre de 2026 para el puesto de ingeniería de datos",
  date: "24 de noviembre de 2026",
  isoDate: "2026-11-24",
  from: {
    name: "Alex Morgan",
    lines: ["Alex Morgan"],
    address: { lines: ["Calle de Alcalá 45"], locality: "Madrid", postalCode: "28014", country: "ES" },
  },
  to: {
    name: "Lucía Fernández",
    title: "Dirección de Selección",
    organization: "Viento del Norte S.L.",
    lines: ["Lucía Fernández"],
    address: { lines: ["Paseo de la Castellana 100"], locality: "Madrid", postalCode: "28046", country: "ES" },
  },
  salutation: "Buenos días, Lucía Fernández:",
  blocks: [
    {
      type: "paragraph",
      text: "Le agradezco la conversación de ayer sobre la plataforma de datos y los eventos que llegan tarde. La pregunta sobre la migración me pareció especialmente interesante.",
    },
    { type: "paragraph", text: "Quedo a su disposición para cualquier información adicional." },
  ],
  closing: "Atentamente,",
  signature: ["Alex Morgan"],
};
