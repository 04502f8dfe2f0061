// A plain Node HTTP handler (node:http, no framework) that turns a POSTed interview into a plan.
// The body is untyped JSON from the outside world: safeParseInterviewInput validates it, and a bad one gets a
// 400 whose `issues` name each field by its path (`interviewers[1].email`), ready to show beside
// the form field. The example starts the server on a free local port, sends it a few requests,
// checks the answers and closes it.
// Run after `pnpm build`: `pnpm exec tsx examples/http-handler.ts`. It checks its own output.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AfterviewError, createPlan, safeParseInterviewInput } from "@afterview/core";

/** The largest body accepted: an interview is a few kilobytes; anything far bigger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

/** Reads the body up to `limit` bytes; `undefined` when it is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * `POST /plan` with an interview as JSON → `200 { plan }`; a body that does not validate →
 * `400 { error: "validation", issues }`. afterview never reads the clock, so the handler is given
 * one: in production `() => new Date().toISOString()`, in a test a fixed time.
 */
export function planHandler(clock: () => string): RequestListener {
  return async (req, res) => {
    if (req.url !== "/plan") return send(res, 404, { error: "not-found" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return send(res, 405, { error: "method-not-allowed" });
    }
    const text = await readBody(req, MAX_BODY_BYTES);
    if (text === undefined) return send(res, 413, { error: "too-large", limit: MAX_BODY_BYTES });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return send(res, 400, { error: "invalid-json", message: "the body is not JSON" });
    }
    // The edge: every field is validated before any is used; the issues name each one that is wrong.
    const input = safeParseInterviewInput(json);
    if (!input.success) {
      const { message, issues } = input.error;
      return send(res, 400, { error: "validation", message, issues });
    }
    try {
      const plan = createPlan(input.data, { now: clock() });
      return send(res, 200, { plan });
    } catch (error) {
      // Valid input that the library still cannot plan (a date outside the years it computes).
      if (error instanceof AfterviewError) return send(res, 422, { error: error.code, message: error.message });
      console.error(error);
      return send(res, 500, { error: "internal" });
    }
  };
}

// ---- The example: start, ask, check, close. ----
const interview = JSON.parse(readFileSync(new URL("./data/sample-interview.json", import.meta.url), "utf8"));
const server = createServer(planHandler(() => "2026-11-24T20:30:00Z")); // just after the interview ended
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;
const url = `http://127.0.0.1:${port}/plan`;
const post = (body: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(10_000),
  });

try {
  // 1. A good interview: a plan, as JSON.
  const ok = await post(JSON.stringify(interview));
  assert.equal(ok.status, 200);
  assert.match(ok.headers.get("content-type") ?? "", /^application\/json/);
  const { plan } = await ok.json();
  console.log(`200: ${plan.status}; first follow-up ${plan.followUps[0].opens}; ${plan.actions.length} actions`);
  assert.equal(plan.status, "awaiting-decision");
  assert.equal(plan.createdAt, "2026-11-24T14:30:00-06:00[America/Chicago]"); // that instant, in the candidate's zone
  assert.equal(plan.followUps[0].opens, "2026-12-01T09:30:00-05:00[America/New_York]");

  // 2. A form filled in badly: a misspelt time zone, an email with no domain, no format.
  const bad = structuredClone(interview);
  bad.candidate.timeZone = "America/Chicgo";
  bad.interviewers[1].email = "marek@";
  delete bad.format;
  const rejected = await post(JSON.stringify(bad));
  const body = await rejected.json();
  console.log(`${rejected.status}: ${body.message}`);
  assert.equal(rejected.status, 400);
  assert.equal(body.error, "validation");
  assert.deepEqual(body.issues.map((issue: { path: string }) => issue.path).sort(), [
    "candidate.timeZone",
    "format",
    "interviewers[1].email",
  ]);
  assert.ok(body.issues.every((issue: { message: string }) => issue.message.length > 0));

  // 3. Not JSON at all, not even an object, and the wrong method.
  const garbled = await post("{ role: Senior Data Engineer");
  assert.equal(garbled.status, 400);
  assert.equal((await garbled.json()).error, "invalid-json");
  const notAnObject = await post("42");
  assert.equal(notAnObject.status, 400);
  assert.equal((await notAnObject.json()).error, "validation");
  const get = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
  await get.body?.cancel();
  console.log("bad JSON → 400, a number → 400, GET → 405");
} finally {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
console.log("server closed");
