"""The embedded database's WAL is checkpointed by a thread, never inside a commit.

A commit that crossed SQLite's automatic checkpoint limit copied the log into the database file
before returning, on the event loop's thread: 12-14 ms stalls every few large runs. Every
connection now turns automatic checkpoints off, and `WalCheckpointer` copies the log a few
times a second (storage/wal_checkpoints.py).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from graphport.impl.storage.database import Database


def _size(folder: Path) -> int:
    """Bytes of the database file itself (not its log)."""
    return (folder / "wal.db").stat().st_size


async def test_commits_leave_checkpoints_to_the_thread(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'wal.db'}")
    try:
        async with db.transaction() as conn:
            assert (await conn.execute(text("PRAGMA wal_autocheckpoint"))).scalar() == 0
            await conn.execute(text("CREATE TABLE blobs (body TEXT)"))
        assert db.wal_checkpoints is not None
        db.wal_checkpoints.stop()  # nothing copies the log while the rows go in
        size_before = _size(tmp_path)
        for _ in range(20):  # ~1 MB: far below the 1,000 pages of an automatic checkpoint
            async with db.transaction() as conn:
                await conn.execute(text("INSERT INTO blobs VALUES (:b)"), {"b": "x" * 50_000})
        # The commits wrote the log only: the database file has not grown.
        assert _size(tmp_path) == size_before

        db.wal_checkpoints.start()
        for _ in range(100):
            if _size(tmp_path) > size_before + 900_000:
                break
            await asyncio.sleep(0.05)
        assert _size(tmp_path) > size_before + 900_000
        assert db.wal_checkpoints.checkpoints >= 1
        async with db.connection() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM blobs"))).scalar() == 20
    finally:
        await db.close()
