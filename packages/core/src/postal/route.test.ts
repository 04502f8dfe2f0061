import { describe, expect, test } from "vitest";
import { DEFAULT_POLICY } from "../policy/defaults.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import type { PostalAddress } from "../schema/person.js";
import { postalRoute } from "./route.js";

const address = (locality: string, country: string, region?: string, postalCode?: string): PostalAddress => ({
  lines: ["1 Main St"],
  locality,
  country,
  ...(region ? { region } : {}),
  ...(postalCode ? { postalCode } : {}),
});

describe("postalRoute", () => {
  test.each([
    {
      name: "US, two cities",
      from: { country: "US" },
      to: { country: "US" },
      key: "US",
      kind: "domestic",
      days: 5,
      local: false,
    },
    {
      name: "US, same town and region (case-insensitive)",
      from: { country: "US", address: address("New York", "US", "NY", "10001") },
      to: { country: "US", address: address("new york ", "US", "ny", "10166") },
      key: "US",
      kind: "domestic",
      days: 2,
      local: true,
    },
    {
      name: "US, same town name in two states (Portland OR, Portland ME)",
      from: { country: "US", address: address("Portland", "US", "OR", "97201") },
      to: { country: "US", address: address("Portland", "US", "ME", "04101") },
      key: "US",
      kind: "domestic",
      days: 5,
      local: false,
    },
    {
      name: "US, same town, no region or postal code to confirm it",
      from: { country: "US", address: address("Springfield", "US") },
      to: { country: "US", address: address("Springfield", "US") },
      key: "US",
      kind: "domestic",
      days: 5,
      local: false,
    },
    {
      name: "US, same town confirmed by postal code alone",
      from: { country: "US", address: address("Springfield", "US", undefined, "62701") },
      to: { country: "US", address: address("Springfield", "US", undefined, "62701") },
      key: "US",
      kind: "domestic",
      days: 2,
      local: true,
    },
    {
      name: "GB first class",
      from: { country: "GB" },
      to: { country: "GB" },
      key: "GB",
      kind: "domestic",
      days: 3,
      local: false,
    },
    {
      name: "GB has no local standard",
      from: { country: "GB", address: address("London", "GB", "ENG") },
      to: { country: "GB", address: address("London", "GB", "ENG") },
      key: "GB",
      kind: "domestic",
      days: 3,
      local: false,
    },
    { name: "DE", from: { country: "DE" }, to: { country: "DE" }, key: "DE", kind: "domestic", days: 4, local: false },
    {
      name: "CA local",
      from: { country: "CA", address: address("Toronto", "CA", "ON") },
      to: { country: "CA", address: address("Toronto", "CA", "ON") },
      key: "CA",
      kind: "domestic",
      days: 2,
      local: true,
    },
    {
      name: "CA national",
      from: { country: "CA" },
      to: { country: "CA" },
      key: "CA",
      kind: "domestic",
      days: 4,
      local: false,
    },
    {
      name: "US to GB",
      from: { country: "US" },
      to: { country: "GB" },
      key: "INTL",
      kind: "international",
      days: 10,
      local: false,
    },
    {
      name: "DE to FR (EU)",
      from: { country: "DE" },
      to: { country: "FR" },
      key: "EU",
      kind: "eu",
      days: 5,
      local: false,
    },
    {
      name: "GB to FR (not EU)",
      from: { country: "GB" },
      to: { country: "FR" },
      key: "INTL",
      kind: "international",
      days: 10,
      local: false,
    },
    {
      name: "FR domestic: no standard",
      from: { country: "FR" },
      to: { country: "FR" },
      key: "DEFAULT",
      kind: "unknown",
      days: 10,
      local: false,
    },
    {
      name: "the address's country wins over the stated one",
      from: { country: "US", address: address("Berlin", "DE") },
      to: { country: "DE" },
      key: "DE",
      kind: "domestic",
      days: 4,
      local: false,
    },
  ])("$name → $key, $days days", ({ from, to, key, kind, days, local }) => {
    const route = postalRoute(DEFAULT_POLICY, from, to);
    expect({ key: route.key, kind: route.kind, days: route.days, local: route.local }).toEqual({
      key,
      kind,
      days,
      local,
    });
  });

  test("a policy can add a country's standard and change another's days", () => {
    const policy = resolvePolicy({ postal: { FR: { source: "E-POST-INTL", days: 3 }, GB: { days: 2 } } });
    expect(postalRoute(policy, { country: "FR" }, { country: "FR" })).toMatchObject({ key: "FR", days: 3 });
    expect(postalRoute(policy, { country: "GB" }, { country: "GB" })).toMatchObject({ key: "GB", days: 2 });
  });
});
