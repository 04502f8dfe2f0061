import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError, type ValidationIssue } from "../errors/afterview-error.js";
import { parseInterviewInput, parseOffer, parsePlan, parsePlanEvent } from "./parse.js";

const SAMPLE_TEXT = readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8");
const sample = (): Record<string, unknown> => JSON.parse(SAMPLE_TEXT);

/** The sample with the value at `path` (dotted, `[i]` for indexes) replaced, or removed when `value` is `REMOVE`. */
const REMOVE = Symbol("remove");
function changed(path: string, value: unknown): Record<string, unknown> {
  const root = sample();
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== "");
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return root;
}

function issuesOf(fn: () => unknown): readonly ValidationIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues;
  }
  throw new Error("expected an AfterviewValidationError, but the input was accepted");
}

const MEGABYTE = "x".repeat(1024 * 1024);
const twentyOne = Array.from({ length: 21 }, (_, i) => ({ name: `Person ${i}` }));

describe("parseInterviewInput: bad inputs", () => {
  // [case name, input, path, code]
  const cases: [string, unknown, string, string][] = [
    [
      "unknown candidate zone",
      changed("candidate.timeZone", "America/New_Yrok"),
      "candidate.timeZone",
      "unknown-time-zone",
    ],
    ["offset as company zone", changed("company.timeZone", "-05:00"), "company.timeZone", "unknown-time-zone"],
    ["abbreviation as zone", changed("company.timeZone", "EST5EDT-ish"), "company.timeZone", "unknown-time-zone"],
    ["UK is not ISO 3166", changed("company.country", "UK"), "company.country", "unknown-country"],
    ["lower-case country", changed("candidate.country", "us"), "candidate.country", "unknown-country"],
    [
      "unassigned country in address",
      changed("company.address.country", "ZZ"),
      "company.address.country",
      "unknown-country",
    ],
    ["end before start", changed("end", "2026-11-24T13:00:00-05:00[America/New_York]"), "end", "end-before-start"],
    ["end equal to start", changed("end", "2026-11-24T14:00:00-05:00[America/New_York]"), "end", "end-before-start"],
    ["end equal to start in another zone", changed("end", "2026-11-24T19:00:00Z"), "end", "end-before-start"],
    ["NaN travel minutes", changed("travelMinutes", Number.NaN), "travelMinutes", "invalid_type"],
    ["Infinity travel minutes", changed("travelMinutes", Number.POSITIVE_INFINITY), "travelMinutes", "invalid_type"],
    ["fractional travel minutes", changed("travelMinutes", 12.5), "travelMinutes", "invalid_type"],
    ["negative travel minutes", changed("travelMinutes", -5), "travelMinutes", "too_small"],
    ["number as role", changed("role", 42), "role", "invalid_type"],
    ["string as interviewers", changed("interviewers", "Dana"), "interviewers", "invalid_type"],
    ["1 MB interviewer name", changed("interviewers[1].name", MEGABYTE), "interviewers[1].name", "too_big"],
    ["1 MB note", changed("notes.missedExample", MEGABYTE), "notes.missedExample", "too_big"],
    ["1 MB start", changed("start", MEGABYTE), "start", "too_big"],
    ["501-character timeline", changed("statedTimeline", "a".repeat(501)), "statedTimeline", "too_big"],
    [
      "__proto__ from JSON.parse",
      JSON.parse('{"candidate":{"__proto__":{"admin":true}}}'),
      "candidate.__proto__",
      "forbidden-key",
    ],
    ["constructor key", changed("constructor", { prototype: {} }), "constructor", "forbidden-key"],
    [
      "prototype key in a person",
      changed("interviewers[0].prototype", 1),
      "interviewers[0].prototype",
      "forbidden-key",
    ],
    ["missing id", changed("id", REMOVE), "id", "invalid_type"],
    ["missing candidate", changed("candidate", REMOVE), "candidate", "invalid_type"],
    ["missing interest", changed("interest", REMOVE), "interest", "invalid_type"],
    ["missing candidate zone", changed("candidate.timeZone", REMOVE), "candidate.timeZone", "invalid_type"],
    ["bad interviewer email", changed("interviewers[1].email", "marek@"), "interviewers[1].email", "invalid_format"],
    ["bad enum interest", changed("interest", "maybe"), "interest", "invalid_value"],
    ["bad enum format", changed("format", "zoom"), "format", "invalid_value"],
    ["bad handwriting", changed("candidate.handwriting", "good"), "candidate.handwriting", "invalid_value"],
    ["date-time without offset", changed("start", "2026-11-24T14:00:00"), "start", "invalid_format"],
    ["date only as start", changed("start", "2026-11-24"), "start", "invalid_format"],
    ["impossible date", changed("start", "2026-02-30T10:00:00Z"), "start", "invalid_date"],
    [
      "offset contradicting zone",
      changed("start", "2026-11-24T14:00:00-04:00[America/New_York]"),
      "start",
      "invalid_date",
    ],
    ["unknown zone annotation", changed("end", "2026-11-24T15:30:00-05:00[Mars/Olympus]"), "end", "unknown-time-zone"],
    ["epoch number as start", changed("start", 1795546800000), "start", "invalid_type"],
    ["no interviewers", changed("interviewers", []), "interviewers", "too_small"],
    ["21 interviewers", changed("interviewers", twentyOne), "interviewers", "too_big"],
    ["misspelt top-level key", { ...sample(), statedTimline: "soon" }, "statedTimline", "unrecognized_keys"],
    [
      "unknown key in a person",
      changed("scheduler.mobile", "+1 212 555 0101"),
      "scheduler.mobile",
      "unrecognized_keys",
    ],
    ["letters as phone", changed("scheduler.phone", "call the front desk"), "scheduler.phone", "invalid_format"],
    ["blank company name", changed("company.name", "   "), "company.name", "blank"],
    ["empty candidate name", changed("candidate.name", ""), "candidate.name", "too_small"],
    ["topics not a list", changed("interviewers[0].topics", "migration"), "interviewers[0].topics", "invalid_type"],
    ["address without lines", changed("company.address.lines", []), "company.address.lines", "too_small"],
    ["null scheduler", changed("scheduler", null), "scheduler", "invalid_type"],
    ["boolean as notes strengths", changed("notes.strengths", true), "notes.strengths", "invalid_type"],
    ["null input", null, "", "invalid_type"],
    ["undefined input", undefined, "", "invalid_type"],
    ["array input", [], "", "invalid_type"],
    ["number input", 42, "", "invalid_type"],
    ["string input", "x", "", "invalid_type"],
  ];

  it.each(cases)("%s → %s", (_name, input, path, code) => {
    const issues = issuesOf(() => parseInterviewInput(input));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("names an unknown zone with the same words as the time helpers", () => {
    const issues = issuesOf(() => parseInterviewInput(changed("candidate.timeZone", "America/New_Yrok")));
    expect(issues).toEqual([
      {
        path: "candidate.timeZone",
        code: "unknown-time-zone",
        message: 'unknown time zone "America/New_Yrok" (use an IANA name such as "America/New_York")',
      },
    ]);
  });

  it("reports every problem of one input in one error", () => {
    const input = changed("interest", "maybe");
    (input.candidate as Record<string, unknown>).timeZone = "Nowhere/Special";
    input.end = input.start;
    const issues = issuesOf(() => parseInterviewInput(input));
    expect(issues.map((issue) => issue.path).sort()).toEqual(["candidate.timeZone", "end", "interest"]);
  });

  it("reports forbidden keys alone, before any schema check", () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"interest":"maybe"}');
    expect(issuesOf(() => parseInterviewInput(input))).toEqual([
      expect.objectContaining({ path: "__proto__", code: "forbidden-key" }),
    ]);
  });
});

