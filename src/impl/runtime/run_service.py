"""Creating, cancelling and waiting for runs: the rules every run endpoint shares.

Validation happens here, before anything is stored, so a bad request never leaves a
half-created run or thread behind: the assistant must resolve, `config.configurable` and
`context` must not both be given, a resume needs a thread, and the thread's active runs
decide (by `multitask_strategy`) whether the run is rejected, queued, or replaces them.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from langgraph.version import __version__ as langgraph_version
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport import __version__ as graphport_version
from graphport.impl.auth.access import configurable_user_id, run_identity
from graphport.impl.contract import ApiError
from graphport.impl.formats import check_uri_reference
from graphport.impl.runtime.broker import MemoryBroker, RunChannel
from graphport.impl.runtime.executor import RunExecutor
from graphport.impl.runtime.graphs import GraphRegistry
from graphport.impl.runtime.protocol_events import normalise_stream_modes
from graphport.impl.runtime.thread_state import read_thread_state, resting_status
from graphport.impl.serde import dumps
from graphport.impl.storage.assistants import AssistantRepository
from graphport.impl.storage.database import Database
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.ids import system_assistant_id, uuid7
from graphport.impl.storage.records import AssistantRecord, RunRecord
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.storage.types import utcnow

THREAD_OR_ASSISTANT_NOT_FOUND = "Thread or assistant not found."
REJECTED_MESSAGE = (
    "Thread is already running a task. Wait for it to finish or choose a different multitask "
    "strategy."
)
NO_RUNS_TO_CANCEL = (
    "No matching runs to cancel. Please verify the thread ID and run IDs are correct, and the "
    "runs haven't been deleted or completed."
)


class NotClaimed(Exception):
    """A run's `claim` said no (another scheduler fired the cron): no run was stored."""


