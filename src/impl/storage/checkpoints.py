"""langgraph's own checkpointers, opened on the same database as everything else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from graphport.impl.storage import sqlite_inline
from graphport.impl.storage.database import DatabaseUrl
from graphport.impl.storage.setup_lock import setup_lock
from graphport.impl.storage.wal_checkpoints import NO_AUTOCHECKPOINT


@asynccontextmanager
async def open_checkpointer(url: DatabaseUrl) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """langgraph-checkpoint-sqlite in the embedded file, or langgraph-checkpoint-postgres."""
    if url.dialect == "sqlite":
        assert url.sqlite_path is not None
        # On the loop's thread, as the main engine (storage/sqlite_inline.py).
        conn = sqlite_inline.connect(url.sqlite_path, timeout=30)
        try:
            # WAL + NORMAL: commits do not fsync (durable across process crashes, not power loss),
            # the same trade-off as the main connection pool.
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=NORMAL")
            await conn.execute("PRAGMA busy_timeout=30000")
            await conn.execute(NO_AUTOCHECKPOINT)  # storage/wal_checkpoints.py
            saver = AsyncSqliteSaver(conn)  # type: ignore[arg-type]
            await saver.setup()
            yield saver
        finally:
            await conn.close()
        return
    assert url.postgres_conninfo is not None
    async with AsyncConnectionPool(
        url.postgres_conninfo,
        min_size=1,
        max_size=20,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        open=False,
    ) as pool:
        saver_pg = AsyncPostgresSaver(pool)  # type: ignore[arg-type]
        async with setup_lock(pool):
            await saver_pg.setup()
        yield saver_pg
