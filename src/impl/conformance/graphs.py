"""Deterministic graphs the conformance kit's scenarios rely on (no LLM, no network).

A server under test serves these through its own `langgraph.json` (this folder's is a ready one);
`graphport conform --graphs manifest.json` maps these names to the target's when they differ.
The first five are the protocol-capture graphs (shared/protocol/refapp): examples/graph.py
re-exports them and the differential suite serves them to the reference, so the committed
cassettes hold for any server serving them.
"""

import asyncio
import uuid
from typing import Annotated, Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AnyMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import tool
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.store.base import BaseStore
from langgraph.types import interrupt
from typing_extensions import TypedDict


class State(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    count: int


async def echo(state: State, config: RunnableConfig) -> dict[str, Any]:
    writer = get_stream_writer()
    writer({"progress": "echo-start"})
    last = state["messages"][-1].content if state["messages"] else ""
    text = f"echo: {last}"
    # sleep so that cancel/join tests have time
    delay = float((config.get("configurable") or {}).get("delay", 0))
    if delay:
        await asyncio.sleep(delay)
    return {
        "messages": [AIMessage(content=text, id=f"ai-{uuid.uuid4()}")],
        "count": state.get("count", 0) + 1,
    }


async def counter(state: State) -> dict[str, Any]:
    return {"count": state.get("count", 0) + 1}


builder = StateGraph(State)
builder.add_node("echo", echo)
builder.add_node("counter", counter)
builder.add_edge(START, "echo")
builder.add_edge("echo", "counter")
builder.add_edge("counter", END)
graph = builder.compile()


# --- graph with a fake streaming "LLM" so messages-tuple shows token chunks ---
def _model() -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content="hello there friend")]))


async def chat(state: State) -> dict[str, Any]:
    model = GenericFakeChatModel(messages=iter([AIMessage(content="hello there friend")]))
    resp = await model.ainvoke(state["messages"])
    return {"messages": [resp]}


cb = StateGraph(State)
cb.add_node("chat", chat)
cb.add_edge(START, "chat")
cb.add_edge("chat", END)
chat_graph = cb.compile()


# --- graph with interrupt() for HITL / Command(resume=...) ---
async def ask(state: State) -> dict[str, Any]:
    answer = interrupt({"question": "approve?"})
    return {"messages": [AIMessage(content=f"human said: {answer}", id=f"ai-{uuid.uuid4()}")]}


ib = StateGraph(State)
ib.add_node("ask", ask)
ib.add_edge(START, "ask")
ib.add_edge("ask", END)
interrupt_graph = ib.compile()


# --- graph that raises, to capture the `error` SSE event / run status=error ---
async def boom(state: State) -> dict[str, Any]:
    raise ValueError("boom: deliberate failure")


eb = StateGraph(State)
eb.add_node("boom", boom)
eb.add_edge(START, "boom")
eb.add_edge("boom", END)
error_graph = eb.compile()


# --- parent graph with a subgraph node, to capture `mode|ns` event names ---
parent = StateGraph(State)
parent.add_node("child", graph)  # the echo graph as a subgraph
parent.add_edge(START, "child")
parent.add_edge("child", END)
parent_graph = parent.compile()


# --- tool calling: a fake model asks for a tool, ToolNode answers, the model concludes ---


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


async def call_model(state: State) -> dict[str, Any]:
    last = state["messages"][-1] if state["messages"] else None
    if isinstance(last, ToolMessage):
        return {
            "messages": [AIMessage(content=f"the sum is {last.content}", id=f"ai-{uuid.uuid4()}")]
        }
    call = {"name": "add", "args": {"a": 2, "b": 3}, "id": "call-add-1", "type": "tool_call"}
    return {"messages": [AIMessage(content="", tool_calls=[call], id=f"ai-{uuid.uuid4()}")]}


async def run_tools(state: State) -> dict[str, Any]:
    outputs = []
    last = state["messages"][-1]
    assert isinstance(last, AIMessage)
    for call in last.tool_calls:
        result = await add.ainvoke(call["args"])
        outputs.append(ToolMessage(content=str(result), tool_call_id=call["id"], name=call["name"]))
    return {"messages": outputs}


def _route(state: State) -> str:
    last = state["messages"][-1]
    return "tools" if isinstance(last, AIMessage) and last.tool_calls else END


tb = StateGraph(State)
tb.add_node("model", call_model)
tb.add_node("tools", run_tools)
tb.add_edge(START, "model")
tb.add_conditional_edges("model", _route, ["tools", END])
tb.add_edge("tools", "model")
tool_graph = tb.compile()


# --- the long-term store: a run writes an item and reads back its namespace ---


class Memory(TypedDict, total=False):
    user: str
    note: str
    notes: list[str]


async def remember(state: Memory, *, store: BaseStore) -> dict[str, Any]:
    namespace = ("kit", state.get("user", "anon"), "notes")
    if note := state.get("note"):
        existing = await store.asearch(namespace, limit=1000)
        await store.aput(namespace, f"note-{len(existing) + 1}", {"text": note})
    items = await store.asearch(namespace, limit=1000)
    return {"notes": sorted(str(item.value.get("text")) for item in items)}


mb = StateGraph(Memory)
mb.add_node("remember", remember)
mb.add_edge(START, "remember")
mb.add_edge("remember", END)
store_graph = mb.compile()
