import { adviseNegotiation, compareOffers, type NegotiationAdvice, type OfferComparison } from "@afterview/core";
import { describeInputError } from "../errors/describe-error.js";
import { loadInterview, loadNegotiationContext, loadOffer, planInterview } from "../inputs/load.js";
import { oneOf, stringOption } from "../inputs/options.js";
import { formatAdvice } from "../negotiation/format-advice.js";
import { formatComparison } from "../negotiation/format-comparison.js";
import type { CommandSpec } from "./command-spec.js";
import { KIT_LOCALES, KIT_TONES } from "./kit.js";

/** `afterview negotiate <offer>`: whether and how to counter, and, with the interview, what to say. */
export const negotiateCommand: CommandSpec = {
  name: "negotiate",
  args: "<offer>",
  summary: "Advise on an offer: whether to counter, the figure to ask, other terms, and the scripts",
  details: [
    "OFFER is a JSON or YAML offer (see `afterview schema offer`): base pay, period, and the range if posted.",
    "--context adds what the advice weighs: yearsExperience, yearsRequired, fit (strong | meets | partial),",
    "market pay (p25, p50, p75, p90), competingOffers and walkAway. With competingOffers, the offers are also",
    "compared per year; a term an offer does not state (days off, bonus, sign-on, equity) is shown as unknown.",
    "With --interview, it also prints the negotiation email and the call script, ready to adapt.",
  ],
  options: [
    { flags: "--context <file>", description: "Your experience, fit, market pay and other offers (JSON or YAML)" },
    { flags: "--interview <file>", description: "The interview, to write the email and the call script" },
    { flags: "--now <iso>", description: "The current instant, for the scripts' plan (default: the clock)" },
    { flags: "--tone <tone>", description: `${KIT_TONES.join(" | ")} (scripts; default: each template's own)` },
    { flags: "--locale <locale>", description: `${KIT_LOCALES.join(" | ")} (amounts and scripts; default: en-US)` },
    { flags: "--json", description: "Print the advice as JSON" },
  ],
  examples: [
    "afterview negotiate offer.json",
    "afterview negotiate offer.json --context me.yaml",
    "afterview negotiate offer.json --context me.yaml --interview interview.yaml --tone formal",
  ],
  async run([offerFile = ""], options, term) {
    const contextFile = stringOption(options, "context");
    const interviewFile = stringOption(options, "interview");
    const tone = oneOf("tone", stringOption(options, "tone"), KIT_TONES);
    const locale = oneOf("locale", stringOption(options, "locale"), KIT_LOCALES);
    const offer = await loadOffer(offerFile, term.cwd);
    const context = contextFile === undefined ? undefined : await loadNegotiationContext(contextFile, term.cwd);
    let advice: NegotiationAdvice;
    let comparison: OfferComparison | undefined;
    try {
      advice = adviseNegotiation(offer, context);
      const others = context?.competingOffers ?? [];
      if (others.length > 0 && !options.json) {
        // Named so the reasons read well: "this offer" and "other offer 1", unless the files give ids.
        comparison = compareOffers(
          [
            { ...offer, id: offer.id ?? "this offer" },
            ...others.map((o, i) => ({ ...o, id: o.id ?? `other offer ${i + 1}` })),
          ],
          { currency: offer.base.currency, rates: context?.rates, policy: context?.policy },
        );
      }
    } catch (error) {
      // The offer and context each validated alone; what is left is between them (a currency without a rate).
      throw describeInputError(contextFile ?? offerFile, error);
    }
    if (options.json) {
      term.out(JSON.stringify(advice, null, 2));
      return;
    }
    for (const line of formatAdvice(offer, advice, term.style, locale)) term.out(line);
    if (comparison) {
      term.out("");
      for (const line of formatComparison(comparison, term.style, locale)) term.out(line);
    }
    if (interviewFile === undefined) {
      term.out("");
      term.out(term.style.dim("Add --interview <file> for the negotiation email and the call script."));
      return;
    }
    const input = await loadInterview(interviewFile, term.cwd);
    const plan = planInterview(input, interviewFile, stringOption(options, "now") ?? term.now());
    const { negotiationScripts } = await import("../negotiation/compose-scripts.js");
    let scripts: { templateId: string; text: string }[];
    try {
      scripts = negotiationScripts({ input, plan, offer, advice, tone, locale });
    } catch (error) {
      throw describeInputError(interviewFile, error);
    }
    for (const { templateId, text } of scripts) {
      term.out("");
      term.out(term.style.bold(`── ${templateId} ──`));
      term.out(text.trimEnd());
    }
  },
};
