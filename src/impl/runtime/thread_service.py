"""Threads and their state: every rule the thread endpoints and the TTL sweeper share.

A thread's state lives in langgraph's checkpoints; the `threads` row mirrors what clients read
often (values, status, interrupts) and is brought up to date whenever this module writes a
checkpoint. Reading a state needs the thread's graph (its `metadata.graph_id`, set by the
first run or given on creation), because `next` and `tasks` come from the graph's structure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.errors import InvalidUpdateError
from langgraph.types import Command, Send, StateUpdate

from graphport.impl.contract import ApiError
from graphport.impl.runtime.graphs import Graph, GraphRegistry
from graphport.impl.runtime.run_service import RunService
from graphport.impl.runtime.snapshots import (
    checkpoint_fields,
    empty_state,
    state_config,
    state_json,
    thread_interrupts,
    thread_values,
)
from graphport.impl.storage.checkpoint_ops import (
    copy_thread_checkpoints,
    prune_thread_checkpoints,
    replace_checkpoint_metadata,
)
from graphport.impl.storage.ids import uuid7
from graphport.impl.storage.records import ThreadRecord, TtlPolicy
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadRepository

logger = logging.getLogger(__name__)

THREAD_BUSY = (
    "Thread {thread_id} has a pending or running run; wait for it to finish (or cancel it) "
    "before writing its state."
)
NO_GRAPH = (
    "Thread '{thread_id}' has no assigned graph ID. This usually occurs when no runs have been "
    "made on this particular thread. This operation requires a graph ID. Please ensure a run has "
    "been made for the thread or manually update the thread metadata (by setting the 'graph_id' "
    "field) before running this operation."
)


def thread_not_found(thread_id: str) -> ApiError:
    return ApiError(404, f"Thread with ID {thread_id} not found")


# The metadata keys the SQLite checkpointer can put in its SQL (it refuses any other key with a
# ValueError, which was a 500); the rest of a history filter is applied here, as the same
# top-level equality.
_CHECKPOINTER_FILTER_KEY = re.compile(r"^[a-zA-Z0-9_.-]+$")


def split_history_filter(
    metadata: Mapping[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the part of a history metadata filter the checkpointer applies, the part kept here)."""
    pushed: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    for key, value in metadata.items():
        (pushed if _CHECKPOINTER_FILTER_KEY.match(key) else kept)[key] = value
    return pushed, kept


@dataclass(frozen=True, slots=True)
class SuperstepUpdate:
    """One write of a superstep: `values` (or a `command`) as if `as_node` produced it."""

    as_node: str
    values: Any = None
    command: Mapping[str, Any] | None = None


