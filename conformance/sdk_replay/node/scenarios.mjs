// User flows driven through the official Node client, @langchain/langgraph-sdk, against a base URL.
//
//   node scenarios.mjs list                 -> the scenario names, one a line
//   node scenarios.mjs <name> <base-url>    -> runs one; exit 0 when the flow went as expected
//
// Like the Python scenarios, they talk only to the URL given (the recording proxy in front of
// the server under test), and act on what a stream already said rather than on timers, so each
// run makes the same requests in the same order.
import assert from "node:assert/strict";
import { Client } from "@langchain/langgraph-sdk";

const HI = { messages: [{ role: "user", content: "hi" }] };
const delay = (seconds) => ({ configurable: { delay: seconds } });

async function drain(stream) {
  const parts = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

async function statusOf(promise) {
  try {
    await promise;
  } catch (error) {
    if (typeof error?.status === "number") return error.status;
    throw error;
  }
  throw new Error("the call was expected to fail");
}

const SCENARIOS = {
  // A chat UI: token stream (messages-tuple) and values, then the state it renders.
  async js_chat_stream(client) {
    const thread = await client.threads.create();
    const parts = await drain(
      client.runs.stream(thread.thread_id, "chat", {
        input: HI,
        streamMode: ["messages-tuple", "values"],
      }),
    );
    assert.ok(parts.some((part) => part.event === "messages"));
    const state = await client.threads.getState(thread.thread_id);
    assert.equal(state.values.messages.at(-1).content, "hello there friend");
  },

  // Human in the loop: interrupt, read the question from the state, resume with a command.
  async js_interrupt_resume(client) {
    const thread = await client.threads.create();
    await drain(
      client.runs.stream(thread.thread_id, "hitl", { input: HI, streamMode: ["values"] }),
    );
    const state = await client.threads.getState(thread.thread_id);
    assert.deepEqual(state.tasks[0].interrupts[0].value, { question: "approve?" });
    await drain(
      client.runs.stream(thread.thread_id, "hitl", {
        command: { resume: "approved" },
        streamMode: ["values"],
      }),
    );
    const thread2 = await client.threads.get(thread.thread_id);
    assert.equal(thread2.status, "idle");
  },

  // The stop button of a resumable chat: cancel (interrupt, no wait) while streaming.
  async js_stop_button(client) {
    const thread = await client.threads.create();
    let runId;
    for await (const part of client.runs.stream(thread.thread_id, "echo", {
      input: HI,
      config: delay(3.0),
      streamMode: ["values", "custom"],
      streamResumable: true,
      onDisconnect: "continue",
    })) {
      if (part.event === "metadata") runId = part.data.run_id;
      if (part.event === "custom") await client.runs.cancel(thread.thread_id, runId, false, "interrupt");
    }
    await client.runs.join(thread.thread_id, runId);
    const run = await client.runs.get(thread.thread_id, runId);
    assert.equal(run.status, "interrupted");
  },

  // Reopening a page mid-run: join the resumable stream from the start (Last-Event-ID -1).
  async js_join_stream_replay(client) {
    const thread = await client.threads.create();
    const run = await client.runs.create(thread.thread_id, "echo", {
      input: HI,
      config: delay(0.5),
      streamMode: ["values", "updates"],
      streamResumable: true,
    });
    const parts = await drain(
      client.runs.joinStream(thread.thread_id, run.run_id, { lastEventId: "-1" }),
    );
    assert.equal(parts[0].event, "metadata");
    assert.equal(parts.filter((part) => part.event === "updates").length, 2);
  },

  // Double texting from a client: enqueue a second message behind a busy run, and reject one.
  async js_double_text(client) {
    const thread = await client.threads.create();
    const first = await client.runs.create(thread.thread_id, "echo", {
      input: HI,
      config: delay(2.0),
      streamMode: ["custom"],
      streamResumable: true,
    });
    const stream = client.runs.joinStream(thread.thread_id, first.run_id, { lastEventId: "-1" });
    for await (const part of stream) {
      if (part.event !== "custom") continue;
      assert.equal(
        await statusOf(
          client.runs.create(thread.thread_id, "echo", { input: HI, multitaskStrategy: "reject" }),
        ),
        409,
      );
      const second = await client.runs.create(thread.thread_id, "echo", {
        input: HI,
        multitaskStrategy: "enqueue",
      });
      const output = await client.runs.join(thread.thread_id, second.run_id);
      assert.equal(output.count, 4);
    }
    const runs = await client.runs.list(thread.thread_id);
    assert.deepEqual(runs.map((run) => run.status), ["success", "success"]);
  },

  // Threads in a sidebar: create with metadata, search for them, rename, delete.
  async js_threads_sidebar(client) {
    const mine = { owner: "js_threads_sidebar" };
    const a = await client.threads.create({ metadata: { ...mine, title: "a" } });
    await client.runs.wait(a.thread_id, "echo", { input: HI });
    const found = await client.threads.search({ metadata: mine, limit: 10 });
    assert.deepEqual(found.map((t) => t.thread_id), [a.thread_id]);
    await client.threads.update(a.thread_id, { metadata: { title: "b" } });
    const history = await client.threads.getHistory(a.thread_id, { limit: 10 });
    assert.ok(history.length >= 3);
    await client.threads.delete(a.thread_id);
    assert.equal(await statusOf(client.threads.get(a.thread_id)), 404);
  },

  // Long-term memory from Node: put, get, search, delete.
  async js_store(client) {
    const ns = ["js_store", "user"];
    await client.store.putItem(ns, "prefs", { theme: "light" });
    const item = await client.store.getItem(ns, "prefs");
    assert.deepEqual(item.value, { theme: "light" });
    const found = await client.store.searchItems(["js_store"], { filter: { theme: "light" } });
    assert.deepEqual(found.items.map((i) => i.key), ["prefs"]);
    await client.store.deleteItem(ns, "prefs");
    assert.equal(await client.store.getItem(ns, "prefs"), null);
  },
};

// Operations a scenario needs, probed by the harness before it runs (a 501 skips it).
export const REQUIRES = { js_store: [["POST", "/store/namespaces", {}]] };

const [command, baseUrl] = process.argv.slice(2);
if (command === "list") {
  for (const name of Object.keys(SCENARIOS)) {
    console.log(JSON.stringify({ name, requires: REQUIRES[name] ?? [] }));
  }
} else if (command in SCENARIOS) {
  const client = new Client({ apiUrl: baseUrl, apiKey: null });
  await SCENARIOS[command](client);
} else {
  console.error(`unknown scenario: ${command}`);
  process.exit(2);
}
