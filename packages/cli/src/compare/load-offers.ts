import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AfterviewValidationError, type Offer, type Plan, parseOffer, parsePlan } from "@afterview/core";
import { planLabels } from "../board/plan-labels.js";
import { CliError } from "../errors/cli-error.js";
import { describeInputError } from "../errors/describe-error.js";
import { looksLikePlan } from "../inputs/load.js";
import { readInput } from "../io/read-input.js";
import { STATUS_LABELS } from "../timeline/labels.js";

/** The keys an offers file may have besides `offers`: `compareOffers`' context, less `now`. */
const CONTEXT_KEYS = ["currency", "rates", "policy"] as const;

/** One offer to compare, and the file it came from (for error lines). */
export interface SourcedOffer {
  offer: Offer;
  /** The file as the user named it (for a kit folder, its `plan.json`). */
  file: string;
  /** Where in the file: `offers[1]`, `[1]`, `offer` (in a plan) or `""` (the whole file). */
  path: string;
}

/** What `afterview compare` read: the offers in order, and the comparison settings the files gave. */
export interface OffersToCompare {
  offers: SourcedOffer[];
  currency?: { value: unknown; file: string };
  rates?: { value: unknown; file: string };
  policy?: { value: unknown; file: string };
}

/**
 * Reads the files given to `afterview compare`, each one of:
 * - an offers file: `{ offers: [...], currency?, rates?, policy? }`, or a bare list of offers;
 * - a single offer (as `afterview negotiate` takes);
 * - a plan (`plan.json`, or a kit folder holding one) that carries an offer (after an
 *   `offer-received` event); its offer is named after the company, with the role when two plans
 *   share a company.
 *
 * Every offer is validated with core's `parseOffer`; an error names the file and the field. An offer
 * without an `id` is named after its file when several files are given. Settings (`currency`, `rates`,
 * `policy`) come from the first offers file that gives them.
 */
export async function loadOffersToCompare(files: readonly string[], cwd: string): Promise<OffersToCompare> {
  const result: OffersToCompare = { offers: [] };
  const fromPlans: { plan: Plan; file: string; at: number }[] = [];
  for (const given of files) {
    const file = (await isFolder(resolve(cwd, given))) ? join(given, "plan.json") : given;
    const data = await readInput(file, cwd);
    if (looksLikePlan(data)) {
      const plan = readPlan(file, data);
      fromPlans.push({ plan, file, at: result.offers.length });
      result.offers.push({ offer: plan.offer!, file, path: "offer" });
      continue;
    }
    const { list, prefix, settings } = offersIn(file, data);
    const named = files.length > 1;
    list.forEach((item, i) => {
      const path = prefix === null ? "" : `${prefix}[${i}]`;
      const offer = readOffer(file, path, item);
      const id = offer.id ?? (named ? (list.length === 1 ? file : `${file} #${i + 1}`) : undefined);
      result.offers.push({ offer: id === undefined ? offer : { ...offer, id }, file, path });
    });
    for (const key of CONTEXT_KEYS) {
      if (settings[key] !== undefined && result[key] === undefined) result[key] = { value: settings[key], file };
    }
  }
  const labels = planLabels(fromPlans.map((p) => p.plan));
  fromPlans.forEach(({ at }, i) => {
    const entry = result.offers[at]!;
    entry.offer = { ...entry.offer, id: labels[i]! };
  });
  refuseSharedIds(result.offers);
  return result;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function readPlan(file: string, data: unknown): Plan {
  let plan: Plan;
  try {
    plan = parsePlan(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
  if (!plan.offer) {
    throw new CliError(
      `${file}: this plan holds no offer yet (${STATUS_LABELS[plan.status]}); when one comes, record it with \`afterview event ${file} offer --amount … --currency …\`, or write the offer in an offers file`,
    );
  }
  return plan;
}

/** The offers a non-plan file holds, where they sit in it (`offers`, `` for a bare list, null for one offer), and its settings. */
function offersIn(
  file: string,
  data: unknown,
): { list: unknown[]; prefix: string | null; settings: Partial<Record<(typeof CONTEXT_KEYS)[number], unknown>> } {
  if (Array.isArray(data)) {
    if (data.length === 0) throw new CliError(`${file}: the list of offers is empty; add at least one offer`);
    return { list: data, prefix: "", settings: {} };
  }
  if (typeof data !== "object" || data === null) {
    throw new CliError(
      `${file}: expected offers: a list of offers, or a mapping with "offers" (see afterview compare --help)`,
    );
  }
  if (!("offers" in data)) return { list: [data], prefix: null, settings: {} };
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find(
    (key) => key !== "offers" && !(CONTEXT_KEYS as readonly string[]).includes(key),
  );
  if (unknown !== undefined) {
    throw new CliError(
      `${file}: ${unknown}: unknown field; an offers file has offers, and may have ${CONTEXT_KEYS.join(", ")}`,
    );
  }
  if (!Array.isArray(record.offers) || record.offers.length === 0) {
    throw new CliError(`${file}: offers: expected a list of at least one offer`);
  }
  return { list: record.offers, prefix: "offers", settings: record };
}

function readOffer(file: string, path: string, item: unknown): Offer {
  try {
    return parseOffer(item);
  } catch (error) {
    if (error instanceof AfterviewValidationError && path !== "") {
      throw describeInputError(file, error.under(path, { subject: "offer" }));
    }
    throw describeInputError(file, error);
  }
}

function refuseSharedIds(offers: readonly SourcedOffer[]): void {
  const seen = new Map<string, SourcedOffer>();
  for (const entry of offers) {
    const id = entry.offer.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) {
      const other = first.file === entry.file ? "" : ` (the other in ${first.file})`;
      throw new CliError(`${entry.file}: two offers are named "${id}"${other}; give each offer its own id`);
    }
    seen.set(id, entry);
  }
}
