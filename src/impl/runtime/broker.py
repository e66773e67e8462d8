"""The stream broker: how a run's events reach every stream that reads them.

A run's events go to a `RunChannel`, an append-only list in memory. Streams hold a
cursor into it and are woken when events arrive, so a slow reader never slows the run
and a reader that falls behind gets everything it missed in one batch. The channel also
carries the run's end (and its wait/join result), which is what wakes joiners.

This is the in-process broker (one worker). Several workers share events through Redis
instead (see the Redis broker), behind the same interface.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable, Iterable
from typing import Protocol

from graphport.impl.runtime.events import RunEvent


async def _until(waiter: asyncio.Future[None], max_wait: float | None) -> None:
    """Wait for a future the channel shares between its readers (shielded: one reader's
    timeout does not cancel it for the others), or `max_wait` seconds."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(max_wait):
            await asyncio.shield(waiter)


class RunChannel:
    """The events of one run, in order, plus its end."""

    __slots__ = (
        "_end_waiter",
        "_waiter",
        "done",
        "events",
        "result",
        "run_id",
        "sink",
        "status",
        "thread_id",
    )

    def __init__(self, run_id: str, thread_id: str) -> None:
        self.run_id = run_id
        self.thread_id = thread_id
        self.events: list[RunEvent] = []
        self.done = False
        self.result: bytes | None = None
        self.status: str | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._end_waiter: asyncio.Future[None] | None = None  # wakes `wait_end` only
        # Where this worker's own events and end also go (the Redis broker: other workers).
        self.sink: ChannelSink | None = None

    def publish(self, events: Iterable[RunEvent]) -> None:
        for event in events:
            self.publish_one(event)

    def publish_one(self, event: RunEvent) -> None:
        self.events.append(event)
        if self.sink is not None:
            self.sink.event(self, event)
        self._wake()

    def finish(self, status: str, result: bytes | None) -> None:
        """Mark the run ended; every reader drains what is left and stops."""
        if self.sink is not None and not self.done:
            self.sink.end(self, status, result)
        self.feed_end(status, result)

    def feed(self, event: RunEvent) -> None:
        """An event another worker published (not sent on again)."""
        if self.events and event.seq <= self.events[-1].seq:
            return
        self.events.append(event)
        self._wake()

    def feed_end(self, status: str, result: bytes | None) -> None:
        """The run's end, as another worker (or this one) recorded it."""
        if self.done:
            return
        self.status = status
        self.result = result
        self.done = True
        self._wake()
        end_waiter, self._end_waiter = self._end_waiter, None
        if end_waiter is not None and not end_waiter.done():
            end_waiter.set_result(None)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def wait(self, cursor: int, max_wait: float | None) -> None:
        """Return once there are events past `cursor`, the run has ended, or `max_wait` passed."""
        if cursor < len(self.events) or self.done:
            return
        if self._waiter is None:
            self._waiter = asyncio.get_running_loop().create_future()
        await _until(self._waiter, max_wait)

    async def wait_end(self, max_wait: float | None) -> None:
        """Return once the run has ended or `max_wait` passed (a wait/join answer: its
        readers are not woken by every event, as `wait`'s are)."""
        if self.done:
            return
        if self._end_waiter is None:
            self._end_waiter = asyncio.get_running_loop().create_future()
        await _until(self._end_waiter, max_wait)

    def index_after(self, seq: int) -> int:
        """The cursor of the first event whose seq is greater than `seq`."""
        events = self.events
        lo, hi = 0, len(events)
        while lo < hi:
            mid = (lo + hi) // 2
            if events[mid].seq <= seq:
                lo = mid + 1
            else:
                hi = mid
        return lo


class ChannelSink(Protocol):
    """Receives what the worker running a run publishes on its channel."""

    def event(self, channel: RunChannel, event: RunEvent) -> None: ...

    def end(self, channel: RunChannel, status: str, result: bytes | None) -> None: ...


