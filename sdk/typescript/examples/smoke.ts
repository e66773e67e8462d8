// Smoke scenario of the generated TypeScript client against a live graphport:
// create a thread, run the `echo` graph on it and wait for the result, read the thread's state.
//
//   npm run build && node dist/examples/smoke.js http://127.0.0.1:2024
//
// Exits 1 with the step and the server's answer when anything is off (tests/test_sdk.py runs it).
import { createClient } from "../src/index.js";

const EXPECTED = "echo: hi";
const baseUrl = process.argv[2] ?? "http://127.0.0.1:2024";
const client = createClient({ baseUrl });

function fail(step: string, response: Response, detail: unknown): never {
  console.error(`smoke: ${step}: HTTP ${response.status} ${JSON.stringify(detail)}`);
  process.exit(1);
}

function lastMessage(values: unknown): unknown {
  const messages = (values as { messages?: { content?: unknown }[] } | null)?.messages;
  return messages?.at(-1)?.content;
}

const created = await client.POST("/threads", { body: {} });
if (created.data === undefined) fail("create_thread", created.response, created.error);
const threadId = created.data.thread_id;

const result = await client.POST("/threads/{thread_id}/runs/wait", {
  params: { path: { thread_id: threadId } },
  body: { assistant_id: "echo", input: { messages: [{ role: "user", content: "hi" }] } },
});
if (result.response.status !== 200 || lastMessage(result.data) !== EXPECTED) {
  fail("wait_run", result.response, result.data ?? result.error);
}

const state = await client.GET("/threads/{thread_id}/state", {
  params: { path: { thread_id: threadId } },
});
if (state.data === undefined) fail("get_thread_state", state.response, state.error);
if (lastMessage(state.data.values) !== EXPECTED) {
  fail("get_thread_state", state.response, state.data.values);
}

console.log(JSON.stringify({ thread_id: threadId, last_message: EXPECTED }));
