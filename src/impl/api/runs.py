"""Thread runs and stateless runs: thin handlers over the run service and the broker."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from graphport.generated import models
from graphport.generated.api import StatelessRunsApi, ThreadRunsApi
from graphport.impl.api.shapes import json_response, raw_json_response, run_json
from graphport.impl.api.streams import (
    channel_events,
    keep_event,
    mode_filter,
    parse_last_event_id,
    parse_stream_modes,
    sse_response,
)
from graphport.impl.auth.access import confines
from graphport.impl.contract import ApiError
from graphport.impl.runtime.broker import RunChannel
from graphport.impl.runtime.events import RunEvent
from graphport.impl.runtime.run_service import NO_RUNS_TO_CANCEL
from graphport.impl.serde import dumps
from graphport.impl.services import Services
from graphport.impl.storage.records import RunRecord

RUN_NOT_FOUND_ERROR = {"error": "HTTPException", "message": "404: Run not found"}


def _payload(body: Any) -> dict[str, Any]:
    """The request body as plain JSON data; unset and null fields are both "not given"."""
    return {k: v for k, v in body.model_dump(mode="json").items() if v is not None}


def _run_path(run: RunRecord) -> str:
    return f"/threads/{run.thread_id}/runs/{run.run_id}"


def _content_location(run: RunRecord) -> dict[str, str]:
    return {"Content-Location": _run_path(run)}


def _join_headers(run: RunRecord) -> dict[str, str]:
    return {"Location": f"{_run_path(run)}/join", "Content-Location": _run_path(run)}


def _stream_headers(run: RunRecord, stateless: bool = False) -> dict[str, str]:
    # As the reference: a stateless stream names the run alone (`/runs/{run_id}`), so clients do
    # not check a temporary thread that `on_completion: delete` is about to remove.
    path = f"/runs/{run.run_id}" if stateless else _run_path(run)
    return {"Location": f"{path}/stream", "Content-Location": path}


class _RunsBase:
    """What thread runs and stateless runs share: creating, streaming and waiting."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.run_service = services.run_service
        self.heartbeat = services.settings.heartbeat_interval

    async def _stream_new_run(self, payload: dict[str, Any], thread_id: str | None) -> Response:
        run = await self.run_service.create(payload, thread_id=thread_id)
        channel = self.services.broker.open(run.run_id, run.thread_id)
        cancel = None
        if payload.get("on_disconnect") == "cancel":
            cancel = self._canceller(run)
        body = channel_events(
            channel,
            cursor=0,
            with_ids=bool(run.kwargs.get("resumable")),
            heartbeat=self.heartbeat,
            on_disconnect=cancel,
        )
        return sse_response(body, _stream_headers(run, stateless=thread_id is None))

    def _canceller(self, run: RunRecord, action: str = "interrupt") -> Any:
        async def cancel() -> None:
            current = await self.services.runs.get(run.run_id)
            if current is not None and current.active:
                await self.run_service.cancel(current, action)

        return cancel

    async def _wait_new_run(self, payload: dict[str, Any], thread_id: str | None) -> Response:
        run = await self.run_service.create(payload, thread_id=thread_id)
        return await self._wait_response(run, _join_headers(run))

    async def _wait_response(
        self, run: RunRecord, headers: dict[str, str], cancel: Any = None
    ) -> Response:
        """A JSON answer that arrives when the run ends; a newline keeps the line alive meanwhile.

        Without a cancel on disconnect, the answer waits here for the first keep-alive's time
        (until then a streamed answer sends no bytes either): a run that has ended by then is
        answered in one piece, without the streaming machinery (a task group and a disconnect
        listener per request: about a tenth of a short stateless run's cost).
        """
        keep_alive = b""
        if cancel is None:
            result = await self.run_service.wait_done(run, self.heartbeat)
            if result is not None:
                return Response(result, media_type="application/json", headers=headers)
            keep_alive = b"\n"  # the first keep-alive is due now

        async def body() -> AsyncIterator[bytes]:
            finished = False
            try:
                if keep_alive:
                    yield keep_alive
                while True:
                    result = await self.run_service.wait_done(run, self.heartbeat)
                    if result is not None:
                        finished = True
                        yield result
                        return
                    yield b"\n"
            finally:
                if not finished and cancel is not None:
                    asyncio.get_running_loop().create_task(cancel())

        return StreamingResponse(body(), media_type="application/json", headers=headers)


