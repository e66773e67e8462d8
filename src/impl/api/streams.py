"""Server-sent event responses for run streams: batching, heartbeats, disconnects.

Framing follows the reference exactly (see `contract.encode_sse_event`). Readers take every
event that arrived since their last read in one write, so a fast run costs few socket
writes; a `: heartbeat` comment goes out whenever nothing happened for the heartbeat
interval (the JS SDK's idle watchdog relies on it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Collection, Coroutine, Mapping
from typing import Any

from starlette.responses import StreamingResponse

from graphport.impl.contract import SSE_HEARTBEAT
from graphport.impl.runtime.broker import RunChannel
from graphport.impl.runtime.events import RunEvent

logger = logging.getLogger(__name__)

SSE_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


def sse_response(
    body: AsyncIterator[bytes], headers: Mapping[str, str] | None = None
) -> StreamingResponse:
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={**SSE_HEADERS, **(headers or {})},
    )


def mode_filter(modes: Collection[str] | None) -> frozenset[str] | None:
    """The event modes a join keeps (`messages-tuple` and `messages` both mean `messages*`)."""
    if not modes:
        return None
    return frozenset("messages" if m.startswith("messages") else m for m in modes)


def keep_event(event: RunEvent, keep: frozenset[str] | None) -> bool:
    """Run streams send every event of the run but its end marker (thread streams send it)."""
    mode = event.mode
    return mode != "lifecycle" and (keep is None or mode in keep)


async def channel_events(
    channel: RunChannel,
    *,
    cursor: int,
    with_ids: bool,
    heartbeat: float,
    keep: frozenset[str] | None = None,
    prefix: list[RunEvent] | None = None,
    on_disconnect: Callable[[], Coroutine[Any, Any, None]] | None = None,
) -> AsyncIterator[bytes]:
    """Stream a run's events from `cursor` until the run ends.

    `prefix` are events to send first (a replay read from storage). `on_disconnect` runs
    if the client goes away before the run has ended.
    """
    finished = False
    try:
        if prefix:
            chunk = b"".join(e.frame(with_ids) for e in prefix if keep_event(e, keep))
            if chunk:
                yield chunk
        while True:
            events = channel.events
            if cursor < len(events):
                end = len(events)
                chunk = b"".join(
                    events[i].frame(with_ids)
                    for i in range(cursor, end)
                    if keep_event(events[i], keep)
                )
                cursor = end
                if chunk:
                    yield chunk
                continue
            if channel.done:
                finished = True
                return
            await channel.wait(cursor, heartbeat)
            if cursor == len(channel.events) and not channel.done:
                yield SSE_HEARTBEAT
    finally:
        if not finished and on_disconnect is not None and not channel.done:
            # The client went away mid-run; the response task is being torn down, so the
            # reaction runs on its own.
            task: asyncio.Task[None] = asyncio.get_running_loop().create_task(on_disconnect())
            _BACKGROUND.add(task)
            task.add_done_callback(_BACKGROUND.discard)


_BACKGROUND: set[asyncio.Task[None]] = set()
