"""Workers starting together on a new PostgreSQL database all start.

langgraph's checkpointer and store create their tables on start; without a lock across
processes, the second of two workers starting together failed on the first one's migration
row and stopped the server (found by the scaling benchmark). Each setup here has a pool of
its own, so they meet as separate processes would: as separate sessions.
"""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from pathlib import Path

from backends import postgres_database
from graphport.impl.storage.checkpoints import open_checkpointer
from graphport.impl.storage.database import Database, DatabaseUrl
from graphport.impl.storage.long_term_store import open_store
from graphport.impl.store_config import StoreConfig

WORKERS = 4


async def test_postgres_setup_of_workers_starting_together() -> None:
    with postgres_database() as url:
        resolved = DatabaseUrl.parse(url)
        databases = [Database.open(resolved) for _ in range(WORKERS)]
        await databases[0].create_schema()
        async with AsyncExitStack() as stack:

            async def start(db: Database) -> None:
                checkpointer = await stack.enter_async_context(open_checkpointer(resolved))
                store = await stack.enter_async_context(open_store(db, StoreConfig(), Path(".")))
                config = {"configurable": {"thread_id": "t", "checkpoint_ns": ""}}
                assert await checkpointer.aget_tuple(config) is None
                assert await store.aget(("ns",), "missing") is None

            await asyncio.gather(*(start(db) for db in databases))
        for db in databases:
            await db.close()
