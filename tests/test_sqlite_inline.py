"""The inline SQLite shim (storage/sqlite_inline.py): aiosqlite's interface, no thread.

Checks the two things the shim promises: the call shapes langgraph's `AsyncSqliteSaver` and
SQLAlchemy's aiosqlite dialect use (awaited, or used with `async with`), and that writers of one
process meet in the database's asyncio lock, so a writer waiting for another never blocks the
event loop.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from langgraph.checkpoint.base import empty_checkpoint
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from sqlalchemy import text

from graphport.impl.storage import sqlite_inline
from graphport.impl.storage.database import Database


async def test_execute_is_awaitable_and_a_context_manager(tmp_path: Path) -> None:
    conn = sqlite_inline.connect(tmp_path / "a.db")
    assert await conn is conn
    assert conn.is_alive()
    await conn.executescript("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT);")
    await conn.executemany("INSERT INTO t (k, v) VALUES (?, ?)", [(1, "a"), (2, "b")])
    await conn.commit()
    async with conn.execute("SELECT v FROM t ORDER BY k") as cursor:
        assert [row async for row in cursor] == [("a",), ("b",)]
    cursor = await conn.execute("SELECT count(*) FROM t WHERE k > ?", (1,))
    assert await cursor.fetchone() == (1,)
    async with conn.cursor() as cur:
        await cur.execute("UPDATE t SET v = 'c' WHERE k = 2")
        assert cur.rowcount == 1
    await conn.rollback()
    assert await (await conn.execute("SELECT v FROM t WHERE k = 2")).fetchall() == [("b",)]
    with pytest.raises(sqlite3.OperationalError):
        await conn.execute("SELECT * FROM missing")
    await conn.close()
    assert not conn.is_alive()
    with pytest.raises(ValueError, match="no active connection"):
        await conn.execute("SELECT 1")


async def test_langgraph_checkpointer_runs_on_it(tmp_path: Path) -> None:
    conn = sqlite_inline.connect(tmp_path / "cp.db")
    saver = AsyncSqliteSaver(conn)  # type: ignore[arg-type]
    await saver.setup()
    config = {"configurable": {"thread_id": "t1", "checkpoint_ns": ""}}
    checkpoint = empty_checkpoint()
    stored = await saver.aput(config, checkpoint, {"source": "input", "step": -1}, {})
    await saver.aput_writes(stored, [("channel", {"x": 1})], task_id="task-1")
    got = await saver.aget_tuple(stored)
    assert got is not None
    assert got.checkpoint["id"] == checkpoint["id"]
    assert got.pending_writes == [("task-1", "channel", {"x": 1})]
    assert [c.checkpoint["id"] async for c in saver.alist(config)] == [checkpoint["id"]]
    await saver.adelete_thread("t1")
    assert await saver.aget_tuple(config) is None
    await conn.close()


async def test_a_waiting_writer_does_not_block_the_loop(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'w.db'}")
    await db.create_schema()
    ticks = 0
    first_holds = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    async def first() -> None:
        async with db.transaction() as conn:
            await conn.execute(text("CREATE TABLE IF NOT EXISTS x (v INTEGER)"))
            first_holds.set()
            await asyncio.sleep(0.3)  # holds SQLite's write lock across an await
            await conn.execute(text("INSERT INTO x (v) VALUES (1)"))

    async def second() -> None:
        await first_holds.wait()
        async with db.transaction() as conn:
            await conn.execute(text("INSERT INTO x (v) VALUES (2)"))

    tick_task = asyncio.create_task(ticker())
    try:
        await asyncio.wait_for(asyncio.gather(first(), second()), timeout=10)
    finally:
        tick_task.cancel()
    # The loop kept turning while the second writer waited (~60 ticks in 0.3 s).
    assert ticks >= 20
    async with db.connection() as conn:
        rows = (await conn.execute(text("SELECT v FROM x ORDER BY rowid"))).scalars().all()
    assert rows == [1, 2]
    await db.close()
