"""Resources as the protocol shows them on the wire (field order as the reference writes it)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from pydantic import BaseModel
from starlette.responses import Response

from graphport.impl.serde import dumps
from graphport.impl.storage.records import AssistantRecord, RunRecord, ThreadRecord
from graphport.impl.storage.types import isoformat

RUN_COUNTERS = (
    "total_input_tokens",
    "total_output_tokens",
    "total_tokens",
    "llm_call_count",
    "lead_agent_tokens",
    "subagent_tokens",
    "middleware_tokens",
    "message_count",
)


def run_json(run: RunRecord, select: Collection[str] | None = None) -> dict[str, Any]:
    shaped: dict[str, Any] = {
        "run_id": run.run_id,
        "thread_id": run.thread_id,
        "assistant_id": run.assistant_id,
        "metadata": run.metadata,
        "status": run.status,
        "kwargs": run.kwargs,
        "multitask_strategy": run.multitask_strategy,
        "created_at": isoformat(run.created_at),
        "updated_at": isoformat(run.updated_at),
        "langsmith_session_name": None,
    }
    for counter in RUN_COUNTERS:
        shaped[counter] = getattr(run, counter)
    if select:
        return {key: value for key, value in shaped.items() if key in select}
    return shaped


def pagination_headers(*, offset: int, limit: int, returned: int, total: int) -> dict[str, str]:
    """`X-Pagination-Total`, and `X-Pagination-Next` (the next page's offset) unless last."""
    headers = {"X-Pagination-Total": str(total)}
    if offset + returned < total:
        headers["X-Pagination-Next"] = str(offset + limit)
    return headers


def given_fields(body: BaseModel) -> dict[str, Any]:
    """The fields a request body gave, as plain JSON (absent fields left out, nulls kept)."""
    fields: dict[str, Any] = body.model_dump(mode="json")
    return fields


def json_response(
    content: Any, status_code: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON answer serialised with orjson (keys in insertion order, compact)."""
    return Response(
        dumps(content),
        status_code=status_code,
        media_type="application/json",
        headers=dict(headers) if headers else None,
    )


def raw_json_response(
    body: bytes, status_code: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON answer whose body is already serialised."""
    return Response(
        body,
        status_code=status_code,
        media_type="application/json",
        headers=dict(headers) if headers else None,
    )


def thread_json(thread: ThreadRecord, *, include_ttl: bool = False) -> dict[str, Any]:
    """A thread as the reference writes it.

    `error` and `interrupts` appear once the thread's state has been written (by a run or a
    state update), as on the reference; `ttl` only when asked for and set.
    """
    shaped: dict[str, Any] = {
        "thread_id": thread.thread_id,
        "created_at": isoformat(thread.created_at),
        "updated_at": isoformat(thread.updated_at),
        "state_updated_at": isoformat(thread.state_updated_at),
        "metadata": thread.metadata,
        "status": thread.status,
        "config": thread.config,
        "values": thread.values,
    }
    if thread.state_updated_at > thread.created_at:
        shaped["error"] = thread.error
        shaped["interrupts"] = thread.interrupts
    if include_ttl and thread.ttl is not None and thread.expires_at is not None:
        shaped["ttl"] = {
            "strategy": thread.ttl_strategy,
            "ttl_minutes": thread.ttl_minutes,
            "expires_at": isoformat(thread.expires_at),
        }
    return shaped


def assistant_json(assistant: AssistantRecord) -> dict[str, Any]:
    return {
        "assistant_id": assistant.assistant_id,
        "graph_id": assistant.graph_id,
        "config": assistant.config,
        "context": assistant.context,
        "metadata": assistant.metadata,
        "name": assistant.name,
        "created_at": isoformat(assistant.created_at),
        "updated_at": isoformat(assistant.updated_at),
        "version": assistant.version,
        "description": assistant.description,
    }


def assistant_version_json(version: AssistantRecord) -> dict[str, Any]:
    """One stored version (no `updated_at`: a version never changes)."""
    return {
        "assistant_id": version.assistant_id,
        "version": version.version,
        "graph_id": version.graph_id,
        "config": version.config,
        "context": version.context,
        "metadata": version.metadata,
        "created_at": isoformat(version.created_at),
        "name": version.name,
        "description": version.description,
    }
