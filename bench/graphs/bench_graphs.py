"""Deterministic graphs the benchmarks run (no LLM, no network, no sleeps).

The same file is served by graphport and by the reference server (each from a scratch copy of
this folder) and run in-process by `bench/floor.py`, so every figure compares the same work.

- `noop`: one node that changes nothing — the cost of a run itself;
- `custom`: one node that writes `n` `custom` events (`n` from the input, default 100);
- `chat`: a fake chat model that streams `n` tokens (`messages-tuple` events).
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AnyMessage
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class CountState(TypedDict, total=False):
    n: int
    written: int


def _single_node(name: str, node: Any, state: type) -> Any:
    builder = StateGraph(state)
    builder.add_node(name, node)
    builder.add_edge(START, name)
    builder.add_edge(name, END)
    return builder.compile()


async def _noop(state: CountState) -> dict[str, Any]:
    return {}


async def _write_custom(state: CountState) -> dict[str, Any]:
    writer = get_stream_writer()
    n = int(state.get("n") or 100)
    for i in range(n):
        writer({"i": i})
    return {"written": n}


class ChatState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    n: int


async def _chat(state: ChatState) -> dict[str, Any]:
    n = int(state.get("n") or 20)
    # GenericFakeChatModel streams a message word by word: n words, n token chunks.
    text = " ".join(f"t{i}" for i in range(n))
    model = GenericFakeChatModel(messages=iter([AIMessage(content=text)]))
    reply = await model.ainvoke(state.get("messages") or [])
    return {"messages": [reply]}


noop_graph = _single_node("noop", _noop, CountState)
custom_graph = _single_node("write", _write_custom, CountState)
chat_graph = _single_node("chat", _chat, ChatState)
