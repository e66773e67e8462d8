// Drives the built page (dist/) in headless Chromium against a running graphport and checks,
// on the page and on the server, the four things useStream users rely on:
//   1. send a message and see the tokens stream in;
//   2. stop cancels the run on the server;
//   3. an interrupt shows up and a resume finishes the run;
//   4. a reload rejoins the running run (reconnectOnMount).
// A screenshot of every step goes to $GRAPHPORT_ARTIFACTS (default: ./artifacts).
//
// Usage: GRAPHPORT_URL=http://127.0.0.1:PORT node drive.mjs
// The browser is the system's Chromium ($CHROMIUM, default /usr/bin/chromium); nothing is
// downloaded. The page is served by a static server started here on a free port, so it runs on
// an origin of its own and the requests it makes are real cross-origin (CORS) requests.
// Prints one JSON line of results; exits non-zero on the first failed check.
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const apiUrl = process.env.GRAPHPORT_URL;
const artifacts = process.env.GRAPHPORT_ARTIFACTS ?? join(here, "artifacts");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FINAL = "one two three four five";
const TIMEOUT = 30_000;

if (!apiUrl) {
  console.error("GRAPHPORT_URL is not set");
  process.exit(2);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

function serveDist() {
  const root = join(here, "dist");
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path === "/" ? "index.html" : path);
    try {
      if (!file.startsWith(root)) throw new Error("outside dist");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function api(path) {
  const res = await fetch(`${apiUrl}${path}`);
  check(res.ok, `GET ${path}: ${res.status}`);
  return res.json();
}

async function poll(what, probe, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await probe();
    if (last.ok) return last.value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(last?.value)})`);
}

async function runsOf(threadId) {
  return api(`/threads/${threadId}/runs`);
}

const results = {};
let shot = 0;

async function screenshot(page, name) {
  shot += 1;
  const path = join(artifacts, `${String(shot).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  (results.screenshots ??= []).push(path);
}

const aiTexts = (page) => page.evaluate(() => window.__aiTexts);
const threadOf = (page) => page.locator("#thread").textContent();

async function waitForPartial(page) {
  await page.waitForFunction(
    (final) => window.__aiTexts.some((t) => t.length > 0 && t.length < final.length),
    FINAL,
    { timeout: TIMEOUT },
  );
}

async function waitForFinal(page) {
  await page.waitForFunction(
    (final) =>
      window.__aiTexts.at(-1) === final &&
      document.querySelector("#status")?.dataset.loading === "false",
    FINAL,
    { timeout: TIMEOUT },
  );
}

async function open(browser, pageBase, assistantId, tokenPause) {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  const query = new URLSearchParams({ apiUrl, assistantId });
  if (tokenPause) query.set("tokenPause", String(tokenPause));
  await page.goto(`${pageBase}/index.html?${query}`);
  await page.locator("#send").waitFor({ timeout: TIMEOUT });
  return { context, page, errors };
}

async function streams(browser, pageBase) {
  const { context, page, errors } = await open(browser, pageBase, "slow_chat", 0.05);
  await page.locator("#send").click();
  await waitForPartial(page);
  await screenshot(page, "tokens-streaming");
  await waitForFinal(page);
  await screenshot(page, "tokens-streamed");
  const texts = await aiTexts(page);
  // Streamed, not delivered whole: several growing prefixes of the answer were rendered.
  check(texts.length >= 3, `the answer arrived in ${texts.length} renders: ${JSON.stringify(texts)}`);
  check(texts.every((t) => FINAL.startsWith(t)), `renders are not prefixes: ${JSON.stringify(texts)}`);
  const threadId = await threadOf(page);
  const runs = await runsOf(threadId);
  check(runs.length === 1 && runs[0].status === "success", `runs: ${JSON.stringify(runs)}`);
  check(errors.length === 0, `page errors: ${errors}`);
  results.stream = { renders: texts.length, thread_id: threadId, run_status: runs[0].status };
  await context.close();
}

async function stops(browser, pageBase) {
  const { context, page, errors } = await open(browser, pageBase, "slow_chat", 0.3);
  await page.locator("#send").click();
  await waitForPartial(page);
  await page.locator("#stop").click();
  await page.waitForFunction(() => document.querySelector("#status").dataset.loading === "false", null, {
    timeout: TIMEOUT,
  });
  const threadId = await threadOf(page);
  // Cancelled on the server: the run ends interrupted (the default cancel action), early.
  const run = await poll("the stopped run to be interrupted", async () => {
    const runs = await runsOf(threadId);
    return { ok: runs.length === 1 && runs[0].status === "interrupted", value: runs };
  });
  const stopped = (await aiTexts(page)).at(-1) ?? "";
  check(stopped !== FINAL, "the answer was complete before stop took effect");
  await screenshot(page, "stopped");
  check(errors.length === 0, `page errors: ${errors}`);
  results.stop = { thread_id: threadId, run_status: run[0].status, shown_at_stop: stopped };
  await context.close();
}

async function interrupts(browser, pageBase) {
  const { context, page, errors } = await open(browser, pageBase, "hitl");
  await page.locator("#send").click();
  const value = page.locator("#interrupt-value");
  await value.waitFor({ timeout: TIMEOUT });
  check((await value.textContent()).includes("approve?"), `interrupt: ${await value.textContent()}`);
  const threadId = await threadOf(page);
  const before = await api(`/threads/${threadId}`);
  check(before.status === "interrupted", `thread status at the interrupt: ${before.status}`);
  await screenshot(page, "interrupted");
  await page.locator("#resume").click();
  await page.locator('li[data-type="ai"]', { hasText: "human said: yes" }).waitFor({ timeout: TIMEOUT });
  await page.locator("#interrupt").waitFor({ state: "detached", timeout: TIMEOUT });
  const after = await poll("the resumed thread to be idle", async () => {
    const thread = await api(`/threads/${threadId}`);
    return { ok: thread.status === "idle", value: thread.status };
  });
  const runs = await runsOf(threadId);
  check(runs.length === 2 && runs.every((r) => r.status === "success"), `runs: ${JSON.stringify(runs)}`);
  await screenshot(page, "resumed");
  check(errors.length === 0, `page errors: ${errors}`);
  results.interrupt = { thread_id: threadId, before: before.status, after, runs: runs.length };
  await context.close();
}

async function rejoins(browser, pageBase) {
  const { context, page, errors } = await open(browser, pageBase, "slow_chat", 0.25);
  await page.locator("#send").click();
  await waitForPartial(page);
  const threadId = await threadOf(page);
  const runId = await page.evaluate((tid) => sessionStorage.getItem(`lg:stream:${tid}`), threadId);
  check(runId, "useStream kept no run id to rejoin");
  await screenshot(page, "before-reload");
  await page.reload();
  // After the reload the page is on the same thread and streams the same run again.
  await page.locator("#send").waitFor({ timeout: TIMEOUT });
  check((await threadOf(page)) === threadId, "the reloaded page lost its thread");
  await page.waitForFunction(() => document.querySelector("#status").dataset.loading === "true", null, {
    timeout: TIMEOUT,
  });
  await screenshot(page, "rejoined-streaming");
  await waitForFinal(page);
  const texts = await aiTexts(page);
  await screenshot(page, "rejoined-finished");
  const runs = await runsOf(threadId);
  check(
    runs.length === 1 && runs[0].run_id === runId && runs[0].status === "success",
    `runs after the reload: ${JSON.stringify(runs)}`,
  );
  check(errors.length === 0, `page errors: ${errors}`);
  results.reload = { thread_id: threadId, run_id: runId, renders_after_reload: texts.length };
  await context.close();
}

const server = await serveDist();
const pageBase = `http://127.0.0.1:${server.address().port}`;
await mkdir(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let failed = null;
try {
  for (const scenario of [streams, stops, interrupts, rejoins]) {
    try {
      await scenario(browser, pageBase);
    } catch (err) {
      failed = `${scenario.name}: ${err.message}`;
      break;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ ok: failed === null, failed, ...results }));
process.exit(failed === null ? 0 : 1);