class ThreadRunsService(_RunsBase, ThreadRunsApi):
    async def create_run(
        self, *, request: Request, thread_id: UUID, body: models.RunCreate
    ) -> Response:
        run = await self.run_service.create(_payload(body), thread_id=str(thread_id))
        return json_response(run_json(run), headers=_content_location(run))

    async def stream_run(
        self, *, request: Request, thread_id: UUID, body: models.RunCreate
    ) -> Response:
        return await self._stream_new_run(_payload(body), str(thread_id))

    async def wait_run(
        self, *, request: Request, thread_id: UUID, body: models.RunCreate
    ) -> Response:
        return await self._wait_new_run(_payload(body), str(thread_id))

    async def list_runs(
        self,
        *,
        request: Request,
        thread_id: UUID,
        limit: int,
        offset: int,
        status: models.RunStatus | None,
        select: list[models.RunSelectField] | None,
    ) -> Response:
        if await self.services.threads.get(str(thread_id)) is None:
            raise ApiError(404, f"Thread {thread_id} not found")
        runs = await self.services.runs.list_for_thread(
            str(thread_id), limit=limit, offset=offset, status=status.value if status else None
        )
        fields = [s.value for s in select] if select else None
        return json_response([run_json(r, fields) for r in runs])

    async def _get(self, thread_id: UUID, run_id: UUID) -> RunRecord:
        run = await self.services.runs.get(str(run_id), str(thread_id))
        if run is None:
            raise ApiError(404, f"Run {run_id} not found")
        return run

    async def get_run(self, *, request: Request, thread_id: UUID, run_id: UUID) -> Response:
        return json_response(run_json(await self._get(thread_id, run_id)))

    async def delete_run(self, *, request: Request, thread_id: UUID, run_id: UUID) -> Response:
        run = await self._get(thread_id, run_id)
        await self.run_service.delete_run(run)
        return Response(status_code=204)

    async def join_run(
        self, *, request: Request, thread_id: UUID, run_id: UUID, cancel_on_disconnect: bool
    ) -> Response:
        run = await self.services.runs.get(str(run_id), str(thread_id))
        if run is None:
            # A stateless run's record goes with its thread when it ends; its result stays
            # in memory a while for whoever joins right then -- unless the caller sees only
            # some threads: nothing in memory says whose it was.
            channel = None if confines("threads") else self.services.broker.get(str(run_id))
            if channel is not None and channel.done and channel.thread_id == str(thread_id):
                return raw_json_response(channel.result or b"{}")
            return json_response({"__error__": RUN_NOT_FOUND_ERROR})
        cancel = self._canceller(run) if cancel_on_disconnect else None
        return await self._wait_response(run, _join_headers(run), cancel)

    async def join_run_stream(
        self,
        *,
        request: Request,
        thread_id: UUID,
        run_id: UUID,
        stream_mode: list[models.StreamMode | str] | None,
        cancel_on_disconnect: bool,
        checkpoint_id: str | None,
        namespace: str | None,
        last_event_id: str | None,
    ) -> Response:
        keep = mode_filter(parse_stream_modes(stream_mode))
        last = parse_last_event_id(last_event_id)
        run = await self.services.runs.get(str(run_id), str(thread_id))
        if run is None:
            return sse_response(_one_event("error", dumps(RUN_NOT_FOUND_ERROR)))
        cancel = self._canceller(run) if cancel_on_disconnect else None
        # The SDKs reconnect a dropped join stream through its Location, as on the reference.
        return sse_response(await self._run_stream(run, last, keep, cancel), _stream_headers(run))

    async def _run_stream(
        self,
        run: RunRecord,
        last: int | None,
        keep: frozenset[str] | None,
        cancel: Any = None,
    ) -> AsyncIterator[bytes]:
        """A join: replay after `last` (resumable runs), then live events until the end."""
        resumable = bool(run.kwargs.get("resumable"))
        replay = resumable and last is not None
        channel: RunChannel | None = self.services.broker.get(run.run_id)
        if channel is None and run.active:
            channel = await self.services.broker.attach(run.run_id, run.thread_id)
        if channel is None:
            stored: list[RunEvent] = []
            if replay:
                assert last is not None
                stored = await self.services.events.read_run(run.run_id, after_seq=last)
            return _replay_only(stored, keep)
        if replay:
            assert last is not None
            cursor = channel.index_after(last)
        else:
            cursor = len(channel.events)
        return channel_events(
            channel,
            cursor=cursor,
            with_ids=resumable,
            heartbeat=self.heartbeat,
            keep=keep,
            on_disconnect=cancel,
        )

    async def cancel_and_stream_run(
        self,
        *,
        request: Request,
        thread_id: UUID,
        run_id: UUID,
        action: models.CancelAction | None,
        wait: bool,
    ) -> Response:
        run = await self._get(thread_id, run_id)
        if action is not None and run.active:
            await self.run_service.cancel(run, action.value)
        if wait:
            if run.active:
                await self.run_service.wait_done(run, None)
            return Response(status_code=204)
        return sse_response(await self._run_stream(run, None, None))

    async def cancel_run(
        self,
        *,
        request: Request,
        thread_id: UUID,
        run_id: UUID,
        wait: bool,
        action: models.CancelAction | None,
        reason: str | None,
    ) -> Response:
        run = await self.services.runs.get(str(run_id), str(thread_id))
        if run is None or not run.active:
            raise ApiError(404, NO_RUNS_TO_CANCEL)
        await self.run_service.cancel(run, action.value if action else "interrupt")
        if not wait:
            return Response(status_code=202)
        result = await self.run_service.wait_done(run, None)
        return raw_json_response(result or b"{}", headers=_join_headers(run))

    async def cancel_runs(
        self, *, request: Request, action: models.CancelAction | None, body: models.RunsCancel
    ) -> Response:
        selector = body.root
        if isinstance(selector, models.RunsCancelByIds):
            cancelled = await self.run_service.cancel_many(
                action.value if action else "interrupt",
                thread_id=str(selector.thread_id),
                run_ids=[str(r) for r in selector.run_ids],
            )
            if cancelled == 0:
                raise ApiError(404, NO_RUNS_TO_CANCEL)
        else:
            await self.run_service.cancel_many(
                action.value if action else "interrupt", status=selector.status.value
            )
        return Response(status_code=204)


