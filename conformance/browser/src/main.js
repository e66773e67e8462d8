// A minimal chat page on useStream, the React hook of @langchain/langgraph-sdk, pointed at a
// graphport server. Everything it needs comes from the query string, so one build serves every
// scenario drive.mjs plays:
//   ?apiUrl=http://127.0.0.1:PORT&assistantId=slow_chat&tokenPause=0.2
// The thread id is kept in sessionStorage, so a reload returns to the same thread and
// `reconnectOnMount` (which keeps the running run's id there too) rejoins its stream.
// Plain createElement instead of JSX keeps the build free of a JSX plugin.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { useStream } from "@langchain/langgraph-sdk/react";

const params = new URLSearchParams(window.location.search);
const apiUrl = params.get("apiUrl");
const assistantId = params.get("assistantId") ?? "slow_chat";
const tokenPause = params.get("tokenPause");
const threadKey = `graphport:thread:${assistantId}`;

// Every AI text the page has rendered, in order: the driver reads it to tell a streamed answer
// (many growing prefixes) from one that arrived whole.
window.__aiTexts = [];

function text(message) {
  if (typeof message.content === "string") return message.content;
  return (message.content ?? []).map((part) => part.text ?? "").join("");
}

function App() {
  const [threadId, setThreadId] = useState(() => sessionStorage.getItem(threadKey));
  const [draft, setDraft] = useState("hello");
  const [error, setError] = useState(null);
  const stream = useStream({
    apiUrl,
    assistantId,
    messagesKey: "messages",
    threadId,
    reconnectOnMount: true,
    onThreadId: (id) => {
      sessionStorage.setItem(threadKey, id);
      setThreadId(id);
    },
    onError: (err) => setError(String(err?.message ?? err)),
  });
  const config = tokenPause ? { configurable: { token_pause: Number(tokenPause) } } : undefined;

  for (const message of stream.messages) {
    if (message.type !== "ai") continue;
    const seen = text(message);
    if (window.__aiTexts.at(-1) !== seen) window.__aiTexts.push(seen);
  }

  const send = (event) => {
    event.preventDefault();
    stream.submit({ messages: [{ type: "human", content: draft }] }, { config });
  };
  const resume = () => stream.submit(undefined, { command: { resume: "yes" }, config });

  return h(
    "main",
    null,
    h("h1", null, `useStream → ${assistantId}`),
    h("p", null, "thread: ", h("code", { id: "thread" }, threadId ?? "(none yet)")),
    h(
      "p",
      { id: "status", "data-loading": String(stream.isLoading) },
      stream.isLoading ? "streaming…" : "idle",
    ),
    h(
      "ul",
      { id: "messages" },
      stream.messages.map((message, index) =>
        h(
          "li",
          { key: message.id ?? index, "data-type": message.type },
          h("b", null, `${message.type}: `),
          text(message),
        ),
      ),
    ),
    stream.interrupt
      ? h(
          "div",
          { id: "interrupt" },
          h("code", { id: "interrupt-value" }, JSON.stringify(stream.interrupt.value)),
          " ",
          h("button", { id: "resume", onClick: resume }, "Approve"),
        )
      : null,
    error ? h("p", { id: "error" }, error) : null,
    h(
      "form",
      { onSubmit: send },
      h("input", { id: "message", value: draft, onChange: (e) => setDraft(e.target.value) }),
      " ",
      h("button", { id: "send", type: "submit", disabled: stream.isLoading }, "Send"),
      " ",
      h("button", { id: "stop", type: "button", onClick: () => stream.stop() }, "Stop"),
    ),
  );
}

createRoot(document.getElementById("root")).render(h(App));
