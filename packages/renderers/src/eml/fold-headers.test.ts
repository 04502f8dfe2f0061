import { describe, expect, it } from "vitest";
import { foldHeaders, HEADER_LINE_LIMIT } from "./fold-headers.js";

describe("foldHeaders", () => {
  it("breaks a long header before the last space within 78 characters, and leaves the body alone", () => {
    const long = `To: =?utf-8?B?${"A".repeat(40)}?= <${"d".repeat(30)}@acme.example>`;
    const body = `${"x ".repeat(60)}`;
    const out = foldHeaders(`${long}\r\nSubject: hi\r\n\r\n${body}`);
    const [head, rest] = out.split("\r\n\r\n");
    expect(rest).toBe(body);
    expect(head?.split("\r\n")).toEqual([
      `To: =?utf-8?B?${"A".repeat(40)}?=`,
      ` <${"d".repeat(30)}@acme.example>`,
      "Subject: hi",
    ]);
  });

  it("keeps a single word longer than the limit whole, as RFC 5322 allows", () => {
    const word = "x".repeat(HEADER_LINE_LIMIT + 10);
    expect(foldHeaders(`X-Long: ${word}\r\n\r\n`)).toBe(`X-Long:\r\n ${word}\r\n\r\n`);
  });
});
