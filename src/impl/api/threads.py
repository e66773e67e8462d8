"""Threads: creation and lookup (the rest of the resource follows with its own issue)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import ThreadsApi
from graphport.impl.api.shapes import json_response
from graphport.impl.api.streams import (
    THREAD_STREAM_MODES,
    parse_last_event_id,
    sse_response,
    thread_events,
)
from graphport.impl.contract import ApiError
from graphport.impl.services import Services
from graphport.impl.storage.ids import uuid7
from graphport.impl.storage.records import ThreadRecord
from graphport.impl.storage.types import isoformat


def thread_json(thread: ThreadRecord) -> dict[str, Any]:
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
    if thread.config:  # a thread that has run carries its last error and interrupts
        shaped["error"] = thread.error
        shaped["interrupts"] = thread.interrupts
    return shaped


class ThreadsService(ThreadsApi):
    def __init__(self, services: Services) -> None:
        self.services = services

    async def create_thread(self, *, request: Request, body: models.ThreadCreate) -> Response:
        payload = body.model_dump(mode="json")
        thread_id = payload.get("thread_id") or uuid7()
        existing = await self.services.threads.get(thread_id)
        if existing is not None:
            if payload.get("if_exists") == "do_nothing":
                return json_response(thread_json(existing))
            raise ApiError(409, f"Thread with ID {thread_id} already exists")
        thread = await self.services.threads.create(thread_id, metadata=payload.get("metadata"))
        return json_response(thread_json(thread))

    async def get_thread(
        self, *, request: Request, thread_id: UUID, include: list[str] | None
    ) -> Response:
        thread = await self.services.threads.get(str(thread_id))
        if thread is None:
            raise ApiError(404, f"Thread with ID {thread_id} not found")
        return json_response(thread_json(thread))

    async def join_thread_stream(
        self,
        *,
        request: Request,
        thread_id: UUID,
        last_event_id: str | None,
        stream_mode: list[models.ThreadStreamMode] | None,
        stream_modes: str | None,
    ) -> Response:
        if await self.services.threads.get(str(thread_id)) is None:
            raise ApiError(404, f"Thread with ID {thread_id} not found")
        modes = {m.value for m in stream_mode or []}
        for mode in (stream_modes or "").split(","):
            if mode.strip():
                if mode.strip() not in THREAD_STREAM_MODES:
                    raise ApiError(422, f"Invalid stream_modes value {mode.strip()!r}")
                modes.add(mode.strip())
        body = thread_events(
            self.services.broker,
            self.services.events,
            str(thread_id),
            last=parse_last_event_id(last_event_id),
            modes=frozenset(modes or {"run_modes"}),
            heartbeat=self.services.settings.heartbeat_interval,
        )
        return sse_response(body)