class ThreadSubscription:
    """One reader of a thread stream: the events of the thread it has not taken yet."""

    __slots__ = ("_waiter", "pending", "thread_id")

    def __init__(self, thread_id: str) -> None:
        self.thread_id = thread_id
        self.pending: deque[RunEvent] = deque()
        self._waiter: asyncio.Future[None] | None = None

    def push(self, event: RunEvent) -> None:
        self.pending.append(event)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def take(self) -> list[RunEvent]:
        taken = list(self.pending)
        self.pending.clear()
        return taken

    async def wait(self, max_wait: float | None) -> None:
        """Return once events are pending or `max_wait` passed."""
        if self.pending:
            return
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(max_wait):
                await self._waiter
        except TimeoutError:
            self._waiter = None


class MemoryBroker:
    """Channels of the runs this process knows about, by run id, and thread channels.

    Thread streams (`GET /threads/{id}/stream`) subscribe to a thread: every event of its runs,
    and the thread's own events, are handed to each subscription as well.
    """

    def __init__(self) -> None:
        self._channels: dict[str, RunChannel] = {}
        self._threads: dict[str, set[ThreadSubscription]] = {}
        # Set by the composition root: cancel a run this worker executes (or will, once
        # claimed), and look at the run queue again.
        self.cancel_handler: Callable[[str, str], object] | None = None
        self.wake_handler: Callable[[], None] | None = None
        self.published = 0  # run events published by this worker (for /metrics)

    # -- what several workers share (the Redis broker overrides these) ---------------

    async def start(self) -> None:
        """Connect to whatever the broker shares events through (nothing in memory)."""

    async def stop(self) -> None:
        self.clear()

    async def request_cancel(self, run_id: str, action: str) -> None:
        """Cancel a running run wherever it runs (here: in this process)."""
        if self.cancel_handler is not None:
            self.cancel_handler(run_id, action)

    async def cancel_requested(self, run_id: str) -> str | None:
        """A cancel recorded for a run before its worker registered it (shared brokers)."""
        return None

    async def announce_runnable(self) -> None:
        """A run may have become runnable: every worker looks at the queue again."""
        if self.wake_handler is not None:
            self.wake_handler()

    async def last_seq(self, run_id: str) -> int:
        """The highest event id published for a run (a retried run continues after it)."""
        channel = self._channels.get(run_id)
        return channel.events[-1].seq if channel is not None and channel.events else 0

    async def attach(self, run_id: str, thread_id: str) -> RunChannel:
        """The run's channel for a reader that joins now, holding every event published so far."""
        return self.open(run_id, thread_id)

    @property
    def active_streams(self) -> int:
        """Readers of thread streams in this worker (for /metrics)."""
        return sum(len(readers) for readers in self._threads.values())

    # -- channels ---------------------------------------------------------------------

    def subscribe_thread(self, thread_id: str) -> ThreadSubscription:
        subscription = ThreadSubscription(thread_id)
        self._threads.setdefault(thread_id, set()).add(subscription)
        return subscription

    def unsubscribe_thread(self, subscription: ThreadSubscription) -> None:
        readers = self._threads.get(subscription.thread_id)
        if readers is not None:
            readers.discard(subscription)
            if not readers:
                del self._threads[subscription.thread_id]

    def publish_thread(self, thread_id: str, event: RunEvent) -> None:
        """Give an event to the thread's readers, if it has any (every run event comes here)."""
        self.published += 1
        for subscription in self._threads.get(thread_id, ()):
            subscription.push(event)

    def active_channels(self, thread_id: str) -> list[RunChannel]:
        """The channels of this thread's runs that are still going on."""
        return [c for c in self._channels.values() if c.thread_id == thread_id and not c.done]

    def open(self, run_id: str, thread_id: str) -> RunChannel:
        """The run's channel, created if it does not exist yet."""
        channel = self._channels.get(run_id)
        if channel is None:
            channel = self._channels[run_id] = RunChannel(run_id, thread_id)
        return channel

    def get(self, run_id: str) -> RunChannel | None:
        return self._channels.get(run_id)

    def discard(self, run_id: str) -> None:
        """Forget a run; readers that hold its channel keep reading it to the end."""
        self._channels.pop(run_id, None)

    def clear(self) -> None:
        """Forget every channel (the server is stopping)."""
        self._channels.clear()
        self._threads.clear()

    def close_later(self, run_id: str, delay: float) -> None:
        """Keep an ended run's channel a little while for late joiners, then drop it."""
        asyncio.get_running_loop().call_later(delay, self.discard, run_id)
