"""The run executor: takes runnable runs from the queue and runs their graphs.

At most `jobs` runs execute at once in this worker, at most one per thread, in the order
they were created. The loop sleeps until something can change what is runnable: a run is
created, a run ends, or a delayed run's time comes. There is no polling interval.

Cancellation is race-free by construction: a run's graph runs in an inner task owned by
an outer task that always finishes the run. A cancel request is recorded before the inner
task is touched, and the outer task checks for it after creating the inner task, so a
cancel that lands before the first step, inside a model call, during a checkpoint write
or while an event is emitted ends the run `interrupted` (or rolled back) and wakes every
reader.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.types import Command, Send, StreamMode
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.auth.access import user_for_graph
from graphport.impl.logs import run_context
from graphport.impl.runtime.broker import MemoryBroker, RunChannel
from graphport.impl.runtime.event_writer import FIRST_WRITE_AFTER, EventWriter
from graphport.impl.runtime.events import RUN_DONE, RunEvent
from graphport.impl.runtime.graphs import GraphRegistry
from graphport.impl.runtime.history import RunHistory, RunRecorder
from graphport.impl.runtime.protocol_events import (
    EventMapper,
    graph_stream_modes,
    normalise_stream_modes,
)
from graphport.impl.runtime.thread_state import (
    ThreadStateSummary,
    read_thread_state,
    resting_status,
)
from graphport.impl.serde import dumps
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.records import RunRecord, ThreadRecord
from graphport.impl.storage.runs import RunRepository, as_started
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)

# A run's end hands its slot to a run created here at most this many times in a row before
# it claims by the queue's own order (`RunExecutor._claim_at_end`).
FULL_CLAIM_EVERY = 8

CANCEL_MESSAGE = "interrupt requested via POST /threads/{thread_id}/runs/{run_id}/cancel"


@dataclass(slots=True)
class ExecutorSettings:
    jobs: int = 8
    lease: timedelta = timedelta(seconds=60)
    run_timeout: float | None = None
    keep_channel_seconds: float = 60.0
    # A run whose worker died is retried (from its last checkpoint) until it has had this many
    # attempts, then ends `error`.
    max_attempts: int = 3
    # Seconds running runs get to finish when the server stops; the rest are requeued.
    shutdown_grace: float = 5.0
    # With several workers, look at the shared queue at least this often (seconds), besides
    # the wake-ups other workers announce. None: only when woken (one worker).
    poll_interval: float | None = None
    # Several workers share the queue: a run's end does not hand its slot to a run created
    # here (the queue's order decides, so idle workers take what a busy one cannot).
    shared_queue: bool = False


@dataclass(slots=True)
class ActiveRun:
    run: RunRecord
    channel: RunChannel
    cancel_action: str | None = None
    inner: asyncio.Task[None] | None = None
    outer: asyncio.Task[None] | None = None
    recorder: RunRecorder | None = None
    start: tuple[ThreadRecord, int] | None = None
    """Its thread and the highest event seq of the thread's log, as read by the transaction
    that stored the run as started (None: read when the run starts)."""


@dataclass(slots=True)
class RunOutcome:
    status: str = "success"
    error: dict[str, Any] | None = None
    mapper: EventMapper | None = None
    cancelled: str | None = None


@dataclass(slots=True)
class _Emitter:
    """Numbers a run's events, publishes them to readers and queues them for storage."""

    channel: RunChannel
    writer: EventWriter
    broker: MemoryBroker
    seq: int

    def emit(self, event: str, data: bytes) -> None:
        self.seq = seq = self.seq + 1
        record = RunEvent(seq, event, data)
        channel = self.channel
        channel.publish_one(record)
        self.broker.publish_thread(channel.thread_id, record)
        self.writer.add(record)

    def store(self, event: str, data: bytes) -> None:
        """Number an event and store it in the log only (the run's history: never streamed)."""
        self.seq += 1
        self.writer.add(RunEvent(self.seq, event, data))


def _discarded_at_end(run: RunRecord) -> bool:
    """A temporary run without a webhook: its end deletes its thread, runs and events, and
    nothing reads them after (a webhook reads the stored run first: such runs keep them)."""
    return run.temporary and not run.kwargs.get("webhook")


