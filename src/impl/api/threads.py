"""Threads, their state and history: thin handlers over the thread service."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import ThreadsApi
from graphport.impl.api.shapes import (
    given_fields,
    json_response,
    pagination_headers,
    thread_json,
)
from graphport.impl.api.streams import (
    THREAD_STREAM_MODES,
    parse_last_event_id,
    sse_response,
    thread_events,
)
from graphport.impl.contract import ApiError
from graphport.impl.runtime.thread_service import SuperstepUpdate
from graphport.impl.services import Services
from graphport.impl.storage.records import ThreadRecord, TtlPolicy
from graphport.impl.storage.threads import ThreadFilters
from graphport.impl.storage.types import isoformat

# Thread columns holding timestamps, and the steps of an `extract` path.
_TIMESTAMPS = frozenset({"created_at", "updated_at", "state_updated_at"})
_PATH_ROOT = re.compile(r"values|metadata|config|interrupts")
_PATH_STEP = re.compile(r"\.([^.\[\]]+)|\[(-?\d+)\]")


def _ttl(value: models.ThreadTtl | Any) -> TtlPolicy | None:
    if not isinstance(value, models.ThreadTtl):
        return None
    return TtlPolicy(strategy=value.strategy.value, minutes=value.ttl)


def _includes_ttl(include: list[str] | None) -> bool:
    """`include` may repeat and may hold comma-separated names (the Python SDK joins them)."""
    return any(name.strip() == "ttl" for item in include or () for name in item.split(","))


def _extracted(row: dict[str, Any], path: str) -> Any:
    """The value at `path` (`values.messages[-1].content`) in a thread row; None if absent."""
    root = _PATH_ROOT.match(path)
    if root is None:
        return None
    value: Any = row.get(root.group(0))
    rest, position = path[root.end() :], 0
    while position < len(rest) and value is not None:
        step = _PATH_STEP.match(rest, position)
        if step is None:
            return None
        key, index = step.groups()
        position = step.end()
        if key is not None:
            value = value.get(key) if isinstance(value, dict) else None
        elif isinstance(value, list) and -len(value) <= int(index) < len(value):
            value = value[int(index)]
        else:
            value = None
    return value


def _search_item(
    row: dict[str, Any], select: list[str] | None, extract: dict[str, str] | None
) -> dict[str, Any]:
    if select is None:
        item = thread_json(ThreadRecord.from_row(row))
    else:
        item = {}
        for name in select:
            if name not in row:
                continue  # `context`: threads have none
            value = row[name]
            item[name] = isoformat(value) if name in _TIMESTAMPS else value
    if extract:
        item["extracted"] = {alias: _extracted(row, path) for alias, path in extract.items()}
    return item


class ThreadsService(ThreadsApi):
    def __init__(self, services: Services) -> None:
        self.services = services
        self.thread_service = services.thread_service

    # -- the thread resource -----------------------------------------------------------

    async def create_thread(self, *, request: Request, body: models.ThreadCreate) -> Response:
        given = given_fields(body)
        supersteps = [
            [
                SuperstepUpdate(
                    as_node=update["as_node"],
                    values=update.get("values"),
                    command=update.get("command"),
                )
                for update in step["updates"]
            ]
            for step in given.get("supersteps") or ()
        ]
        thread = await self.thread_service.create(
            thread_id=given.get("thread_id"),
            metadata=given.get("metadata") or {},
            if_exists=body.if_exists.value,
            ttl=_ttl(body.ttl),
            supersteps=supersteps,
        )
        return json_response(thread_json(thread))

    async def get_thread(
        self, *, request: Request, thread_id: UUID, include: list[str] | None
    ) -> Response:
        thread = await self.thread_service.get(str(thread_id))
        return json_response(thread_json(thread, include_ttl=_includes_ttl(include)))

    async def update_thread(
        self, *, request: Request, thread_id: UUID, prefer: str | None, body: models.ThreadPatch
    ) -> Response:
        given = given_fields(body)
        thread = await self.thread_service.update(
            str(thread_id), metadata=given.get("metadata"), ttl=_ttl(body.ttl)
        )
        if prefer is not None and "return=minimal" in prefer.replace(" ", ""):
            return Response(status_code=204)
        return json_response(thread_json(thread))

    async def delete_thread(self, *, request: Request, thread_id: UUID) -> Response:
        await self.thread_service.delete(str(thread_id))
        return Response(status_code=204)

    async def copy_thread(self, *, request: Request, thread_id: UUID) -> Response:
        return json_response(thread_json(await self.thread_service.copy(str(thread_id))))

    async def prune_threads(self, *, request: Request, body: models.ThreadPruneRequest) -> Response:
        pruned = await self.thread_service.prune(
            [str(t) for t in body.thread_ids], body.strategy.value
        )
        return json_response({"pruned_count": pruned})

    async def search_threads(
        self, *, request: Request, body: models.ThreadSearchRequest
    ) -> Response:
        given = given_fields(body)
        filters = ThreadFilters(
            ids=given.get("ids"),
            metadata=given.get("metadata"),
            values=given.get("values"),
            status=given.get("status"),
        )
        select: list[str] | None = given.get("select")
        extract: dict[str, str] | None = given.get("extract")
        columns = None
        if select is not None:
            roots = {path.split(".")[0].split("[")[0] for path in (extract or {}).values()}
            columns = sorted({*select, *roots} - {"context"}) or ["thread_id"]
        sort_by = given.get("sort_by") or "updated_at"
        rows = await self.services.threads.search(
            filters,
            limit=body.limit,
            offset=body.offset,
            sort_by=sort_by,
            descending=given.get("sort_order", "desc") == "desc",
            columns=columns,
        )
        headers = pagination_headers(
            offset=body.offset,
            limit=body.limit,
            returned=len(rows),
            total=await self.services.threads.count(filters),
        )
        return json_response([_search_item(row, select, extract) for row in rows], headers=headers)

    async def count_threads(self, *, request: Request, body: models.ThreadCountRequest) -> Response:
        given = given_fields(body)
        filters = ThreadFilters(
            metadata=given.get("metadata"), values=given.get("values"), status=given.get("status")
        )
        return json_response(await self.services.threads.count(filters))

    # -- state -------------------------------------------------------------------------

    async def get_thread_state(
        self, *, request: Request, thread_id: UUID, subgraphs: bool, select: list[str] | None
    ) -> Response:
        thread = await self.thread_service.get(str(thread_id))
        return json_response(
            await self.thread_service.state(thread, subgraphs=subgraphs, select=select)
        )

    async def get_thread_state_at_checkpoint(
        self,
        *,
        request: Request,
        thread_id: UUID,
        checkpoint_id: str,
        subgraphs: bool,
        select: list[str] | None,
    ) -> Response:
        thread = await self.thread_service.get(str(thread_id))
        return json_response(
            await self.thread_service.state(
                thread, checkpoint=checkpoint_id, subgraphs=subgraphs, select=select
            )
        )

    async def get_thread_state_by_checkpoint_config(
        self, *, request: Request, thread_id: UUID, body: models.ThreadStateCheckpointRequest
    ) -> Response:
        given = given_fields(body)
        thread = await self.thread_service.get(str(thread_id))
        return json_response(
            await self.thread_service.state(
                thread,
                checkpoint=given["checkpoint"],
                subgraphs=body.subgraphs,
                select=given.get("select"),
            )
        )

    async def update_thread_state(
        self, *, request: Request, thread_id: UUID, body: models.ThreadStateUpdate
    ) -> Response:
        given = given_fields(body)
        checkpoint = given.get("checkpoint") or given.get("checkpoint_id")
        thread = await self.thread_service.get(str(thread_id))
        written = await self.thread_service.update_state(
            thread,
            values=given.get("values"),
            as_node=given.get("as_node"),
            checkpoint=checkpoint,
        )
        return json_response(written)

    async def patch_thread_state(
        self, *, request: Request, thread_id: UUID, body: models.ThreadStatePatch
    ) -> Response:
        thread = await self.thread_service.get(str(thread_id))
        await self.thread_service.patch_state(thread, body.metadata)
        return Response(status_code=204)

    async def get_thread_history(
        self, *, request: Request, thread_id: UUID, limit: int, before: str | None
    ) -> Response:
        thread = await self.thread_service.get(str(thread_id))
        return json_response(await self.thread_service.history(thread, limit=limit, before=before))

    async def search_thread_history(
        self, *, request: Request, thread_id: UUID, body: models.ThreadHistoryRequest
    ) -> Response:
        given = given_fields(body)
        thread = await self.thread_service.get(str(thread_id))
        states = await self.thread_service.history(
            thread,
            limit=body.limit,
            before=given.get("before"),
            metadata=given.get("metadata"),
            checkpoint=given.get("checkpoint"),
            select=given.get("select"),
        )
        return json_response(states)

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
