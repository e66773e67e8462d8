"""A graph whose fake chat models report token usage, for run-history tests (no network).

`usage` makes three model calls, each reporting 7 input and 3 output tokens:

- `research`, a subgraph whose `search` node calls `fake-small` (a subagent call) and adds
  its reply to the conversation;
- `answer` calls `fake-large` (the lead agent's call) and adds its reply; it first sleeps
  `configurable.pause` seconds (default 0), so a run can be caught between the two calls;
- `title` calls `fake-large` with the tag `middleware` and keeps the reply in `title`, out
  of the conversation (as a title or summary middleware would).

A run from one human message therefore adds three messages (human, the subagent's AI
message, the lead's AI message) and uses 30 tokens: 10 each for lead agent, subagent and
middleware; 20 on `fake-large`, 10 on `fake-small`.
"""

import asyncio
from typing import Annotated, Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AnyMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class UsageReportingChatModel(BaseChatModel):
    """Answers `reply` and reports a fixed usage under `model_name`, as a provider would."""

    reply: str
    model_name: str
    input_tokens: int = 7
    output_tokens: int = 3

    @property
    def _llm_type(self) -> str:
        return "usage-reporting-fake"

    def _result(self) -> ChatResult:
        message = AIMessage(
            content=self.reply,
            usage_metadata={
                "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens,
                "total_tokens": self.input_tokens + self.output_tokens,
            },
            response_metadata={"model_name": self.model_name},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._result()

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._result()


class State(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    title: str


async def search(state: State) -> dict:
    model = UsageReportingChatModel(reply="found two sources", model_name="fake-small")
    return {"messages": [await model.ainvoke(state["messages"])]}


research_builder = StateGraph(State)
research_builder.add_node("search", search)
research_builder.add_edge(START, "search")
research_builder.add_edge("search", END)
research = research_builder.compile()


async def answer(state: State, config: RunnableConfig) -> dict:
    await asyncio.sleep(float((config.get("configurable") or {}).get("pause", 0)))
    model = UsageReportingChatModel(reply="here is the answer", model_name="fake-large")
    return {"messages": [await model.ainvoke(state["messages"])]}


async def title(state: State) -> dict:
    model = UsageReportingChatModel(reply="A short title", model_name="fake-large")
    reply = await model.ainvoke(state["messages"], config={"tags": ["middleware"]})
    return {"title": reply.text}


builder = StateGraph(State)
builder.add_node("research", research)
builder.add_node("answer", answer)
builder.add_node("title", title)
builder.add_edge(START, "research")
builder.add_edge("research", "answer")
builder.add_edge("answer", "title")
builder.add_edge("title", END)
usage_graph = builder.compile()