class ThreadService:
    def __init__(
        self,
        *,
        threads: ThreadRepository,
        runs: RunRepository,
        run_service: RunService,
        graphs: GraphRegistry,
        default_ttl: TtlPolicy | None = None,
        cancel_wait: float = 30.0,
    ) -> None:
        self.threads = threads
        self.runs = runs
        self.run_service = run_service
        self.graphs = graphs
        self.default_ttl = default_ttl
        self.cancel_wait = cancel_wait

    @property
    def checkpointer(self) -> Any:
        if self.graphs.checkpointer is None:
            raise RuntimeError("the services have not been started (no checkpointer)")
        return self.graphs.checkpointer

    # -- the thread resource -----------------------------------------------------------

    async def get(self, thread_id: str) -> ThreadRecord:
        thread = await self.threads.get(thread_id)
        if thread is None:
            raise thread_not_found(thread_id)
        return thread

    async def create(
        self,
        *,
        thread_id: str | None,
        metadata: dict[str, Any],
        if_exists: str = "raise",
        ttl: TtlPolicy | None = None,
        supersteps: Sequence[Sequence[SuperstepUpdate]] = (),
    ) -> ThreadRecord:
        """A new thread (409 if the id is taken, unless `if_exists` is `do_nothing`)."""
        thread_id = thread_id or uuid7()
        graph_id = metadata.get("graph_id")
        if supersteps and graph_id not in self.graphs:
            raise ApiError(
                400,
                "supersteps need the thread's graph: give `metadata.graph_id` (one of "
                f"{', '.join(self.graphs.graph_ids)})",
            )
        thread, created = await self.threads.create_unless_exists(
            thread_id, metadata=metadata, ttl=ttl or self.default_ttl
        )
        if not created:
            if if_exists == "do_nothing":
                return thread
            raise ApiError(409, f"Thread with ID {thread_id} already exists")
        if not supersteps:
            return thread
        try:
            async with self._graph(thread) as graph:
                await graph.abulk_update_state(
                    state_config(thread_id, metadata=metadata),
                    [[_state_update(update) for update in step] for step in supersteps],
                )
                await self._follow_latest_checkpoint(graph, thread_id)
        except (InvalidUpdateError, ValueError, TypeError, KeyError) as exc:
            await self.checkpointer.adelete_thread(thread_id)
            await self.threads.delete(thread_id)
            raise ApiError(400, f"Cannot apply supersteps: {exc}") from None
        return await self.get(thread_id)

    async def update(
        self, thread_id: str, *, metadata: dict[str, Any] | None, ttl: TtlPolicy | None
    ) -> ThreadRecord:
        thread = await self.threads.update(thread_id, metadata=metadata, ttl=ttl)
        if thread is None:
            raise thread_not_found(thread_id)
        return thread

    async def delete(self, thread_id: str) -> None:
        """Delete a thread with its runs (active ones cancelled first), events and checkpoints."""
        await self.get(thread_id)
        await self._delete(thread_id)

    async def _delete(self, thread_id: str) -> None:
        active = await self.runs.active_for_thread(thread_id)
        for run in active:
            await self.run_service.cancel(run, "interrupt")
        for run in active:
            if await self.run_service.wait_done(run, self.cancel_wait) is None:
                logger.warning("run %s did not stop before its thread was deleted", run.run_id)
        # Runs (foreign keys cascade) and stored events (ThreadRepository.delete_in) go with it.
        await self.threads.delete(thread_id)
        await self.checkpointer.adelete_thread(thread_id)

    async def copy(self, thread_id: str) -> ThreadRecord:
        """A new thread with the source's metadata and a copy of its checkpoints."""
        source = await self.threads.get(thread_id)
        if source is None:
            # The reference answers 409 here; clients may rely on it (see the spec).
            raise ApiError(409, f"Cannot copy thread {thread_id}: it does not exist")
        target = uuid7()
        await self.threads.create(target, metadata=dict(source.metadata))
        await copy_thread_checkpoints(self.checkpointer, thread_id, target)
        copied = await self.get(target)
        if copied.metadata.get("graph_id") in self.graphs:
            async with self._graph(copied) as graph:
                await self._follow_latest_checkpoint(graph, target)
            copied = await self.get(target)
        return copied

    async def prune(self, thread_ids: Sequence[str], strategy: str) -> int:
        """Delete the listed threads, or keep only their latest checkpoints; how many existed."""
        existing = [t for t in dict.fromkeys(thread_ids) if await self.threads.get(t) is not None]
        if strategy == "delete":
            for thread_id in existing:
                await self._delete(thread_id)
        else:
            await prune_thread_checkpoints(self.checkpointer, existing)
        return len(existing)

    async def sweep_expired(self, now: datetime, limit: int = 100) -> int:
        """Apply the TTL of every thread expired by `now`; threads with active runs wait."""
        swept = 0
        for thread in await self.threads.expired(now, limit):
            if await self.runs.active_for_thread(thread.thread_id):
                continue
            try:
                if thread.ttl_strategy == "keep_latest":
                    await prune_thread_checkpoints(self.checkpointer, [thread.thread_id])
                    await self.threads.restart_ttl(thread.thread_id, now)
                else:
                    await self._delete(thread.thread_id)
            except Exception:
                logger.exception("applying the TTL of thread %s failed", thread.thread_id)
                continue
            swept += 1
        return swept

    # -- state -------------------------------------------------------------------------

    async def state(
        self,
        thread: ThreadRecord,
        *,
        checkpoint: Mapping[str, Any] | str | None = None,
        subgraphs: bool = False,
        select: Collection[str] | None = None,
    ) -> dict[str, Any]:
        """The state at the latest checkpoint, or at the one `checkpoint` names (404 if none)."""
        config = state_config(thread.thread_id, checkpoint)
        if not self._has_graph(thread):
            snapshot = None
        else:
            async with self._graph(thread, for_read=True) as graph:
                snapshot = await graph.aget_state(config, subgraphs=subgraphs)
        wanted = checkpoint_fields(checkpoint).get("checkpoint_id")
        if wanted is not None and (snapshot is None or snapshot.created_at is None):
            raise ApiError(404, f"Thread {thread.thread_id} has no checkpoint {wanted}")
        return state_json(snapshot, select) if snapshot is not None else empty_state()

    async def history(
        self,
        thread: ThreadRecord,
        *,
        limit: int,
        before: Mapping[str, Any] | str | None = None,
        metadata: dict[str, Any] | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        select: Collection[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Past states, newest first."""
        if not self._has_graph(thread):
            return []
        config = state_config(thread.thread_id, checkpoint)
        before_config = state_config(thread.thread_id, before) if before is not None else None
        pushed, kept = split_history_filter(metadata or {})
        states: list[dict[str, Any]] = []
        async with self._graph(thread, for_read=True) as graph:
            async for snapshot in graph.aget_state_history(
                config,
                filter=pushed or None,
                before=before_config,
                limit=None if kept else limit,
            ):
                found = snapshot.metadata or {}
                if all(found.get(key) == value for key, value in kept.items()):
                    states.append(state_json(snapshot, select))
                    if len(states) >= limit:
                        break
        return states

    async def update_state(
        self,
        thread: ThreadRecord,
        *,
        values: Any,
        as_node: str | None,
        checkpoint: Mapping[str, Any] | str | None,
    ) -> dict[str, Any]:
        """Write `values` as a new checkpoint, as if `as_node` ran; the thread follows it."""
        if await self.runs.active_for_thread(thread.thread_id):
            raise ApiError(409, THREAD_BUSY.format(thread_id=thread.thread_id))
        if not thread.metadata.get("graph_id"):
            raise ApiError(400, NO_GRAPH.format(thread_id=thread.thread_id))
        config = state_config(thread.thread_id, checkpoint, metadata=thread.metadata)
        async with self._graph(thread) as graph:
            try:
                written = await graph.aupdate_state(config, values, as_node=as_node)
            except (InvalidUpdateError, ValueError, TypeError, KeyError) as exc:
                raise ApiError(400, f"Cannot update the state: {exc}") from None
            await self._follow_latest_checkpoint(graph, thread.thread_id)
        configurable = written["configurable"]
        keys = {k: configurable[k] for k in ("thread_id", "checkpoint_ns", "checkpoint_id")}
        return {
            "checkpoint": keys,
            "configurable": dict(keys),
            "checkpoint_id": keys["checkpoint_id"],
        }

    async def patch_state(self, thread: ThreadRecord, metadata: dict[str, Any]) -> None:
        """Merge `metadata` into the latest checkpoint's metadata (409 without a checkpoint)."""
        latest = await self.checkpointer.aget_tuple(state_config(thread.thread_id))
        if latest is None:
            raise ApiError(409, f"Thread {thread.thread_id} has no checkpoint to patch yet")
        merged = {**(latest.metadata or {}), **metadata}
        await replace_checkpoint_metadata(self.checkpointer, latest.config, merged)

    # -- helpers -----------------------------------------------------------------------

    def _has_graph(self, thread: ThreadRecord) -> bool:
        return bool(thread.metadata.get("graph_id"))

    def _graph(self, thread: ThreadRecord, *, for_read: bool = False) -> Any:
        """The thread's graph (a context manager: factories may hold resources)."""
        graph_id = thread.metadata.get("graph_id")
        if graph_id not in self.graphs:
            status = 404 if for_read else 400
            raise ApiError(
                status,
                f"Thread {thread.thread_id} belongs to graph {graph_id!r}, which this server "
                f"does not serve (it serves {', '.join(self.graphs.graph_ids)})",
            )
        config = RunnableConfig(
            configurable={
                "thread_id": thread.thread_id,
                "graph_id": graph_id,
                "assistant_id": thread.metadata.get("assistant_id"),
            }
        )
        return self.graphs.graph_for_run(str(graph_id), config)

    async def _follow_latest_checkpoint(self, graph: Graph, thread_id: str) -> None:
        """Mirror the latest checkpoint into the thread row (values, interrupts, status)."""
        snapshot = await graph.aget_state(state_config(thread_id))
        await self.threads.record_state(
            thread_id,
            values=thread_values(snapshot),
            interrupts=thread_interrupts(snapshot),
            status="interrupted" if snapshot.next else "idle",
        )


def _state_update(update: SuperstepUpdate) -> StateUpdate:
    if update.command is None:
        return StateUpdate(update.values, update.as_node)
    goto = update.command.get("goto")
    if isinstance(goto, Mapping):
        goto = Send(goto["node"], goto.get("input"))
    elif isinstance(goto, list):
        goto = [Send(g["node"], g.get("input")) if isinstance(g, Mapping) else g for g in goto]
    command = Command(
        update=update.command.get("update"),
        resume=update.command.get("resume"),
        goto=goto if goto is not None else (),
    )
    return StateUpdate(command, update.as_node)  # type: ignore[arg-type]
