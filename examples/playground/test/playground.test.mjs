// The playground in a real browser: builds the page with Vite, serves it on 127.0.0.1, and drives
// Debian's Chromium with playwright-core. It proves that afterview's browser builds (core's
// "browser" export, templates, the main entry of renderers) run without Node APIs and agree with
// the Node builds to the byte. Run: `pnpm --filter @afterview/playground test:browser`
// (after `pnpm build`). Needs /usr/bin/chromium (scripts/ci-browser.sh installs it).
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createPlan, parseInterviewInput } from "@afterview/core";
import { renderIcs } from "@afterview/renderers";
import ICAL from "ical.js";
import { chromium } from "playwright-core";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const sample = JSON.parse(await readFile(new URL("../../data/sample-interview.json", import.meta.url), "utf8"));

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// TOOLCHAIN.md: without the background-networking flags Chromium keeps dialling out of a closed network.
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const timings = {};
async function timed(name, run) {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

/** What the browser said that it should not have: console errors, uncaught errors, failed or foreign requests. */
const problems = [];
let server;
let origin;
let context;
let userDataDir;

before(async () => {
  await timed("vite build", () => build({ root, logLevel: "warn", configFile: join(root, "vite.config.mjs") }));
  server = createServer(serveDist);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  userDataDir = await mkdtemp(join(tmpdir(), "afterview-playground-"));
  context = await timed("chromium start", () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      acceptDownloads: true,
      locale: "en-US",
    }),
  );
  context.on("page", watch);
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  console.log(`timings (ms): ${JSON.stringify(timings)}`);
});

function watch(page) {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:")) {
      problems.push(`request off the page's own server: ${url}`);
    }
  });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

