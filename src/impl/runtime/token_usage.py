"""Counting the tokens a run's model calls use, from the `usage_metadata` of their replies.

A LangChain callback handler (`UsageCallback`) is attached to the run's config, so it sees
every chat model call of the graph, its subgraphs and whatever they invoke. Each call is
put down to a caller:

- `middleware` when the call's config carries the tag `middleware` (or `middleware:<name>`);
- `subagent` when it runs inside a subgraph (its checkpoint namespace has more than one
  level), or carries the tag `subagent` (or `subagent:<name>`);
- `lead_agent` otherwise: the graph's own nodes.

The model is the reply's `response_metadata.model_name` (or `model`, or the call's
`ls_model_name`), `unknown` when nothing names it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult

CALLERS = ("lead_agent", "subagent", "middleware")
UNKNOWN_MODEL = "unknown"


@dataclass(slots=True)
class ModelUsage:
    """The tokens of one model's calls within a run."""

    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    calls: int = 0


@dataclass(slots=True)
class TokenUsage:
    """A run's token counters, as its Run resource shows them, plus the split by model."""

    total_input_tokens: int = 0
    total_output_tokens: int = 0
    total_tokens: int = 0
    llm_call_count: int = 0
    lead_agent_tokens: int = 0
    subagent_tokens: int = 0
    middleware_tokens: int = 0
    by_model: dict[str, ModelUsage] = field(default_factory=dict)

    def add_call(
        self, caller: str, model: str, input_tokens: int, output_tokens: int, total_tokens: int
    ) -> None:
        self.total_input_tokens += input_tokens
        self.total_output_tokens += output_tokens
        self.total_tokens += total_tokens
        self.llm_call_count += 1
        if caller == "middleware":
            self.middleware_tokens += total_tokens
        elif caller == "subagent":
            self.subagent_tokens += total_tokens
        else:
            self.lead_agent_tokens += total_tokens
        usage = self.by_model.get(model)
        if usage is None:
            usage = self.by_model[model] = ModelUsage()
        usage.input_tokens += input_tokens
        usage.output_tokens += output_tokens
        usage.total_tokens += total_tokens
        usage.calls += 1

    def counters(self) -> dict[str, int]:
        """The Run resource's token counters (the `runs` columns of the same names)."""
        return {
            "total_input_tokens": self.total_input_tokens,
            "total_output_tokens": self.total_output_tokens,
            "total_tokens": self.total_tokens,
            "llm_call_count": self.llm_call_count,
            "lead_agent_tokens": self.lead_agent_tokens,
            "subagent_tokens": self.subagent_tokens,
            "middleware_tokens": self.middleware_tokens,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.counters(),
            "by_model": {
                name: {
                    "input_tokens": m.input_tokens,
                    "output_tokens": m.output_tokens,
                    "total_tokens": m.total_tokens,
                    "calls": m.calls,
                }
                for name, m in self.by_model.items()
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenUsage:
        """Read what `to_json` wrote (unknown keys are ignored, missing ones are 0)."""

        def count(key: str) -> int:
            return int(data.get(key) or 0)

        usage = cls(
            total_input_tokens=count("total_input_tokens"),
            total_output_tokens=count("total_output_tokens"),
            total_tokens=count("total_tokens"),
            llm_call_count=count("llm_call_count"),
            lead_agent_tokens=count("lead_agent_tokens"),
            subagent_tokens=count("subagent_tokens"),
            middleware_tokens=count("middleware_tokens"),
        )
        for name, m in (data.get("by_model") or {}).items():
            usage.by_model[name] = ModelUsage(
                input_tokens=int(m.get("input_tokens") or 0),
                output_tokens=int(m.get("output_tokens") or 0),
                total_tokens=int(m.get("total_tokens") or 0),
                calls=int(m.get("calls") or 0),
            )
        return usage


def thread_usage(thread_id: str, runs: Iterable[TokenUsage]) -> dict[str, Any]:
    """The `ThreadTokenUsage` answer: the sum over runs, by model and by caller."""
    total_input = total_output = total = count = 0
    by_caller = dict.fromkeys(CALLERS, 0)
    by_model: dict[str, dict[str, int]] = {}
    for usage in runs:
        count += 1
        total_input += usage.total_input_tokens
        total_output += usage.total_output_tokens
        total += usage.total_tokens
        by_caller["lead_agent"] += usage.lead_agent_tokens
        by_caller["subagent"] += usage.subagent_tokens
        by_caller["middleware"] += usage.middleware_tokens
        for name, model in usage.by_model.items():
            entry = by_model.setdefault(name, {"tokens": 0, "runs": 0})
            entry["tokens"] += model.total_tokens
            entry["runs"] += 1
    return {
        "thread_id": thread_id,
        "total_tokens": total,
        "total_input_tokens": total_input,
        "total_output_tokens": total_output,
        "total_runs": count,
        "by_model": dict(sorted(by_model.items())),
        "by_caller": by_caller,
    }


def caller_of(tags: Sequence[str] | None, metadata: Mapping[str, Any] | None) -> str:
    """Which part of the agent made a model call (see the module's docstring)."""
    tags = tags or ()
    if any(t == "middleware" or t.startswith("middleware:") for t in tags):
        return "middleware"
    if any(t == "subagent" or t.startswith("subagent:") for t in tags):
        return "subagent"
    namespace = ""
    if metadata:
        namespace = metadata.get("langgraph_checkpoint_ns") or metadata.get("checkpoint_ns") or ""
    return "subagent" if "|" in str(namespace) else "lead_agent"


@dataclass(slots=True)
class _Call:
    caller: str
    model: str | None


class UsageCallback(BaseCallbackHandler):
    """Adds each chat model call's reported usage to a `TokenUsage` as the call ends."""

    run_inline = True  # cheap bookkeeping: run on the event loop, never in a thread pool
    # Only model calls matter: every other kind of callback event is skipped unread.
    ignore_chain = True
    ignore_agent = True
    ignore_retriever = True
    ignore_retry = True
    ignore_custom_event = True

    def __init__(self, usage: TokenUsage) -> None:
        self.usage = usage
        self._calls: dict[UUID, _Call] = {}
        self._counted: set[UUID] = set()

    def _start(self, run_id: UUID, tags: list[str] | None, metadata: dict[str, Any] | None) -> None:
        model = (metadata or {}).get("ls_model_name")
        self._calls[run_id] = _Call(caller_of(tags, metadata), str(model) if model else None)

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self._start(run_id, tags, metadata)

    def on_llm_start(
        self,
        serialized: dict[str, Any],
        prompts: list[str],
        *,
        run_id: UUID,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self._start(run_id, tags, metadata)

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        self._calls.pop(run_id, None)

    def on_llm_end(
        self,
        response: LLMResult,
        *,
        run_id: UUID,
        tags: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        call = self._calls.pop(run_id, None) or _Call(caller_of(tags, None), None)
        if run_id in self._counted:
            return
        self._counted.add(run_id)
        input_tokens = output_tokens = total_tokens = 0
        model = call.model
        for generations in response.generations:
            for generation in generations:
                message = getattr(generation, "message", None)
                if message is None:
                    continue
                usage = getattr(message, "usage_metadata", None) or {}
                input_tokens += int(usage.get("input_tokens") or 0)
                output_tokens += int(usage.get("output_tokens") or 0)
                total_tokens += int(
                    usage.get("total_tokens")
                    or (usage.get("input_tokens") or 0) + (usage.get("output_tokens") or 0)
                )
                metadata = getattr(message, "response_metadata", None) or {}
                named = metadata.get("model_name") or metadata.get("model")
                if named:
                    model = str(named)
        self.usage.add_call(
            call.caller, model or UNKNOWN_MODEL, input_tokens, output_tokens, total_tokens
        )
