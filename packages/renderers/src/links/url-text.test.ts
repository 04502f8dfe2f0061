import { describe, expect, it } from "vitest";
import { encodeAddress, encodeQueryValue, fitText } from "./url-text.js";

describe("encodeAddress (RFC 6068 §2)", () => {
  it.each([
    ["dana@acme.example", "dana@acme.example"],
    ["alex.morgan+sent@example.com", "alex.morgan%2Bsent@example.com"],
    ["o'brien!*~@example.com", "o'brien!*~@example.com"],
    ["a&b=c@example.com", "a%26b%3Dc@example.com"],
    ["what?#x@example.com", "what%3F%23x@example.com"],
    ["100%/x@example.com", "100%25%2Fx@example.com"],
    ["{pipe|caret^`}@example.com", "%7Bpipe%7Ccaret%5E%60%7D@example.com"],
    ["zoë@exämple.de", "zo%C3%AB@ex%C3%A4mple.de"],
  ])("%s → %s", (address, encoded) => {
    expect(encodeAddress(address)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(address);
  });
});

describe("encodeQueryValue", () => {
  it("encodes every character that could end a value or start another", () => {
    expect(encodeQueryValue("a&bcc=x?y#z%+ é\r\n")).toBe("a%26bcc%3Dx%3Fy%23z%25%2B%20%C3%A9%0D%0A");
  });
});

describe("fitText", () => {
  const within = (n: number) => (s: string) => s.length <= n;

  it("keeps a text that fits", () => {
    expect(fitText("hello world", within(11))).toBe("hello world");
  });

  it("cuts to the longest start that fits, with an ellipsis and no trailing space", () => {
    expect(fitText("hello world", within(8))).toBe("hello w…");
    expect(fitText("hello world", within(7))).toBe("hello…");
    expect(fitText("hello world", within(6))).toBe("hello…");
    expect(fitText("hello world", within(2))).toBe("h…");
  });

  it("gives an empty string when not even the ellipsis fits", () => {
    expect(fitText("hello", within(0))).toBe("");
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const cut = fitText("😀😀😀😀", (s) => encodeURIComponent(s).length <= 33);
    expect(cut).toBe("😀😀…");
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});
