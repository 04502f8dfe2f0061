// Opens every HTML that @afterview/renderers' renderHtml makes from an XSS corpus in a real browser
// (Debian's Chromium at /usr/bin/chromium, driven by playwright-core) and fails if anything executes:
//
//   - a dialog (alert, confirm, prompt, print) opens;
//   - the page asks the network for anything but itself (images, scripts, frames, styles, beacons,
//     navigations: every request is intercepted, recorded and aborted);
//   - a script runs: the payloads call `__xss()`, a sentinel the page defines before any content;
//     DOM-creating APIs (createElement, innerHTML, insertAdjacentHTML, document.write, …) are
//     wrapped to report a call; a MutationObserver reports any node added after parsing.
//
// The HTML comes from the renderers' own test documents with a payload in every text field
// (fragment and standalone page), and from compose() documents whose interview names, topics and
// company carry the payload. Before the corpus, known-bad pages prove that each detector fires.
//
// Installs nothing: scripts/ci-browser.sh installs Chromium first.
// Run: node --conditions=@afterview/source --import tsx scripts/check-xss-browser.mjs
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

// The sources, as the tests run them: templates load their .mustache files as text.
await import("../packages/templates/scripts/register-mustache.mjs");
const { applyEvent, createPlan, parseInterviewInput } = await import("../packages/core/src/index.ts");
const { renderHtml } = await import("../packages/renderers/src/index.ts");
const { DOCUMENTS, everywhere, SAMPLE_INPUT, XSS } = await import("../packages/renderers/src/internal/fixtures.ts");
const { compose, TEMPLATE_IDS } = await import("../packages/templates/src/index.ts");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ORIGIN = "http://afterview.test";

/** Payloads that run `__xss()`, `alert()`, a fetch or an image load if any markup escapes. */
const PAYLOADS = [
  ...XSS,
  "<script>__xss()</script>",
  "<img src=x onerror=__xss()>",
  '"><svg onload=__xss()>',
  "'><body onload=__xss()>",
  '<a href="javascript:__xss()" id=x>x</a><script>x.click()</script>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
  '<base href="http://evil.example/">',
  '<link rel=stylesheet href="http://evil.example/x.css">',
  "<style>@import 'http://evil.example/x.css';body{background:url(http://evil.example/bg)}</style>",
  '<object data="http://evil.example/x"></object><embed src="http://evil.example/y">',
  "<details open ontoggle=__xss()>",
  "<input autofocus onfocus=__xss()>",
  "<video><source onerror=__xss()></video>",
  "<math><mtext><table><mglyph><style><img src=x onerror=__xss()>",
  '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  "<template><script>__xss()</script></template><svg><script>__xss()</script></svg>",
  "<form action=http://evil.example><button id=b>go</button></form><script>b.click()</script>",
  "`onmouseover=__xss()` \u0000<scr\u0000ipt>__xss()</script>",
  "\u2028<script>__xss()</script>\u2029",
  "&#60;script&#62;__xss()&#60;/script&#62;",
  '<img src="http://evil.example/pixel.gif">',
  "<script>fetch('http://evil.example/beacon')</script>",
  "<script>document.body.appendChild(document.createElement('b'))</script>",
  "<!--<img src=--><img src=x onerror=__xss()//>",
  "<![CDATA[<script>__xss()</script>]]>",
  "javascript:__xss()",
  "data:text/html,<script>__xss()</script>",
];

/** Every HTML to open: [label, html, standalone]. */
function corpus() {
  const pages = [];
  for (const [p, payload] of PAYLOADS.entries()) {
    for (const [kind, doc] of Object.entries(DOCUMENTS)) {
      for (const standalone of [false, true]) {
        pages.push([
          `payload #${p} in every field of a ${kind}${standalone ? " (standalone)" : ""}`,
          renderHtml(everywhere(doc, payload), { standalone }),
          standalone,
        ]);
      }
    }
    // The same payload through the templates: names, topics, role and company from the interview.
    const input = structuredClone(SAMPLE_INPUT);
    input.company.name = payload;
    input.role = payload;
    for (const person of input.interviewers) {
      person.name = `Dana ${payload}`;
      person.topics = [payload];
    }
    input.scheduler.name = `Priya ${payload}`;
    let context;
    try {
      const valid = parseInterviewInput(input);
      const plan = createPlan(valid, { now: valid.end });
      const offer = { base: { amount: 95000, currency: "USD" }, period: "year" };
      const withOffer = applyEvent(plan, { type: "offer-received", id: "o", at: valid.end, offer }, { now: valid.end });
      context = { input: valid, plan: withOffer, offer };
    } catch {
      continue; // the interview schema refused this payload (e.g. a control character): nothing to render
    }
    for (const id of TEMPLATE_IDS) {
      let doc;
      try {
        doc = compose(id, context);
      } catch {
        continue; // a template that needs more than this context (e.g. negotiation advice)
      }
      pages.push([`payload #${p} composed into ${id}`, renderHtml(doc), false]);
    }
  }
  return pages;
}