@dataclass(slots=True)
class _EndClaim:
    """The runs a run's end claimed for this worker, and whether the queue loop must look
    again (runnable runs may remain, or a delayed run's time must be watched)."""

    runs: list[RunRecord]
    rescan: bool


@dataclass
class RunExecutor:
    runs: RunRepository
    threads: ThreadRepository
    events: EventLogRepository
    broker: MemoryBroker
    graphs: GraphRegistry
    settings: ExecutorSettings = field(default_factory=ExecutorSettings)
    worker_id: str = field(
        default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    )
    on_run_end: list[Callable[[RunRecord, str], Any]] = field(default_factory=list)
    # Called when runs vanished without ending (rollback): the thread's status is recomputed.
    on_thread_changed: list[Callable[[str], Awaitable[None]]] = field(default_factory=list)
    # The messages and token usage of each run (runtime/history.py).
    history: RunHistory = field(default_factory=RunHistory)

    def __post_init__(self) -> None:
        self._active: dict[str, ActiveRun] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._early_cancels: dict[str, str] = {}
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._slots_full = False
        self._incoming = 0  # runs created here since the queue was last looked at
        # Runs created here that could start at once but found every slot taken, oldest
        # first: a run's end starts the next of them by its primary key (see _claim_at_end).
        self._waiting_here: OrderedDict[str, RunRecord] = OrderedDict()
        self._handed_on = 0  # runs started from `_waiting_here` since the last full claim
        self._reserved = 0  # slots promised to runs being stored as started (`reserve_slot`)
        self._lease_task: asyncio.Task[None] | None = None
        self._stopping = False

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        # Loop-bound state is made here, not at construction: an app may be started again
        # on another event loop (tests, reloads).
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task = asyncio.create_task(self._loop(), name="graphport-executor")
        self._lease_task = asyncio.create_task(self._renew_leases(), name="graphport-leases")
        self.notify()

    async def stop(self) -> None:
        """Graceful shutdown: take no more runs, let running ones finish within the grace
        period, then give the rest back to the queue (another worker, or this server once it
        is back, runs them as their next attempt, from their last checkpoint)."""
        self._stopping = True
        if self._loop_task is not None:
            self._loop_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop_task
        if self._tasks and self.settings.shutdown_grace > 0:
            await asyncio.wait(set(self._tasks), timeout=self.settings.shutdown_grace)
        if self._lease_task is not None:
            self._lease_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._lease_task
        for item in list(self._active.values()):
            self._request_cancel(item, "requeue")
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def notify(self) -> None:
        """Something changed what may be runnable; look at the queue again."""
        self._wake.set()

    def take_new_run(self, run: RunRecord, *, startable: bool = False) -> bool:
        """A run was just created here: look at the queue, and say whether this worker has a
        slot for it (counting the runs created since the queue was last looked at).

        `startable`: nothing but a slot keeps it from starting (a new thread of its own, no
        delay), so a run's end may hand its slot straight to it."""
        self._incoming += 1
        if startable and not self.settings.shared_queue:
            self._waiting_here[run.run_id] = run
        self.notify()
        busy = len(self._active) + self._incoming + self._reserved
        return not self._stopping and busy <= self.settings.jobs

    def reserve_slot(self) -> bool:
        """Promise a slot to a run about to be stored as started here (`started`), if one is
        free and no runnable run of the queue waits for one. Every True is followed by
        `adopt` or `release_slot`."""
        if self._stopping or self._slots_full:
            return False
        if len(self._active) + self._incoming + self._reserved >= self.settings.jobs:
            return False
        self._reserved += 1
        return True

    def release_slot(self) -> None:
        """The run a slot was promised to was not stored."""
        self._reserved -= 1

    def started(self, run: RunRecord) -> RunRecord:
        """The record of `run` as stored when it starts at once on this worker (its next
        attempt, leased as a claim would lease it)."""
        now = utcnow()
        return as_started(
            run,
            attempt=run.attempt + 1,
            worker_id=self.worker_id,
            now=now,
            until=now + self.settings.lease,
        )

    def adopt(self, run: RunRecord, start: tuple[ThreadRecord, int] | None = None) -> None:
        """Execute a run stored as started here (its slot was reserved); `start`: see
        `ActiveRun.start`."""
        self._reserved -= 1
        self._begin(run, start)

    @property
    def active_count(self) -> int:
        return len(self._active)

    def is_local(self, run_id: str) -> bool:
        return run_id in self._active

    # -- the queue loop --------------------------------------------------------------

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                timeout = await self._fill_slots()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("run queue loop failed; retrying")
                timeout = 1.0
            poll = self.settings.poll_interval
            if poll is not None:
                timeout = poll if timeout is None else min(timeout, poll)
            try:
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()

    async def _fill_slots(self) -> float | None:
        """Claim what can run now, in one transaction; the seconds until a delayed run is
        due (None: sleep until woken)."""
        self._incoming = 0
        free = self.settings.jobs - len(self._active) - self._reserved
        if free <= 0 or self._stopping:
            self._slots_full = True
            return None
        claimed, next_due = await self.runs.claim(self.worker_id, self.settings.lease, free)
        # Every slot taken: more runnable runs may be waiting for one, so a run's end must
        # look at the queue again. Otherwise the queue holds nothing runnable right now.
        self._slots_full = len(claimed) >= free
        for run in claimed:
            self._begin(run)
        if next_due is None:
            return None
        return max(0.0, (next_due - utcnow()).total_seconds())

    def _begin(self, run: RunRecord, start: tuple[ThreadRecord, int] | None = None) -> None:
        self._waiting_here.pop(run.run_id, None)
        channel = self.broker.open(run.run_id, run.thread_id)
        active = ActiveRun(run=run, channel=channel, start=start)
        self._active[run.run_id] = active
        early = self._early_cancels.pop(run.run_id, None)
        if early is not None:
            active.cancel_action = early
        active.outer = asyncio.create_task(self._execute(active), name=f"run-{run.run_id}")
        self._tasks.add(active.outer)
        active.outer.add_done_callback(self._tasks.discard)

    async def _renew_leases(self) -> None:
        """The heartbeat: renew the leases of the runs here, and reap those of dead workers."""
        interval = max(0.2, self.settings.lease.total_seconds() / 3)
        while True:
            await asyncio.sleep(interval)
            try:
                await self.runs.renew_leases(
                    self.worker_id, list(self._active), self.settings.lease
                )
                await self._reap()
            except Exception:
                logger.exception("renewing or reaping run leases failed")

    async def _reap(self) -> None:
        requeued, given_up = await self.runs.reap_expired(self.settings.max_attempts)
        for run in requeued:
            logger.warning(
                "run %s lost its worker; retrying it (attempt %d of %d)",
                run.run_id,
                run.attempt + 1,
                self.settings.max_attempts,
                extra={"run_id": run.run_id, "thread_id": run.thread_id},
            )
        for run in given_up:
            await self._give_up(run)
        if requeued:
            self.notify()
            await self.broker.announce_runnable()

    async def _give_up(self, run: RunRecord) -> None:
        """End a run whose workers died `max_attempts` times: `error`, and its readers told."""
        logger.error(
            "run %s lost its worker on attempt %d; giving up",
            run.run_id,
            run.attempt,
            extra={"run_id": run.run_id, "thread_id": run.thread_id},
        )
        error = {
            "error": "WorkerLost",
            "message": f"The worker running this run stopped (attempt {run.attempt} of "
            f"{self.settings.max_attempts}); no attempts are left.",
        }
        channel = self.broker.open(run.run_id, run.thread_id)
        thread = await self.threads.get(run.thread_id)
        seq = max(
            thread.event_seq if thread else 0,
            await self.events.last_seq(run.thread_id),
            await self.broker.last_seq(run.run_id),
        )
        writer = EventWriter(self.events, run.thread_id, run.run_id)
        emitter = _Emitter(channel, writer, self.broker, seq)
        emitter.emit("error", dumps(error))
        emitter.emit(RUN_DONE, dumps({"status": "run_done", "run_id": run.run_id}))
        await writer.close()
        state = await self._thread_state(run)
        result = dumps({"__error__": error})
        async with self.runs.db.transaction() as conn:
            await self.runs.finish(
                conn, run.run_id, status="error", result=result.decode(), error=error
            )
            await self.threads.record_run_end(
                conn,
                run.thread_id,
                status="error",
                values=state.values,
                interrupts=state.interrupts,
                error=error,
                event_seq=emitter.seq,
            )
        channel.finish("error", result)
        await self._after_run(run, "error")

    # -- cancellation ----------------------------------------------------------------

    def cancel_local(self, run_id: str, action: str) -> bool:
        """Cancel a run this worker executes; False if it is not here."""
        active = self._active.get(run_id)
        if active is None:
            return False
        self._request_cancel(active, action)
        return True

    def cancel_when_claimed(self, run_id: str, action: str) -> None:
        """A run was claimed but is not registered yet: cancel it as soon as it is."""
        if not self.cancel_local(run_id, action):
            self._early_cancels[run_id] = action

    @staticmethod
    def _request_cancel(active: ActiveRun, action: str) -> None:
        if active.cancel_action is None or action == "rollback":
            active.cancel_action = action
        if active.inner is not None and not active.inner.done():
            active.inner.cancel()

    # -- one run ---------------------------------------------------------------------

    async def _execute(self, active: ActiveRun) -> None:
        with run_context(active.run.run_id, active.run.thread_id):
            await self._execute_run(active)

    async def _execute_run(self, active: ActiveRun) -> None:
        run = active.run
        outcome = RunOutcome()
        # A discarded run's events are never read from the log (live readers and resumed
        # streams read the channel), so none are written while it runs.
        writer = EventWriter(
            self.events,
            run.thread_id,
            run.run_id,
            first_write_after=None if _discarded_at_end(run) else FIRST_WRITE_AFTER,
        )
        emitter: _Emitter | None = None
        try:
            thread: ThreadRecord | None
            if run.temporary and run.attempt == 1:
                # The thread was created with the run: no values, no events yet.
                thread, logged_seq = None, 0
            elif active.start is not None:
                thread, logged_seq = active.start
            else:
                # The log itself is the authority on used ids (a rolled-back or crashed run
                # may have stored events the thread's counter never saw).
                thread, logged_seq = await self.threads.get_for_run(run.thread_id)
            # A retried run may follow events of its earlier attempt that only the broker saw.
            base = max(
                thread.event_seq if thread else 0,
                logged_seq,
                await self.broker.last_seq(run.run_id),
            )
            early = await self.broker.cancel_requested(run.run_id)
            if early is not None and active.cancel_action is None:
                active.cancel_action = early
            emitter = _Emitter(active.channel, writer, self.broker, base)
            emitter.emit("metadata", dumps({"run_id": run.run_id, "attempt": run.attempt}))
            active.recorder = self.history.begin(
                run.run_id, run.thread_id, thread.values if thread else None
            )
            inner = asyncio.create_task(
                self._run_graph(run, emitter, outcome, active.recorder.callbacks)
            )
            active.inner = inner
            if active.cancel_action is not None:
                inner.cancel()
            try:
                await inner
            except asyncio.CancelledError:
                if active.cancel_action is None:
                    raise
                outcome.cancelled = active.cancel_action
        except asyncio.CancelledError:
            outcome.cancelled = active.cancel_action or "interrupt"
        except Exception as exc:  # infrastructure failure around the graph
            logger.exception("run %s failed outside its graph", run.run_id)
            outcome.status = "error"
            outcome.error = {"error": type(exc).__name__, "message": str(exc)}
            if emitter is not None:
                emitter.emit("error", dumps(outcome.error))
        finally:
            await asyncio.shield(self._finish(active, outcome, writer, emitter))

    async def _run_graph(
        self, run: RunRecord, emitter: _Emitter, outcome: RunOutcome, callbacks: list[Any]
    ) -> None:
        kwargs = run.kwargs
        config = _run_config(kwargs)
        config["callbacks"] = callbacks
        graph_id = config["configurable"]["graph_id"]
        modes = normalise_stream_modes(kwargs.get("stream_mode"))
        mapper = EventMapper(modes)
        outcome.mapper = mapper
        subgraphs = bool(kwargs.get("subgraphs"))
        # The root chain of LangChain callbacks is the run itself (as on the reference), which
        # is how `events` tells the run's own stream chunks from its children's events.
        config["run_id"] = uuid.UUID(run.run_id)
        config["run_name"] = graph_id
        options: dict[str, Any] = {
            "context": kwargs.get("context") or None,
            "stream_mode": cast(list[StreamMode], graph_stream_modes(modes)),
            "subgraphs": subgraphs,
            "interrupt_before": kwargs.get("interrupt_before"),
            "interrupt_after": kwargs.get("interrupt_after"),
            # A temporary run's checkpoints are in memory and go with it: when they are
            # written makes no difference to anyone, so only the last one is.
            "durability": "exit" if run.temporary else kwargs.get("durability") or "async",
        }
        with_events = "events" in modes
        graph_input = _graph_input(kwargs)
        if run.attempt > 1 and await self._has_own_checkpoint(run):
            # A retry after its worker died: go on from the run's last checkpoint.
            graph_input = None
        try:
            async with self.graphs.graph_for_run(
                graph_id, config, ephemeral=run.temporary
            ) as graph:
                async with asyncio.timeout(self.settings.run_timeout):
                    if with_events:
                        events = graph.astream_events(graph_input, config, version="v2", **options)
                        async for event in events:
                            if event["event"] != "on_chain_stream" or event["run_id"] != run.run_id:
                                emitter.emit("events", dumps(event))
                                continue
                            item = event["data"]["chunk"]
                            namespace, mode, chunk = item if subgraphs else ((), *item)
                            for name, data in mapper.map(namespace, mode, chunk):
                                emitter.emit(name, data)
                    else:
                        stream: AsyncIterator[Any] = graph.astream(graph_input, config, **options)
                        emit, map_chunk = emitter.emit, mapper.map  # the per-event hot path
                        if subgraphs:
                            async for namespace, mode, chunk in stream:
                                for name, data in map_chunk(namespace, mode, chunk):
                                    emit(name, data)
                        else:
                            async for mode, chunk in stream:
                                for name, data in map_chunk((), mode, chunk):
                                    emit(name, data)
        except TimeoutError:
            outcome.status = "timeout"
            outcome.error = {
                "error": "TimeoutError",
                "message": f"Run exceeded its timeout of {self.settings.run_timeout} s",
            }
            emitter.emit("error", dumps(outcome.error))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            outcome.status = "error"
            outcome.error = {"error": type(exc).__name__, "message": str(exc)}
            emitter.emit("error", dumps(outcome.error))

    async def _has_own_checkpoint(self, run: RunRecord) -> bool:
        """Whether the thread's latest checkpoint was written by this run (an earlier attempt)."""
        checkpointer = self.graphs.ephemeral if run.temporary else self.graphs.checkpointer
        if checkpointer is None:
            return False
        latest = await checkpointer.aget_tuple(
            {"configurable": {"thread_id": run.thread_id, "checkpoint_ns": ""}}
        )
        return latest is not None and (latest.metadata or {}).get("run_id") == run.run_id

    async def _finish(
        self,
        active: ActiveRun,
        outcome: RunOutcome,
        writer: EventWriter,
        emitter: _Emitter | None,
    ) -> None:
        run = active.run
        recorder = active.recorder
        claim: _EndClaim | None = None  # what the run's end claimed (None: nothing tried)
        wake = True  # whether the queue loop must look again (a clean end decides below)
        discarded = False
        try:
            if outcome.cancelled == "requeue":
                # The server is stopping: the run goes back to the queue and its readers keep
                # waiting (its next attempt continues it, on this server or another).
                await writer.close()
                await self.runs.requeue(self.worker_id, [run.run_id])
                return
            if emitter is not None:
                if recorder is not None:
                    mapper = outcome.mapper
                    for name, data in recorder.rows(mapper.last_values if mapper else None):
                        emitter.store(name, data)
                emitter.emit(RUN_DONE, dumps({"status": "run_done", "run_id": run.run_id}))
            if outcome.cancelled == "rollback":
                await writer.close()
                await self._rollback(run, emitter.seq if emitter is not None else None)
                active.channel.finish("interrupted", b"{}")
                return
            if outcome.cancelled is not None:
                outcome.status = "interrupted"
            if _discarded_at_end(run):
                # Nothing reads a temporary run's records once it has ended (a webhook reads
                # the stored run first: such runs take the long way below). Its thread goes
                # with its runs; its events were never stored.
                result = await self._result(run, outcome)
                await writer.settle()
                async with self.runs.db.transaction() as conn:
                    await self.threads.delete_in(conn, run.thread_id)
                    if self._slots_full:
                        claim = await self._claim_at_end(conn, queued=False)
                discarded = True
                wake = False
                active.channel.finish(outcome.status, result)
                return
            state = await self._thread_state(run)
            result = await self._result(run, outcome, state)
            thread_error: dict[str, Any] | None = outcome.error
            if outcome.cancelled is not None:
                thread_error = {"error": "UserInterrupt", "message": CANCEL_MESSAGE}
            thread_status = resting_status(thread_error, state)
            # The events not stored yet (all of a short run's) go with the run's end.
            unstored = await writer.settle()
            async with self.runs.db.transaction() as conn:
                await self.events.append_in(conn, run.thread_id, run.run_id, unstored, utcnow())
                await self.runs.finish(
                    conn,
                    run.run_id,
                    status=outcome.status,
                    result=result.decode(),
                    error=outcome.error,
                    counters=recorder.counters() if recorder is not None else None,
                )
                queued = await self.threads.record_run_end(
                    conn,
                    run.thread_id,
                    status=thread_status,
                    values=state.values,
                    interrupts=state.interrupts,
                    error=thread_error,
                    event_seq=emitter.seq if emitter is not None else None,
                )
                # Only a run queued behind this one, or one waiting for a slot, can start now.
                if queued or self._slots_full:
                    claim = await self._claim_at_end(conn, queued=queued)
            wake = False
            active.channel.finish(outcome.status, result)
        except Exception:
            logger.exception("finishing run %s failed", run.run_id)
            if not active.channel.done:
                active.channel.finish(
                    "error",
                    dumps(
                        {
                            "__error__": {
                                "error": "InternalError",
                                "message": "run bookkeeping failed",
                            }
                        }
                    ),
                )
        finally:
            self._active.pop(run.run_id, None)
            if claim is not None:
                # Begun before anything else can look at the slots (no await since the claim).
                for claimed in claim.runs:
                    self._begin(claimed)
                wake = claim.rescan
            self.history.end(run.run_id)
            if run.temporary:
                self.graphs.ephemeral.delete_thread(run.thread_id)
            if outcome.cancelled != "requeue":
                await self._after_run(run, outcome.status, wake=wake, discarded=discarded)

    async def _claim_at_end(self, conn: AsyncConnection, *, queued: bool) -> _EndClaim:
        """Claim what can run now in the transaction that records a run's end (its slot is
        free once it commits): the queue's next run starts without a transaction of its own.

        On a worker of its own, the runs created here that wait only for a slot go first,
        each started by its primary key. The full claim (the oldest runnable runs of the whole
        queue) takes the slots left over, and goes first when a run waits behind the ended one
        on its thread and at least once in `FULL_CLAIM_EVERY` hand-overs, so that runs created
        elsewhere (another worker, before a restart, a retry) are never starved by a steady
        stream of local ones.
        """
        free = self.settings.jobs - len(self._active) - self._reserved + 1
        if self._stopping or free <= 0:
            return _EndClaim([], rescan=True)
        claimed: list[RunRecord] = []
        try:
            if conn.dialect.name == "postgresql":
                # A lost race (another worker started a run of the same thread) must not undo
                # the run's end: on PostgreSQL a failed statement aborts the transaction.
                async with conn.begin_nested():
                    next_due = await self._claim_into(conn, claimed, free, queued)
            else:
                next_due = await self._claim_into(conn, claimed, free, queued)
        except IntegrityError:
            return _EndClaim([], rescan=True)
        self._slots_full = len(claimed) >= free
        # The queue loop looks again when a delayed run's time must be watched, or when
        # runnable runs may still wait (for other workers too: `_after_run` announces them).
        return _EndClaim(claimed, rescan=self._slots_full or next_due is not None)

    async def _claim_into(
        self, conn: AsyncConnection, claimed: list[RunRecord], free: int, queued: bool
    ) -> datetime | None:
        """Fill `claimed` with up to `free` runs (see `_claim_at_end`); the next due time of
        a delayed run when the full claim ran and found fewer than it could take."""
        if not queued and self._handed_on < FULL_CLAIM_EVERY:
            while self._waiting_here and len(claimed) < free:
                _, waiting = self._waiting_here.popitem(last=False)
                started = await self.runs.start_in(
                    conn, waiting, self.worker_id, self.settings.lease
                )
                if started is not None:  # else cancelled, deleted or started meanwhile
                    claimed.append(started)
            self._handed_on += len(claimed)
            if len(claimed) >= free:
                return None
        self._handed_on = 0
        more, next_due = await self.runs.claim_in(
            conn, self.worker_id, self.settings.lease, free - len(claimed)
        )
        claimed.extend(more)
        return next_due

    async def _result(
        self, run: RunRecord, outcome: RunOutcome, state: ThreadStateSummary | None = None
    ) -> bytes:
        """A run's wait/join body: its error, else its last values (the thread's state is
        read only when the run streamed none)."""
        mapper = outcome.mapper
        if outcome.status == "error" and outcome.error is not None:
            return dumps({"__error__": outcome.error})
        if mapper is not None and mapper.has_values:
            return dumps(mapper.last_values)
        if state is None:
            state = await self._thread_state(run)
        return dumps(state.values) if state.values is not None else b"{}"

    async def _thread_state(self, run: RunRecord) -> ThreadStateSummary:
        """What the run's thread holds now (a temporary run's: in memory)."""
        config = _run_config(run.kwargs)
        graph_id = config["configurable"]["graph_id"]
        return await read_thread_state(
            self.graphs, run.thread_id, graph_id, config, ephemeral=run.temporary
        )

    async def _discard(self, run: RunRecord) -> None:
        """Delete a temporary run's thread, with its runs and events (its checkpoints were
        kept in memory: see GraphRegistry.ephemeral)."""
        await self.threads.delete(run.thread_id)

    async def _after_run(
        self, run: RunRecord, status: str, *, wake: bool = True, discarded: bool = False
    ) -> None:
        self.broker.close_later(run.run_id, self.settings.keep_channel_seconds)
        for hook in self.on_run_end:
            try:
                maybe = hook(run, status)
                if asyncio.iscoroutine(maybe):
                    await maybe
            except Exception:
                logger.exception("run-end hook failed for run %s", run.run_id)
        if run.temporary and not discarded:
            # After the hooks: a webhook reads the run and its thread first.
            try:
                await self._discard(run)
            except Exception:
                logger.exception("deleting the thread of temporary run %s failed", run.run_id)
        if wake:
            self.notify()
            with contextlib.suppress(Exception):
                await self.broker.announce_runnable()

    async def _rollback(self, run: RunRecord, last_seq: int | None) -> None:
        """Delete the run, its events and every checkpoint it wrote.

        The thread is left as before the run, except that its event counter keeps what the
        run used: ids already sent to thread-stream readers are never handed out again.
        """
        checkpointer = self.graphs.checkpointer
        if checkpointer is not None:
            await delete_run_checkpoints(checkpointer, run.thread_id, run.run_id)
        await self.runs.delete(run.run_id)
        await self.events.delete_run(run.run_id)
        if last_seq is not None:
            await self.threads.advance_event_seq(run.thread_id, last_seq)
        for hook in self.on_thread_changed:
            await hook(run.thread_id)