class StatelessRunsService(_RunsBase, StatelessRunsApi):
    async def create_stateless_run(
        self, *, request: Request, body: models.StatelessRunCreate
    ) -> Response:
        run = await self.run_service.create(_payload(body), thread_id=None)
        return json_response(run_json(run), headers=_content_location(run))

    async def stream_stateless_run(
        self, *, request: Request, body: models.StatelessRunCreate
    ) -> Response:
        return await self._stream_new_run(_payload(body), None)

    async def wait_stateless_run(
        self, *, request: Request, body: models.StatelessRunCreate
    ) -> Response:
        return await self._wait_new_run(_payload(body), None)

    async def create_run_batch(self, *, request: Request, body: models.RunBatchCreate) -> Response:
        created = []
        for item in body.root:
            created.append(await self.run_service.create(_payload(item), thread_id=None))
        return json_response([run_json(r) for r in created])


async def _one_event(event: str, data: bytes) -> AsyncIterator[bytes]:
    from graphport.impl.contract import encode_sse_event

    yield encode_sse_event(event, data, None)


async def _replay_only(events: list[RunEvent], keep: frozenset[str] | None) -> AsyncIterator[bytes]:
    chunk = b"".join(e.frame(True) for e in events if keep_event(e, keep))
    if chunk:
        yield chunk
