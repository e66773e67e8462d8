"""Deterministic graphs for run-control tests (cancel races, reconnects); no LLM, no network.

- `steps`: `configurable.steps` nodes in a row (default 3); each writes a custom event, sleeps
  `configurable.pause` seconds (default 0.1) and appends a message, so a run has checkpoints,
  events and awaits all along its length.
- `slow_chat`: a fake chat model that streams "one two three four five" a token at a time,
  `configurable.token_pause` seconds apart (default 0.05): cancels land inside a model call.
"""

import asyncio
from typing import Annotated

from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, AnyMessage
from langchain_core.runnables import RunnableConfig
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class State(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    step: int


async def step(state: State, config: RunnableConfig) -> dict:
    configurable = config.get("configurable") or {}
    current = state.get("step", 0) + 1
    get_stream_writer()({"step": current})
    await asyncio.sleep(float(configurable.get("pause", 0.1)))
    return {"messages": [AIMessage(content=f"step {current}", id=f"step-{current}")], "step": current}


def _more_steps(state: State, config: RunnableConfig) -> str:
    wanted = int((config.get("configurable") or {}).get("steps", 3))
    return "step" if state.get("step", 0) < wanted else END


sb = StateGraph(State)
sb.add_node("step", step)
sb.add_edge(START, "step")
sb.add_conditional_edges("step", _more_steps, ["step", END])
steps_graph = sb.compile()


async def slow_chat(state: State, config: RunnableConfig) -> dict:
    pause = float((config.get("configurable") or {}).get("token_pause", 0.05))
    model = FakeListChatModel(responses=["one two three four five"], sleep=pause)
    reply = await model.ainvoke(state.get("messages") or [], config)
    return {"messages": [reply]}


cb = StateGraph(State)
cb.add_node("slow_chat", slow_chat)
cb.add_edge(START, "slow_chat")
cb.add_edge("slow_chat", END)
slow_chat_graph = cb.compile()