describe("parseInterviewInput: good inputs", () => {
  it("accepts the sample interview and keeps every field", () => {
    expect(parseInterviewInput(sample())).toEqual(sample());
  });

  it("accepts the smallest input", () => {
    const minimal = {
      id: "x",
      role: "Analyst",
      company: { name: "Beta GmbH", timeZone: "Europe/Berlin", country: "DE" },
      start: "2026-03-29T01:30:00+01:00",
      end: "2026-03-29T03:30:00+02:00[Europe/Berlin]",
      format: "video",
      interviewers: [{}],
      interest: "unsure",
      candidate: { name: "Kim", timeZone: "Asia/Seoul", country: "KR" },
    };
    expect(parseInterviewInput(minimal)).toEqual(minimal);
  });

  it("accepts an end an hour later across a DST change (Europe/Berlin, 2026-03-29 spring-forward)", () => {
    const input = changed("start", "2026-03-29T01:30:00+01:00[Europe/Berlin]");
    input.end = "2026-03-29T03:00:00+02:00[Europe/Berlin]";
    expect(parseInterviewInput(input).end).toBe("2026-03-29T03:00:00+02:00[Europe/Berlin]");
  });

  it("returns a deeply frozen copy, and the caller's object stays theirs to change", () => {
    const input = sample();
    const parsed = parseInterviewInput(input);
    expect(parsed).not.toBe(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.interviewers)).toBe(true);
    expect(Object.isFrozen(parsed.interviewers[0])).toBe(true);
    expect(Object.isFrozen(parsed.company.address?.lines)).toBe(true);
    expect(() => {
      (parsed.interviewers[0] as { name: string }).name = "changed";
    }).toThrow(TypeError);
    (input.interviewers as { name: string }[])[0]!.name = "changed";
    expect(parsed.interviewers[0]!.name).toBe("Dana Whitfield");
  });

  it("gives back its own result as is, and re-validates anything else", () => {
    const parsed = parseInterviewInput(sample());
    expect(parseInterviewInput(parsed)).toBe(parsed);
    const copy = structuredClone(parsed);
    expect(parseInterviewInput(copy)).not.toBe(copy);
    expect(parseInterviewInput(copy)).toEqual(parsed);
    // A valid interview is not a valid plan, even when core issued it.
    expect(() => parsePlan(parsed)).toThrow(AfterviewValidationError);
  });
});