async function serveDist(request, response) {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  const file = normalize(join(dist, path === "/" ? "index.html" : path));
  if (!file.startsWith(dist + sep)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
}

async function openPage() {
  const page = await context.newPage();
  await timed("page load", () => page.goto(`${origin}/`, { waitUntil: "load" }));
  // The form is filled from the sample by the page's script.
  await page.waitForFunction(() => document.querySelector("#f-role")?.value !== "");
  return page;
}

/** The plan Node's build of core makes for the same interview, for comparison with the page's. */
function nodePlan(changes) {
  const input = parseInterviewInput(changes(structuredClone(sample)));
  return { input, plan: createPlan(input, { now: input.end }) };
}

function epochOf(iso) {
  // "2026-12-07T09:30:00-05:00[America/New_York]" → the instant; Date reads the offset part.
  return Date.parse(iso.replace(/\[.*\]$/, ""));
}

test("the built page imports no Node built-ins", async () => {
  const assets = await readdir(join(dist, "assets"));
  const scripts = assets.filter((name) => name.endsWith(".js"));
  assert.ok(scripts.length > 0, "vite wrote no script");
  for (const name of scripts) {
    const code = await readFile(join(dist, "assets", name), "utf8");
    assert.doesNotMatch(code, /\b(?:from|import|require)\s*\(?\s*["']node:/, `${name} imports a node: module`);
    assert.doesNotMatch(code, /__vite-browser-external/, `${name} has a stubbed Node built-in`);
    // The browser build of core carries holiday tables, not date-holidays and its moment-timezone.
    assert.doesNotMatch(code, /moment-timezone|date-holidays-parser/, `${name} bundles date-holidays`);
  }
});

test("a changed interview gives the plan, the draft and the .ics that Node's build gives", async () => {
  const timeline = "We will let you know by the end of next week";
  const company = "Northwind Traders";
  const interviewer = "Jordan Ellis";
  const { input, plan } = nodePlan((interview) => {
    interview.statedTimeline = timeline;
    interview.company.name = company;
    interview.interviewers[0].name = interviewer;
    return interview;
  });
  const firstFollowUp = plan.followUps[0];
  assert.ok(firstFollowUp, "Node's plan has a follow-up");
  // By hand: interviewed Tue 2026-11-24; "the end of next week" is Fri 2026-12-04; the first call is
  // the employer's next business day, Mon 2026-12-07, in Monday's calling hours (the afternoon).
  assert.equal(firstFollowUp.opens, "2026-12-07T13:30:00-05:00[America/New_York]");

  const page = await openPage();
  await page.getByLabel("What they said about their decision").fill(timeline);
  await page.getByLabel("Company").fill(company);
  await page.locator("#f-interviewers-0-name").fill(interviewer);
  await timed("plan in the browser", async () => {
    await page.getByRole("button", { name: "Show the plan" }).click();
    await page.locator("#result").waitFor({ state: "visible" });
  });
  assert.equal(await page.locator("#error-summary").isHidden(), true);

  // The decision window and the first follow-up, as the page shows them.
  const decision = page.locator("#decision time");
  assert.deepEqual(await decision.evaluateAll((times) => times.map((t) => t.getAttribute("datetime"))), [
    plan.decision.earliest,
    plan.decision.latest,
  ]);
  const shownFollowUp = page.locator("#follow-ups > li").first();
  assert.equal(await shownFollowUp.getAttribute("data-opens"), firstFollowUp.opens);
  const shownTime = shownFollowUp.locator("time").first();
  assert.equal(await shownTime.getAttribute("datetime"), "2026-12-07T13:30:00-05:00");
  assert.match(await shownTime.textContent(), /Mon, Dec 7, 2026.*13:30/);
  assert.equal(await page.locator("#follow-ups > li").count(), plan.followUps.length);
  assert.equal(await page.locator("#actions > li").count(), plan.actions.length);
  assert.ok((await page.locator("#actions .why li").count()) >= plan.actions.length, "every action says why");

  // The draft: composePlan's first thank-you letter, rendered by renderHtml.
  const draft = page.locator("#draft-html");
  assert.match((await draft.getAttribute("data-template-id")) ?? "", /^thank-you\//);
  const draftText = (await draft.textContent()).replace(/\s+/g, " ");
  assert.match(draftText, /\bJordan\b/, "the draft greets the interviewer");
  assert.match(draftText, new RegExp(company), "the draft names the company");
  assert.doesNotMatch(draftText, /Dana|Acme/, "the draft follows the form, not the sample");
  const plainText = (await page.locator("#draft-text").textContent()).replace(/\s+/g, " ");
  assert.match(plainText, new RegExp(`Dear Jordan,.*${company}`), "the plain-text draft (renderText) too");

  // The .ics: a Blob download, parsed with ical.js, identical to Node's renderIcs of the same plan.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /\.ics/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${input.id}.ics`);
  const ics = await readFile(await download.path(), "utf8");
  assert.equal(ics, renderIcs(plan), "the browser's .ics is byte-for-byte Node's");

  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
  assert.equal(events.length, plan.actions.filter((action) => action.due !== undefined).length);
  const starts = events.map((event) => event.startDate.toJSDate().getTime());
  assert.ok(
    starts.includes(epochOf(firstFollowUp.opens)),
    `a VEVENT starts at the first follow-up, ${firstFollowUp.opens}`,
  );
  const followUpEvent = events.find((event) => event.startDate.toJSDate().getTime() === epochOf(firstFollowUp.opens));
  const tzid = followUpEvent.component.getFirstProperty("dtstart").getParameter("tzid");
  assert.equal(tzid, "America/New_York", "the call is written in the employer's zone");
  assert.equal(followUpEvent.startDate.toString(), "2026-12-07T13:30:00");
  await page.close();
});

test("validation issues are shown next to their fields, then cleared", async () => {
  const page = await openPage();
  await page.locator("#f-interviewers-1-email").fill("not-an-email");
  await page.getByLabel("Your name").fill("");
  await page.getByLabel("Your time zone").fill("Mars/Olympus_Mons");
  await page.getByRole("button", { name: "Show the plan" }).click();

  const summary = page.locator("#error-summary");
  await summary.waitFor({ state: "visible" });
  assert.equal(await page.locator("#result").isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary");
  for (const [path, id] of [
    ["interviewers[1].email", "f-interviewers-1-email"],
    ["candidate.name", "f-candidate-name"],
    ["candidate.timeZone", "f-candidate-timeZone"],
  ]) {
    const field = page.locator(`#${id}`);
    assert.equal(await field.getAttribute("aria-invalid"), "true", `${path} is marked invalid`);
    const message = page.locator(`.field:has(#${id}) .field-error`);
    assert.equal(await message.getAttribute("data-path"), path);
    assert.ok((await message.textContent()).length > 0);
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    assert.ok(describedBy.split(" ").includes(await message.getAttribute("id")), `${path}'s message describes it`);
    assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `the summary links to ${path}`);
  }

  await page.locator("#f-interviewers-1-email").fill("marek@acme.example");
  await page.getByLabel("Your name").fill("Alex Morgan");
  await page.getByLabel("Your time zone").fill("Europe/London");
  await page.getByRole("button", { name: "Show the plan" }).click();
  await page.locator("#result").waitFor({ state: "visible" });
  assert.equal(await summary.isHidden(), true);
  assert.equal(await page.locator(".field-error").count(), 0);
  assert.equal(await page.locator("[aria-invalid]").count(), 0);
  await page.close();
});

test("an added interviewer gets a letter of their own; a removed one does not", async () => {
  const page = await openPage();
  await page.getByRole("button", { name: "Add an interviewer" }).click();
  await page.locator("#f-interviewers-2-name").fill("Sam Okafor");
  await page.locator("#f-interviewers-2-email").fill("sam.okafor@acme.example");
  await page.getByRole("button", { name: "Remove interviewer 1" }).click();
  await page.getByRole("button", { name: "Show the plan" }).click();
  await page.locator("#result").waitFor({ state: "visible" });

  const { plan } = nodePlan((interview) => {
    interview.interviewers = [
      interview.interviewers[1],
      { name: "Sam Okafor", email: "sam.okafor@acme.example", spellingConfirmed: false },
    ];
    return interview;
  });
  const options = await page.locator("#draft-choice option").allInnerTexts();
  assert.ok(
    options.some((text) => /^thank-you\/.*Sam Okafor$/.test(text)),
    "Sam has a thank-you draft",
  );
  assert.ok(!options.some((text) => text.includes("Dana Whitfield")), "the removed interviewer has none");
  const shown = await page.locator("#follow-ups > li").evaluateAll((items) => items.map((li) => li.dataset.opens));
  assert.deepEqual(
    shown,
    plan.followUps.map((followUp) => followUp.opens),
  );
  await page.close();
});

test("the browser reported no errors and made no failed or outside requests", () => {
  assert.deepEqual(problems, []);
});
