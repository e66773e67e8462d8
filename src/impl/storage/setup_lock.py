"""One process at a time creates langgraph's own PostgreSQL tables.

`AsyncPostgresSaver.setup()` and `AsyncPostgresStore.setup()` read their migrations table,
then insert the migrations they ran: two workers starting together on a new database both
find a migration missing, and the second insert fails (`duplicate key value violates unique
constraint "checkpoint_migrations_pkey"`), so that worker, and with it the server, stops.
Our own schema has the same guard (`migrate.upgrade`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from psycopg.rows import tuple_row
from psycopg_pool import AsyncConnectionPool

_SETUP_LOCK = 0x6770_7365_7475_7001  # "gpsetup" + 1: any key no other lock of ours uses
_RETRY_SECONDS = 0.05


@asynccontextmanager
async def setup_lock(pool: AsyncConnectionPool[Any]) -> AsyncIterator[None]:
    """Hold a session advisory lock (on a connection of `pool`) while the caller sets up.

    Waiting is a loop of `pg_try_advisory_lock`, not a blocking `pg_advisory_lock`: the
    checkpointer's setup runs `CREATE INDEX CONCURRENTLY`, which waits for every transaction
    open on the database, and a session blocked in `pg_advisory_lock` is one (a deadlock that
    PostgreSQL does not detect).
    """
    async with pool.connection() as conn:
        while True:
            cursor = await conn.cursor(row_factory=tuple_row).execute(
                "SELECT pg_try_advisory_lock(%s)", (_SETUP_LOCK,)
            )
            row = await cursor.fetchone()
            if row is not None and row[0]:
                break
            await asyncio.sleep(_RETRY_SECONDS)
        try:
            yield
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK,))
