"""Rows as typed records: what repositories return and services pass around."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Self

ACTIVE_RUN_STATUSES = ("pending", "running")


class _FromRow:
    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in row.items() if k in names})

    def row(self) -> dict[str, Any]:
        """The record as column values (shallow: JSON documents are shared, not copied)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(slots=True)
class AssistantRecord(_FromRow):
    assistant_id: str
    graph_id: str
    name: str
    description: str | None
    config: dict[str, Any]
    context: dict[str, Any]
    metadata: dict[str, Any]
    version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class TtlPolicy:
    """A thread's time-to-live: what happens (`delete` | `keep_latest`) after `minutes`."""

    strategy: str
    minutes: float


@dataclass(slots=True)
class ThreadRecord(_FromRow):
    thread_id: str
    created_at: datetime
    updated_at: datetime
    state_updated_at: datetime
    metadata: dict[str, Any]
    config: dict[str, Any]
    status: str
    values: Any
    interrupts: dict[str, Any]
    error: dict[str, Any] | None
    ttl_strategy: str | None = None
    ttl_minutes: float | None = None
    expires_at: datetime | None = None
    event_seq: int = 0

    @property
    def ttl(self) -> TtlPolicy | None:
        if self.ttl_strategy is None or self.ttl_minutes is None:
            return None
        return TtlPolicy(self.ttl_strategy, self.ttl_minutes)


@dataclass(slots=True)
class RunRecord(_FromRow):
    run_id: str
    thread_id: str
    assistant_id: str
    status: str
    metadata: dict[str, Any]
    kwargs: dict[str, Any]
    multitask_strategy: str
    created_at: datetime
    updated_at: datetime
    run_after: datetime
    attempt: int = 0
    temporary: bool = False
    worker_id: str | None = None
    lease_expires_at: datetime | None = None
    result: str | None = None
    error: dict[str, Any] | None = None
    total_input_tokens: int = 0
    total_output_tokens: int = 0
    total_tokens: int = 0
    llm_call_count: int = 0
    lead_agent_tokens: int = 0
    subagent_tokens: int = 0
    middleware_tokens: int = 0
    message_count: int = 0

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_RUN_STATUSES


@dataclass(slots=True)
class FeedbackRecord(_FromRow):
    feedback_id: str
    thread_id: str
    run_id: str
    user_id: str
    rating: int
    comment: str | None
    created_at: datetime
    updated_at: datetime
