"""Resources as the protocol shows them on the wire (field order as the reference writes it)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from starlette.responses import Response

from graphport.impl.serde import dumps
from graphport.impl.storage.records import RunRecord
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