/** Runs in the page before any of its content: the sentinel, the DOM API traps and the observer. */
function instrument() {
  const hits = [];
  const hit = (what) => hits.push(what);
  Object.defineProperty(window, "__xss", { value: () => hit("__xss() ran"), configurable: false });
  Object.defineProperty(window, "__hits", { value: hits, configurable: false });
  const trap = (target, name) => {
    const original = target[name];
    target[name] = function (...args) {
      hit(`${name} called`);
      return original.apply(this, args);
    };
  };
  for (const name of ["createElement", "createElementNS", "createTextNode", "write", "writeln", "open"]) {
    trap(Document.prototype, name);
  }
  for (const name of ["insertAdjacentHTML", "setAttribute", "append", "prepend", "after", "before", "replaceWith"]) {
    trap(Element.prototype, name);
  }
  for (const name of ["appendChild", "insertBefore", "replaceChild"]) trap(Node.prototype, name);
  for (const proto of [Element.prototype, ShadowRoot.prototype]) {
    for (const prop of ["innerHTML", "outerHTML"]) {
      const desc = Object.getOwnPropertyDescriptor(proto, prop);
      if (!desc?.set) continue;
      Object.defineProperty(proto, prop, {
        ...desc,
        set(value) {
          hit(`${prop} set`);
          desc.set.call(this, value);
        },
      });
    }
  }
  document.addEventListener("DOMContentLoaded", () => {
    new MutationObserver((records) => {
      for (const r of records) hit(`DOM changed after parsing (${r.type})`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function wrap(html, standalone) {
  return standalone
    ? html
    : `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${html}</body></html>`;
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `check-xss-browser: no Chromium at ${CHROMIUM}. Run scripts/ci-browser.sh (or apt-get install -y chromium) first, or set CHROMIUM_PATH.`,
    );
    process.exit(2);
  }
  const profile = mkdtempSync(join(tmpdir(), "afterview-xss-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    await context.addInitScript(instrument);
    const page = context.pages()[0] ?? (await context.newPage());
    let current = { url: "", html: "", events: [] };
    page.on("dialog", (dialog) => {
      current.events.push(`dialog: ${dialog.type()} ${JSON.stringify(dialog.message())}`);
      dialog.dismiss().catch(() => {});
    });
    await context.route("**/*", (route) => {
      const request = route.request();
      if (request.url() === current.url)
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: current.html });
      current.events.push(`network: ${request.method()} ${request.url()} (${request.resourceType()})`);
      return route.abort();
    });

    let n = 0;
    const open = async (html) => {
      current = { url: `${ORIGIN}/page-${++n}.html`, html, events: [] };
      await page.goto(current.url, { waitUntil: "load" });
      // Let error handlers, autofocus, toggles and timers fire.
      await page.waitForTimeout(30);
      const hits = await page.evaluate(() => [...window.__hits]).catch((e) => [`page gone: ${e.message}`]);
      return [...current.events, ...hits];
    };

    // The detectors must fire on markup that does execute, else a pass would prove nothing.
    const controls = [
      ["a script calling the sentinel", "<script>__xss()</script>", "__xss() ran"],
      ["an image error handler calling alert", "<img src=x onerror=alert(1)>", "dialog"],
      ["an image from another origin", '<img src="http://evil.example/x.gif">', "network"],
      [
        "a script creating a node",
        "<script>document.body.appendChild(document.createElement('b'))</script>",
        "createElement called",
      ],
      [
        "a timer changing the page",
        "<script>setTimeout(()=>{document.body.textContent='x'},5)</script>",
        "DOM changed after parsing",
      ],
    ];
    for (const [name, html, expected] of controls) {
      const events = await open(wrap(html, false));
      if (!events.some((e) => e.startsWith(expected))) {
        throw new Error(`detector blind: ${name} should report "${expected}", got ${JSON.stringify(events)}`);
      }
    }
    console.log(`ok ${controls.length} known-bad pages are each caught (dialog, network, sentinel, DOM API, mutation)`);

    const pages = corpus();
    const failures = [];
    for (const [label, html, standalone] of pages) {
      const events = await open(wrap(html, standalone));
      if (events.length > 0) failures.push({ label, events, html: html.slice(0, 400) });
    }
    if (failures.length > 0) {
      for (const f of failures.slice(0, 20)) {
        console.error(`FAIL ${f.label}:\n  ${f.events.join("\n  ")}\n  html: ${f.html}`);
      }
      console.error(`${failures.length} of ${pages.length} HTML outputs executed something.`);
      process.exitCode = 1;
    } else {
      console.log(
        `ok ${pages.length} HTML outputs from ${PAYLOADS.length} payloads opened in Chromium: no dialog, no request, no script`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