describe("parse functions never throw anything but AfterviewValidationError", () => {
  const parsers = { parseInterviewInput, parseOffer, parsePlanEvent };
  const throwingGetter = Object.defineProperty({ ...sample() }, "role", {
    enumerable: true,
    get() {
      throw new TypeError("boom");
    },
  });
  const cyclic: Record<string, unknown> = sample();
  cyclic.notes = { strengths: [] };
  (cyclic.notes as Record<string, unknown>).self = cyclic;
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  class Custom {
    id = "x";
  }
  const odd: [string, unknown][] = [
    ["a getter that throws", throwingGetter],
    ["a cyclic object", cyclic],
    ["a revoked proxy", revoked.proxy],
    ["a Date", new Date(0)],
    ["a Map", new Map([["id", "x"]])],
    ["a class instance", new Custom()],
    ["a function", () => 1],
    ["a symbol", Symbol("x")],
    ["a bigint", 10n],
    ["an object without prototype", Object.create(null)],
    ["a deep nest", JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`)],
  ];
  for (const [parserName, parse] of Object.entries(parsers)) {
    it.each(odd)(`${parserName} refuses %s with a validation error`, (_name, input) => {
      expect(issuesOf(() => parse(input)).length).toBeGreaterThan(0);
    });
  }

  it("names the unreadable property", () => {
    expect(issuesOf(() => parseInterviewInput(throwingGetter))).toEqual([
      expect.objectContaining({ path: "role", code: "unreadable" }),
    ]);
  });
});

describe("no prototype pollution", () => {
  it("a __proto__ key never reaches Object.prototype or the output", () => {
    const hostile = JSON.parse(SAMPLE_TEXT.replace('"id":', '"__proto__": { "polluted": true }, "id":'));
    expect(Object.hasOwn(hostile, "__proto__")).toBe(true);
    issuesOf(() => parseInterviewInput(hostile));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the parsed value is made of plain objects with no forbidden own keys", () => {
    const parsed = parseInterviewInput(sample());
    const walk = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      if (!Array.isArray(node)) expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
      for (const key of ["__proto__", "constructor", "prototype"]) expect(Object.hasOwn(node, key)).toBe(false);
      for (const value of Object.values(node)) walk(value);
    };
    walk(parsed);
  });
});