class RunService:
    def __init__(
        self,
        *,
        db: Database,
        threads: ThreadRepository,
        runs: RunRepository,
        assistants: AssistantRepository,
        graphs: GraphRegistry,
        broker: MemoryBroker,
        executor: RunExecutor,
        events: EventLogRepository,
    ) -> None:
        self.events = events
        self.db = db
        self.threads = threads
        self.runs = runs
        self.assistants = assistants
        self.graphs = graphs
        self.broker = broker
        self.executor = executor
        # The webhook policy (runtime/webhooks.py): a URL it refuses is a 422 at creation.
        self.check_webhook: Callable[[str | None], Awaitable[None]] | None = None

    # -- assistants ------------------------------------------------------------------

    async def resolve_assistant(
        self, assistant_id: str, conn: AsyncConnection | None = None
    ) -> AssistantRecord:
        """An assistant UUID, or a graph id standing for its system assistant."""
        try:
            parsed = str(uuid.UUID(assistant_id))
        except ValueError:
            if assistant_id in self.graphs:
                found = await self.assistants.get(system_assistant_id(assistant_id), conn)
                if found is not None:
                    return found
            raise ApiError(
                422,
                f"Invalid assistant: '{assistant_id}'. Must be either:\n"
                "- A valid assistant UUID, or\n"
                f"- One of the registered graphs: {', '.join(self.graphs.graph_ids)}",
            ) from None
        found = await self.assistants.get(parsed, conn)
        if found is None:
            raise ApiError(404, THREAD_OR_ASSISTANT_NOT_FOUND)
        return found

    # -- creation --------------------------------------------------------------------

    async def create(
        self,
        payload: dict[str, Any],
        *,
        thread_id: str | None,
        request_id: str | None = None,
        cron_id: str | None = None,
        claim: Callable[[AsyncConnection], Awaitable[bool]] | None = None,
    ) -> RunRecord:
        """Validate and store a run (stateless when `thread_id` is None); it starts when it can.

        `cron_id` names the cron whose execution this is (kept in `config.configurable`).
        `claim` runs first in the transaction that stores the run: when it returns False,
        nothing is stored and `NotClaimed` is raised (a cron scheduler's claim of a due date
        and the run it fires commit together, or not at all).
        """
        check_uri_reference(payload.get("webhook"), "webhook")
        if self.check_webhook is not None:
            await self.check_webhook(payload.get("webhook"))
        stateless = thread_id is None
        strategy = payload.get("multitask_strategy") or "enqueue"
        now = utcnow()
        run_id = uuid7()
        new_thread_id = uuid7() if stateless else thread_id
        assert new_thread_id is not None

        # One transaction from the assistant's lookup to the stored run (a request that fails
        # a check stores nothing); the checks keep the reference's order.
        started: RunRecord | None = None  # the run as stored when it starts here at once
        try:
            async with self.db.transaction() as conn:
                if claim is not None and not await claim(conn):
                    raise NotClaimed()
                assistant = await self.resolve_assistant(payload["assistant_id"], conn)
                command: dict[str, Any] = payload.get("command") or {}
                if stateless and command and command.get("resume") is not None:
                    raise ApiError(400, "You must provide a thread_id when resuming.")
                config_in = dict(payload.get("config") or {})
                user_configurable = dict(config_in.get("configurable") or {})
                context_in = payload.get("context")
                if context_in and user_configurable:
                    raise ApiError(
                        400,
                        "Give either `context` or `config.configurable`, not both: `context` is "
                        "the replacement for `configurable` in LangGraph 0.6 and later.",
                    )
                runs_on = {"graph_id": assistant.graph_id, "assistant_id": assistant.assistant_id}
                thread_config = _thread_config(assistant, config_in)
                active: list[RunRecord] = []
                logged_seq = 0  # the highest event seq the thread's log holds
                if stateless:
                    # A new thread of its own, busy from the start (nothing else runs on it).
                    thread = await self.threads.create(
                        new_thread_id,
                        metadata=runs_on,
                        status="busy",
                        config=thread_config,
                        conn=conn,
                        now=now,
                    )
                else:
                    # Locked: concurrent creations on this thread see each other's runs.
                    found, logged_seq = await self.threads.get_for_run(
                        new_thread_id, conn, lock=True
                    )
                    if found is None:
                        if (payload.get("if_not_exists") or "reject") != "create":
                            raise ApiError(404, THREAD_OR_ASSISTANT_NOT_FOUND)
                        found = await self.threads.create(new_thread_id, conn=conn, now=now)
                    thread = found
                    active = await self.runs.active_for_thread(new_thread_id, conn)
                if active and strategy == "reject":
                    raise ApiError(409, REJECTED_MESSAGE)
                resuming = command.get("resume") is not None
                if payload.get("strict_resume") and resuming and thread.status != "interrupted":
                    raise ApiError(
                        422, "strict_resume: the thread has no pending interrupt to resume."
                    )
                run = self._build_record(
                    payload,
                    run_id=run_id,
                    thread_id=new_thread_id,
                    thread_metadata=thread.metadata,
                    assistant=assistant,
                    user_configurable=user_configurable,
                    config_in=config_in,
                    stateless=stateless,
                    request_id=request_id,
                    now=now,
                )
                if cron_id is not None:
                    run.kwargs["config"]["configurable"]["cron_id"] = cron_id
                # A run that a free slot here can take is stored as started: no claim, no
                # wake-up of the queue loop. Nothing else may run on its thread: a stateless
                # run's thread is its own, and a thread run's has no pending or running run
                # (the thread's row is locked until this transaction ends).
                startable = run.run_after <= now and (stateless or not active)
                if startable and self.executor.reserve_slot():
                    started = self.executor.started(run)
                await self.runs.insert(conn, started or run)
                if not stateless:
                    await self.threads.mark_busy(conn, thread, runs_on, config=thread_config)
        except BaseException:
            if started is not None:
                self.executor.release_slot()
            raise
        self.broker.open(run.run_id, run.thread_id)
        if started is not None:
            # Nothing else ran on the thread since it was read (this run holds it), so the
            # run starts from what this transaction saw instead of reading it again.
            self.executor.adopt(started, None if stateless else (thread, logged_seq))
            return run  # as the reference answers a creation: `pending`
        if active and strategy in ("interrupt", "rollback"):
            for previous in active:
                await self.cancel(previous, strategy)
        if not self.executor.take_new_run(run, startable=startable and stateless):
            # Other workers look only when this one cannot take the run now: a run executed
            # where it was created answers its waiting client without a hop through Redis,
            # and idle workers do not race this one for it.
            await self.broker.announce_runnable()
        return run

    def _build_record(
        self,
        payload: dict[str, Any],
        *,
        run_id: str,
        thread_id: str,
        thread_metadata: dict[str, Any],
        assistant: AssistantRecord,
        user_configurable: dict[str, Any],
        config_in: dict[str, Any],
        stateless: bool,
        request_id: str | None,
        now: Any,
    ) -> RunRecord:
        user_values = dict(payload.get("context") or user_configurable)
        assistant_configurable = dict((assistant.config or {}).get("configurable") or {})
        after_seconds = float(payload.get("after_seconds") or 0)
        configurable: dict[str, Any] = {
            **assistant_configurable,
            **(assistant.context or {}),
            **user_values,
            **run_identity(),
            "langgraph_request_id": request_id or str(uuid.uuid4()),
            "__request_start_time_ms__": int(time.time() * 1000),
            "__after_seconds__": after_seconds,
            "run_id": run_id,
            "thread_id": thread_id,
            "graph_id": assistant.graph_id,
            "assistant_id": assistant.assistant_id,
            "user_id": configurable_user_id(),
        }
        checkpoint = payload.get("checkpoint") or {}
        for key in ("checkpoint_id", "checkpoint_ns", "checkpoint_map"):
            if checkpoint.get(key) is not None:
                configurable[key] = checkpoint[key]
        if payload.get("checkpoint_id"):
            configurable["checkpoint_id"] = payload["checkpoint_id"]
        # As the reference merges them: the assistant's, the thread's, the config's and the
        # request's metadata, later ones winning; the ids the run was created with last.
        run_metadata = {
            **(assistant.metadata or {}),
            **thread_metadata,
            **(config_in.get("metadata") or {}),
            **(payload.get("metadata") or {}),
            "graph_id": assistant.graph_id,
            "assistant_id": assistant.assistant_id,
        }
        config = {
            **{k: v for k, v in (assistant.config or {}).items() if k != "configurable"},
            **{k: v for k, v in config_in.items() if k != "configurable"},
            "configurable": configurable,
            "metadata": {
                **run_metadata,
                "run_attempt": 1,
                "langgraph_version": langgraph_version,
                "graphport_version": graphport_version,
                "langgraph_host": "self-hosted",
            },
        }
        durability = payload.get("durability")
        if durability is None:
            checkpoint_during = payload.get("checkpoint_during")
            durability = "exit" if checkpoint_during is False else "async"
        kwargs: dict[str, Any] = {
            "input": payload.get("input"),
            "command": payload.get("command"),
            "config": config,
            "context": {**(assistant.context or {}), **user_values},
            "stream_mode": normalise_stream_modes(payload.get("stream_mode")),
            "interrupt_before": payload.get("interrupt_before"),
            "interrupt_after": payload.get("interrupt_after"),
            "webhook": payload.get("webhook"),
            "feedback_keys": payload.get("feedback_keys"),
            "temporary": stateless and (payload.get("on_completion") or "delete") == "delete",
            "subgraphs": bool(payload.get("stream_subgraphs")),
            "resumable": bool(payload.get("stream_resumable")),
            "checkpoint_during": durability != "exit",
            "durability": durability,
        }
        if payload.get("langsmith_tracer") is not None:
            kwargs["langsmith_tracer"] = payload["langsmith_tracer"]
        return RunRecord(
            run_id=run_id,
            thread_id=thread_id,
            assistant_id=assistant.assistant_id,
            status="pending",
            metadata=run_metadata,
            kwargs=kwargs,
            multitask_strategy=payload.get("multitask_strategy") or "enqueue",
            created_at=now,
            updated_at=now,
            run_after=now + timedelta(seconds=after_seconds),
            temporary=bool(kwargs["temporary"]),
        )

    # -- cancellation ----------------------------------------------------------------

    async def cancel(self, run: RunRecord, action: str) -> None:
        """Cancel an active run (a no-op for one that has ended meanwhile)."""
        if run.status == "pending":
            if action == "rollback":
                done = await self.runs.delete_if(run.run_id, statuses=("pending",))
            else:
                done = await self.runs.set_status_if(
                    run.run_id, from_statuses=("pending",), status="interrupted"
                )
            if done:
                channel = self.broker.open(run.run_id, run.thread_id)
                thread = await self.threads.get(run.thread_id)
                result_body = (
                    b"{}" if action == "rollback" or thread is None else dumps(thread.values or {})
                )
                channel.finish("interrupted", result_body)
                self.broker.close_later(run.run_id, 60.0)
                await self.refresh_thread(run.thread_id)
                self.executor.notify()
                return
        if self.executor.is_local(run.run_id):
            self.executor.cancel_local(run.run_id, action)
        else:
            # Whichever worker runs it (this one, once it has registered the run, or another).
            await self.broker.request_cancel(run.run_id, action)

    async def cancel_many(
        self,
        action: str,
        *,
        thread_id: str | None = None,
        run_ids: list[str] | None = None,
        status: str | None = None,
    ) -> int:
        """Cancel the active runs that match; returns how many were cancelled."""
        if thread_id is not None:
            wanted = set(run_ids or [])
            targets = [
                r for r in await self.runs.active_for_thread(thread_id) if r.run_id in wanted
            ]
        else:
            statuses = ("pending", "running") if status == "all" else (status or "pending",)
            targets = await self.runs.with_statuses(statuses)
        for run in targets:
            await self.cancel(run, action)
        return len(targets)

    async def delete_run(self, run: RunRecord) -> None:
        """Delete a run and its stored events; an active run is cancelled first."""
        if run.active:
            await self.cancel(run, "interrupt")
            await self.wait_done(run, None)
        await self.runs.delete(run.run_id)
        await self.events.delete_run(run.run_id)
        await self.refresh_thread(run.thread_id)

    async def refresh_thread(self, thread_id: str) -> None:
        """Recompute a thread's status and state copy after runs vanished without ending."""
        thread = await self.threads.get(thread_id)
        if thread is None:
            return
        if await self.runs.active_for_thread(thread_id):
            return  # still busy; the active runs' ends will settle it
        state = await read_thread_state(self.graphs, thread_id, thread.metadata.get("graph_id"))
        await self.threads.set_resting_state(
            thread_id,
            status=resting_status(thread.error, state),
            values=state.values,
            interrupts=state.interrupts,
        )

    # -- waiting ---------------------------------------------------------------------

    def channel(self, run: RunRecord) -> RunChannel | None:
        return self.broker.get(run.run_id)

    async def wait_done(self, run: RunRecord, max_wait: float | None) -> bytes | None:
        """The run's wait/join body once it has ended; None if `max_wait` passed first."""
        channel = self.broker.get(run.run_id)
        if channel is None:
            stored = await self.runs.get(run.run_id)
            if stored is None:
                return b"{}"
            if not stored.active:
                return stored.result.encode() if stored.result is not None else b"{}"
            channel = await self.broker.attach(run.run_id, run.thread_id)
        loop = asyncio.get_running_loop()
        deadline = None if max_wait is None else loop.time() + max_wait
        while not channel.done:
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return None
            await channel.wait_end(remaining)
        return channel.result or b"{}"


def _thread_config(assistant: AssistantRecord, config_in: dict[str, Any]) -> dict[str, Any]:
    """The config a thread shows once a run is created on it, as the reference shows it.

    The run's own settings (`tags`, `recursion_limit`, ...) over the assistant's, with the
    assistant's `configurable` (not the run's: run-level values stay with the run).
    """
    return {
        **{k: v for k, v in assistant.config.items() if k != "configurable"},
        **{k: v for k, v in config_in.items() if k not in ("configurable", "metadata")},
        "configurable": dict(assistant.config.get("configurable") or {}),
    }
