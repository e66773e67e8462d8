"""Server-sent event responses for run streams: batching, heartbeats, disconnects.

Framing follows the reference exactly (see `contract.encode_sse_event`). Readers take every
event that arrived since their last read in one write, so a fast run costs few socket
writes; a `: heartbeat` comment goes out whenever nothing happened for the heartbeat
interval (the JS SDK's idle watchdog relies on it).
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import AsyncIterator, Callable, Collection, Coroutine, Mapping, Sequence
from typing import Any

import orjson
from starlette.responses import StreamingResponse

from graphport.impl.contract import SSE_HEARTBEAT, ApiError, encode_sse_event
from graphport.impl.runtime.broker import MemoryBroker, RunChannel
from graphport.impl.runtime.events import HISTORY, HISTORY_EVENTS, RUN_DONE, RunEvent
from graphport.impl.runtime.metrics import STREAMS
from graphport.impl.storage.events import EventLogRepository

logger = logging.getLogger(__name__)

SSE_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


def sse_response(
    body: AsyncIterator[bytes], headers: Mapping[str, str] | None = None
) -> StreamingResponse:
    return StreamingResponse(
        STREAMS.counted(body),
        media_type="text/event-stream",
        headers={**SSE_HEADERS, **(headers or {})},
    )


STREAM_MODES = frozenset(
    {
        "values",
        "messages",
        "messages-tuple",
        "updates",
        "events",
        "tasks",
        "checkpoints",
        "debug",
        "custom",
        "tools",
    }
)


def parse_stream_modes(values: Sequence[str] | None) -> list[str] | None:
    """`stream_mode` query values: repeated parameters, JSON arrays, or both."""
    if not values:
        return None
    modes: list[str] = []
    for item in values:
        value = str(item.value) if isinstance(item, enum.Enum) else item
        if value.startswith("["):
            try:
                parsed = orjson.loads(value)
            except orjson.JSONDecodeError:
                raise ApiError(422, f"Invalid stream_mode {value!r}: not a JSON array") from None
            if not isinstance(parsed, list) or not all(isinstance(m, str) for m in parsed):
                raise ApiError(422, f"Invalid stream_mode {value!r}: expected a list of modes")
            modes.extend(parsed)
        else:
            modes.append(value)
    modes = [m for m in modes if m]  # an empty value is no filter (the Python SDK sends one)
    unknown = [m for m in modes if m not in STREAM_MODES]
    if unknown:
        raise ApiError(
            422,
            f"Invalid stream_mode {unknown[0]!r}: expected one of {', '.join(sorted(STREAM_MODES))}",
        )
    return modes or None


def parse_last_event_id(value: str | None) -> int | None:
    """`Last-Event-ID` as a sequence number: `-1` and `-` mean before the first event.

    The reference's `<ms>-<n>` form is read by its first part. None: no position given.
    """
    if value is None or value == "":
        return None
    if value in ("-1", "-"):
        return -1
    head = value.split("-", 1)[0]
    if not head.isascii() or not head.isdigit():
        raise ApiError(422, f"Invalid Last-Event-ID {value!r}: expected an event id or -1")
    return int(head)


def mode_filter(modes: Collection[str] | None) -> frozenset[str] | None:
    """The event modes a join keeps (`messages-tuple` and `messages` both mean `messages*`)."""
    if not modes:
        return None
    return frozenset("messages" if m.startswith("messages") else m for m in modes)


def keep_event(event: RunEvent, keep: frozenset[str] | None) -> bool:
    """Run streams send every event of the run but its end marker (thread streams send it)
    and its history rows (no stream sends them)."""
    if keep is None:  # the streaming hot path: no mode filter, no need for `mode`
        name = event.event
        return name != RUN_DONE and name not in HISTORY_EVENTS
    mode = event.mode
    return mode != "lifecycle" and mode != HISTORY and mode in keep


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


THREAD_STREAM_MODES = frozenset({"run_modes", "lifecycle", "state_update"})


def _thread_keeps(event: RunEvent, modes: frozenset[str]) -> bool:
    if event.event in HISTORY_EVENTS:
        return False
    if event.event == "state_update":
        return "state_update" in modes
    if "run_modes" in modes:
        return True
    return "lifecycle" in modes and event.event in ("metadata", RUN_DONE)


def _thread_frame(event: RunEvent) -> bytes:
    name = "metadata" if event.event == RUN_DONE else event.event
    return encode_sse_event(name, event.data, str(event.seq))


async def thread_events(
    broker: MemoryBroker,
    events: EventLogRepository,
    thread_id: str,
    *,
    last: int | None,
    modes: frozenset[str],
    heartbeat: float,
) -> AsyncIterator[bytes]:
    """Every run of a thread, as it happens; replayed from `last` first. Never ends by itself.

    The subscription is taken before the replay is read, and the replay is the stored log
    plus what the thread's running runs hold in memory, so an event is either replayed or
    live, never lost or sent twice.
    """
    subscription = broker.subscribe_thread(thread_id)
    try:
        sent = -1
        if last is not None:
            replay = {e.seq: e for e in await events.read_thread(thread_id, after_seq=last)}
            for channel in broker.active_channels(thread_id):
                for event in channel.events:
                    if event.seq > last:
                        replay.setdefault(event.seq, event)
            ordered = [replay[seq] for seq in sorted(replay)]
            if ordered:
                sent = ordered[-1].seq
                chunk = b"".join(_thread_frame(e) for e in ordered if _thread_keeps(e, modes))
                if chunk:
                    yield chunk
        while True:
            taken = subscription.take()
            if taken:
                chunk = b"".join(
                    _thread_frame(e) for e in taken if e.seq > sent and _thread_keeps(e, modes)
                )
                if chunk:
                    yield chunk
                continue
            await subscription.wait(heartbeat)
            if not subscription.pending:
                yield SSE_HEARTBEAT
    finally:
        broker.unsubscribe_thread(subscription)
