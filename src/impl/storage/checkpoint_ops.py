"""Checkpoint maintenance the langgraph savers do not offer on every backend.

Checkpoints carry the `run_id` of the run that wrote them in their metadata (langgraph
copies `configurable.run_id` there), which is how a rollback finds what to delete. Copying a
thread, pruning old checkpoints and rewriting a checkpoint's metadata work on the savers' own
tables, for the SQLite and the PostgreSQL saver alike.
"""

from __future__ import annotations

import json
from typing import Any

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from psycopg.types.json import Jsonb


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


# The tables of langgraph-checkpoint-sqlite (`checkpoints`, `writes`) and of
# langgraph-checkpoint-postgres (`checkpoints`, `checkpoint_blobs`, `checkpoint_writes`), as their
# savers create them. Neither saver copies threads; the SQLite one does not prune either.

_SQLITE_COPY = (
    "INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, "
    "type, checkpoint, metadata) "
    "SELECT :target, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, "
    "CASE WHEN json_type(CAST(metadata AS TEXT), '$.thread_id') IS NULL THEN metadata "
    "ELSE json_set(CAST(metadata AS TEXT), '$.thread_id', :target) END "
    "FROM checkpoints WHERE thread_id = :source",
    "INSERT INTO writes (thread_id, checkpoint_ns, checkpoint_id, task_id, task_path, idx, "
    "channel, type, value) "
    "SELECT :target, checkpoint_ns, checkpoint_id, task_id, task_path, idx, channel, type, value "
    "FROM writes WHERE thread_id = :source",
)

_POSTGRES_COPY = (
    "INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, "
    "type, checkpoint, metadata) "
    "SELECT %(target)s, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, "
    "CASE WHEN metadata ? 'thread_id' "
    "THEN jsonb_set(metadata, '{thread_id}', to_jsonb(%(target)s::text)) ELSE metadata END "
    "FROM checkpoints WHERE thread_id = %(source)s",
    "INSERT INTO checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob) "
    "SELECT %(target)s, checkpoint_ns, channel, version, type, blob "
    "FROM checkpoint_blobs WHERE thread_id = %(source)s",
    "INSERT INTO checkpoint_writes (thread_id, checkpoint_ns, checkpoint_id, task_id, task_path, "
    "idx, channel, type, blob) "
    "SELECT %(target)s, checkpoint_ns, checkpoint_id, task_id, task_path, idx, channel, type, blob "
    "FROM checkpoint_writes WHERE thread_id = %(source)s",
)


async def copy_thread_checkpoints(checkpointer: Any, source: str, target: str) -> None:
    """Copy every checkpoint and pending write of `source` to `target` (all namespaces).

    The copies keep their checkpoint ids; a `thread_id` in their metadata becomes `target`.
    """
    params = {"source": source, "target": target}
    if isinstance(checkpointer, AsyncSqliteSaver):
        async with checkpointer.lock:
            for statement in _SQLITE_COPY:
                await checkpointer.conn.execute(statement, params)
            await checkpointer.conn.commit()
        return
    if isinstance(checkpointer, AsyncPostgresSaver):
        async with checkpointer._cursor() as cur, cur.connection.transaction():
            for statement in _POSTGRES_COPY:
                await cur.execute(statement, params)
        return
    raise NotImplementedError(
        f"copying threads is not supported with {type(checkpointer).__name__}"
    )


