import {
  AfterviewError,
  AfterviewValidationError,
  type CompareOffersContext,
  compareOffers,
  type Money,
  type Offer,
  type OfferComparison,
} from "@afterview/core";
import { formatOfferTable } from "../compare/format-offer-table.js";
import { loadOffersToCompare, type OffersToCompare } from "../compare/load-offers.js";
import { CliError } from "../errors/cli-error.js";
import { describeInputError } from "../errors/describe-error.js";
import { describeNowError } from "../inputs/load.js";
import { oneOf, stringListOption, stringOption } from "../inputs/options.js";
import type { CommandSpec } from "./command-spec.js";
import { KIT_LOCALES } from "./kit.js";

/** `afterview compare <file…>`: several offers side by side, per year, unknown terms shown as unknown. */
export const compareCommand: CommandSpec = {
  name: "compare",
  args: "<...files>",
  summary: "Compare offers side by side, a year at a time, with their deadlines",
  details: [
    "FILES are an offers file (JSON or YAML: `offers:`, a list of offers as `afterview schema offer`",
    "describes, and optionally `currency:` and `rates:`), single offers, or plans holding an offer",
    "(a plan.json after an offer-received event, or its kit folder), in any mix.",
    "Prints core's compareOffers: one column per offer, best first, each part of the pay per year.",
    "A term an offer does not state (days off, bonus, sign-on, equity) is shown as unknown, never 0,",
    "and left out of the totals (write 0 for a term an offer truly lacks). Then every deadline,",
    "soonest first, and the reasons. Offers in another currency need a rate (--rate EUR=1.08).",
  ],
  options: [
    { flags: "--currency <code>", description: "Compare in this currency (default: the first offer's)" },
    {
      flags: "--rate <code=rate>",
      description: "One unit of CODE in the comparison currency, e.g. EUR=1.08 (repeatable)",
    },
    { flags: "--now <iso>", description: "Mark deadlines passed as of this instant (default: the clock)" },
    { flags: "--locale <locale>", description: `${KIT_LOCALES.join(" | ")} (how amounts are written; default: en-US)` },
    { flags: "--json", description: "Print the comparison as JSON (compareOffers' result)" },
  ],
  examples: [
    "afterview compare offers.yaml",
    "afterview compare acme-kit globex-kit --now 2026-12-04T12:00:00-06:00",
    "afterview compare offers.yaml berlin/plan.json --currency USD --rate EUR=1.08 --json",
  ],
  async run(args, options, term) {
    const files = args.flat().filter((arg): arg is string => typeof arg === "string" && arg !== "");
    if (files.length === 0)
      throw new CliError("give an offers file, or plans that hold offers (see afterview compare --help)");
    const now = stringOption(options, "now") ?? term.now();
    const locale = oneOf("locale", stringOption(options, "locale"), KIT_LOCALES);
    const optionRates = readRates(stringListOption(options, "rate"));
    const loaded = await loadOffersToCompare(files, term.cwd);
    if (loaded.offers.length > MAX_OFFERS) {
      throw new CliError(
        `${files.join(", ")}: ${loaded.offers.length} offers; compare at most ${MAX_OFFERS} at a time`,
      );
    }
    const offers = loaded.offers.map((entry) => entry.offer);
    const context = { now, ...settings(loaded, stringOption(options, "currency"), optionRates) };
    let comparison: OfferComparison;
    try {
      comparison = compareOffers(offers, context);
    } catch (error) {
      throw describeCompareError(error, loaded, context, options, optionRates);
    }
    if (options.json) {
      term.out(JSON.stringify(comparison, null, 2));
      return;
    }
    for (const line of formatOfferTable(comparison, offers, term.style, locale)) term.out(line);
  },
};

/** The most offers compared at once: `compareOffers`' own limit. */
const MAX_OFFERS = 20;

/**
 * `compareOffers`' settings: the options first, then what the first offers file giving them says.
 * Values are passed on as written, for core to validate (a `rates:` that is not a mapping is reported,
 * not dropped); the `--rate` options are laid over the file's rates.
 */
