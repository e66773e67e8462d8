"""Checkpoint maintenance the langgraph savers do not offer on every backend.

Checkpoints carry the `run_id` of the run that wrote them in their metadata (langgraph
copies `configurable.run_id` there), which is how a rollback finds what to delete.
"""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver


async def delete_checkpoints_of_run(checkpointer: Any, thread_id: str, run_id: str) -> None:
    """Delete every checkpoint (all namespaces) and pending write a run created."""
    if isinstance(checkpointer, AsyncSqliteSaver):
        async with checkpointer.lock:
            conn = checkpointer.conn
            where = (
                "thread_id = ? AND checkpoint_id IN (SELECT checkpoint_id FROM checkpoints "
                "WHERE thread_id = ? AND json_extract(CAST(metadata AS TEXT), '$.run_id') = ?)"
            )
            await conn.execute(f"DELETE FROM writes WHERE {where}", (thread_id, thread_id, run_id))
            await conn.execute(
                "DELETE FROM checkpoints WHERE thread_id = ? "
                "AND json_extract(CAST(metadata AS TEXT), '$.run_id') = ?",
                (thread_id, run_id),
            )
            await conn.commit()
        return
    if isinstance(checkpointer, AsyncPostgresSaver):
        async with checkpointer._cursor(pipeline=False) as cur:
            await cur.execute(
                "DELETE FROM checkpoint_writes WHERE thread_id = %s AND checkpoint_id IN ("
                "SELECT checkpoint_id FROM checkpoints WHERE thread_id = %s "
                "AND metadata->>'run_id' = %s)",
                (thread_id, thread_id, run_id),
            )
            await cur.execute(
                "DELETE FROM checkpoints WHERE thread_id = %s AND metadata->>'run_id' = %s",
                (thread_id, run_id),
            )
        return
    raise NotImplementedError(f"rollback is not supported with {type(checkpointer).__name__}")