# keep_latest on SQLite: per namespace, the newest checkpoint stays (with its pending writes)
# and loses its parent link; a finished subgraph call's namespace (`node:<task id>`) goes
# entirely unless it belongs to the root checkpoint that stays. The SQLite saver keeps channel
# values inside each checkpoint, so there are no blobs to collect.
_SQLITE_KEPT = (
    "SELECT checkpoint_ns, MAX(checkpoint_id) AS checkpoint_id FROM checkpoints "
    "WHERE thread_id = :thread GROUP BY checkpoint_ns"
)
_SQLITE_PRUNE = (
    f"WITH kept AS ({_SQLITE_KEPT}) "
    "DELETE FROM writes WHERE thread_id = :thread AND NOT EXISTS (SELECT 1 FROM kept "
    "WHERE kept.checkpoint_ns = writes.checkpoint_ns "
    "AND kept.checkpoint_id = writes.checkpoint_id)",
    f"WITH kept AS ({_SQLITE_KEPT}) "
    "DELETE FROM checkpoints WHERE thread_id = :thread AND NOT EXISTS (SELECT 1 FROM kept "
    "WHERE kept.checkpoint_ns = checkpoints.checkpoint_ns "
    "AND kept.checkpoint_id = checkpoints.checkpoint_id)",
    "UPDATE checkpoints SET parent_checkpoint_id = NULL WHERE thread_id = :thread",
    # Subgraph calls started from a root checkpoint that is gone.
    "DELETE FROM writes WHERE thread_id = :thread AND instr(checkpoint_ns, ':') > 0 "
    "AND checkpoint_ns NOT IN (SELECT checkpoint_ns FROM checkpoints WHERE thread_id = :thread "
    "AND json_extract(CAST(metadata AS TEXT), '$.parents.\"\"') IN (SELECT checkpoint_id "
    "FROM checkpoints WHERE thread_id = :thread AND checkpoint_ns = ''))",
    "DELETE FROM checkpoints WHERE thread_id = :thread AND instr(checkpoint_ns, ':') > 0 "
    "AND coalesce(json_extract(CAST(metadata AS TEXT), '$.parents.\"\"'), '') NOT IN "
    "(SELECT checkpoint_id FROM checkpoints WHERE thread_id = :thread AND checkpoint_ns = '')",
)


async def prune_thread_checkpoints(checkpointer: Any, thread_ids: list[str]) -> None:
    """Keep only each thread's latest checkpoint per namespace (the `keep_latest` strategy)."""
    if not thread_ids:
        return
    if isinstance(checkpointer, AsyncSqliteSaver):
        async with checkpointer.lock:
            for thread_id in thread_ids:
                for statement in _SQLITE_PRUNE:
                    await checkpointer.conn.execute(statement, {"thread": thread_id})
            await checkpointer.conn.commit()
        return
    if isinstance(checkpointer, AsyncPostgresSaver):
        await checkpointer.aprune(thread_ids, strategy="keep_latest")
        return
    raise NotImplementedError(f"pruning is not supported with {type(checkpointer).__name__}")


async def replace_checkpoint_metadata(
    checkpointer: Any, config: dict[str, Any], metadata: dict[str, Any]
) -> None:
    """Overwrite the metadata of the checkpoint `config` names (thread, namespace and id)."""
    configurable = config["configurable"]
    params = {
        "thread": configurable["thread_id"],
        "ns": configurable.get("checkpoint_ns", ""),
        "id": configurable["checkpoint_id"],
    }
    if isinstance(checkpointer, AsyncSqliteSaver):
        async with checkpointer.lock:
            await checkpointer.conn.execute(
                "UPDATE checkpoints SET metadata = :metadata WHERE thread_id = :thread "
                "AND checkpoint_ns = :ns AND checkpoint_id = :id",
                {**params, "metadata": json.dumps(metadata, ensure_ascii=False)},
            )
            await checkpointer.conn.commit()
        return
    if isinstance(checkpointer, AsyncPostgresSaver):
        async with checkpointer._cursor() as cur:
            await cur.execute(
                "UPDATE checkpoints SET metadata = %(metadata)s WHERE thread_id = %(thread)s "
                "AND checkpoint_ns = %(ns)s AND checkpoint_id = %(id)s",
                {**params, "metadata": Jsonb(metadata)},
            )
        return
    raise NotImplementedError(
        f"changing checkpoint metadata is not supported with {type(checkpointer).__name__}"
    )