function settings(
  loaded: OffersToCompare,
  currency: string | undefined,
  optionRates: Record<string, number>,
): Omit<CompareOffersContext, "now"> {
  const out: Omit<CompareOffersContext, "now"> = {};
  const chosen = currency ?? loaded.currency?.value;
  if (chosen !== undefined) out.currency = chosen as string;
  const fileRates = loaded.rates?.value;
  const merged =
    Object.keys(optionRates).length === 0 ? fileRates : { ...(isRecord(fileRates) ? fileRates : {}), ...optionRates };
  if (merged !== undefined) out.rates = merged as Record<string, number>;
  if (loaded.policy) out.policy = loaded.policy.value;
  return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `--rate EUR=1.08 --rate GBP=1.27` as `{ EUR: 1.08, GBP: 1.27 }`; core checks the codes and the range. */
function readRates(values: readonly string[]): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const value of values) {
    const match = /^([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)$/.exec(value);
    if (!match) {
      throw new CliError(
        `--rate: "${value}" is not CODE=RATE; write e.g. --rate EUR=1.08 (one euro is 1.08 of the comparison currency)`,
      );
    }
    const rate = Number(match[2]);
    if (rate === 0) throw new CliError(`--rate: ${value}: a rate must be above 0`);
    rates[match[1]!] = rate;
  }
  return rates;
}

/** Every amount an offer states, with its field. */
function amountsOf(offer: Offer): [string, Money][] {
  const amounts: [string, Money][] = [["base", offer.base]];
  if (offer.signOnBonus) amounts.push(["signOnBonus", offer.signOnBonus]);
  if (offer.targetBonus?.amount) amounts.push(["targetBonus.amount", offer.targetBonus.amount]);
  if (offer.equity) amounts.push(["equity.amount", offer.equity.amount]);
  return amounts;
}

/**
 * Core's refusal as one line for the command line. A setting (`currency`, `rates`, `policy`) is named
 * by the option or the file that gave it; an amount with no rate into the comparison currency by its
 * file and field, with the fix in options (core's own words speak of the `rates` argument).
 */
function describeCompareError(
  error: unknown,
  loaded: OffersToCompare,
  context: CompareOffersContext,
  options: Readonly<Record<string, unknown>>,
  optionRates: Readonly<Record<string, number>>,
): CliError {
  const now = describeNowError(error);
  if (now) return now;
  if (error instanceof AfterviewError && error.code === "currency-mismatch") {
    const currency = context.currency ?? loaded.offers[0]!.offer.base.currency;
    const rates = context.rates ?? {};
    for (const { offer, file, path } of loaded.offers) {
      const missing = amountsOf(offer).find(
        ([, amount]) => amount.currency !== currency && rates[amount.currency] === undefined,
      );
      if (!missing) continue;
      const [field, { currency: other }] = missing;
      return new CliError(
        `${file}: ${path === "" ? field : `${path}.${field}`}: the amount is in ${other} but the comparison is in ${currency}; give a rate (--rate ${other}=<${currency} per ${other}>) or compare in ${other} (--currency ${other})`,
      );
    }
  }
  if (!(error instanceof AfterviewValidationError))
    return describeInputError(loaded.offers[0]?.file ?? "offers", error);
  const setting = /^context\.(currency|rates|policy)\b/.exec(error.issues[0]?.path ?? "")?.[1] as
    | "currency"
    | "rates"
    | "policy"
    | undefined;
  if (setting === undefined) return describeInputError(loaded.offers[0]?.file ?? "offers", error);
  // A rate is the option's when the option gave that currency's rate; else it came from the file.
  const path = error.issues[0]?.path ?? "";
  const byOption =
    setting === "currency"
      ? options.currency !== undefined
      : setting === "rates" && path.split(".")[2] !== undefined && path.split(".")[2]! in optionRates;
  const option = setting === "currency" ? "currency" : "rate";
  const label = byOption ? `--${option}` : (loaded[setting]?.file ?? "offers");
  const strip = byOption ? `context.${setting}` : "context";
  const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.replace(strip, "").replace(/^\./, "") }));
  return describeInputError(label, new AfterviewValidationError(issues));
}