async def delete_run_checkpoints(checkpointer: Any, thread_id: str, run_id: str) -> None:
    """Remove the checkpoints (and their writes) a run created on its thread."""
    delete_for_runs = getattr(checkpointer, "adelete_for_runs", None)
    try:
        if delete_for_runs is not None:
            await delete_for_runs([run_id])
            return
    except NotImplementedError:
        pass
    from graphport.impl.storage.checkpoint_ops import delete_checkpoints_of_run

    await delete_checkpoints_of_run(checkpointer, thread_id, run_id)


def _run_config(kwargs: dict[str, Any]) -> RunnableConfig:
    config: dict[str, Any] = dict(kwargs.get("config") or {})
    config["configurable"] = dict(config.get("configurable") or {})
    user_for_graph(config["configurable"])
    return config  # type: ignore[return-value]


def _graph_input(kwargs: dict[str, Any]) -> Any:
    command = kwargs.get("command")
    if command:
        goto = command.get("goto")
        if isinstance(goto, dict):
            goto = Send(goto["node"], goto.get("input"))
        elif isinstance(goto, list):
            goto = [Send(g["node"], g.get("input")) if isinstance(g, dict) else g for g in goto]
        return Command(
            update=command.get("update"),
            resume=command.get("resume"),
            goto=goto if goto is not None else (),
        )
    return kwargs.get("input")
