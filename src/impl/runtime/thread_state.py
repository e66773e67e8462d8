"""What a thread's latest checkpoint says: its values, pending nodes and interrupts.

The thread row keeps a copy (values, interrupts, status) so that reads and searches don't
need the graph; this is how that copy is computed, after a run or after runs vanished.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import RunnableConfig

from graphport.impl.runtime.graphs import GraphRegistry
from graphport.impl.serde import to_jsonable

USER_CANCELS = frozenset({"UserInterrupt", "UserRollback"})


@dataclass(slots=True)
class ThreadStateSummary:
    values: Any = None
    next: list[str] = field(default_factory=list)
    interrupts: dict[str, Any] = field(default_factory=dict)


async def read_thread_state(
    graphs: GraphRegistry,
    thread_id: str,
    graph_id: str | None,
    config: RunnableConfig | None = None,
    *,
    ephemeral: bool = False,
) -> ThreadStateSummary:
    """The summary of the thread's latest checkpoint (empty if it has none, or no graph);
    `ephemeral`: of a temporary run's thread, checkpointed in memory."""
    if graph_id is None or graph_id not in graphs:
        return ThreadStateSummary()
    run_config: RunnableConfig = config or {"configurable": {"graph_id": graph_id}}
    state_config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
    async with graphs.graph_for_run(graph_id, run_config, ephemeral=ephemeral) as graph:
        snapshot = await graph.aget_state(state_config)
    if snapshot.created_at is None:
        return ThreadStateSummary()
    interrupts: dict[str, Any] = {}
    for task in snapshot.tasks:
        if task.interrupts:
            interrupts[task.id] = [{"id": i.id, "value": i.value} for i in task.interrupts]
    return ThreadStateSummary(
        values=to_jsonable(snapshot.values),
        next=list(snapshot.next),
        interrupts=to_jsonable(interrupts),
    )


def resting_status(error: dict[str, Any] | None, state: ThreadStateSummary) -> str:
    """A thread's status when none of its runs is active."""
    if error and error.get("error") not in USER_CANCELS:
        return "error"
    return "interrupted" if state.next else "idle"
