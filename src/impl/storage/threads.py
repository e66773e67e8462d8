"""Thread rows: creation, lookup, and the status bookkeeping runs drive."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.storage.database import Database
from graphport.impl.storage.records import ThreadRecord
from graphport.impl.storage.tables import runs, threads
from graphport.impl.storage.types import utcnow


class ThreadRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self,
        thread_id: str,
        *,
        metadata: dict[str, Any] | None = None,
        status: str = "idle",
        conn: AsyncConnection | None = None,
        now: datetime | None = None,
    ) -> ThreadRecord:
        now = now or utcnow()
        record = ThreadRecord(
            thread_id=thread_id,
            created_at=now,
            updated_at=now,
            state_updated_at=now,
            metadata=metadata or {},
            config={},
            status=status,
            values=None,
            interrupts={},
            error=None,
        )
        statement = insert(threads).values(record.row())
        if conn is None:
            async with self.db.transaction() as own:
                await own.execute(statement)
        else:
            await conn.execute(statement)
        return record

    async def get(self, thread_id: str, conn: AsyncConnection | None = None) -> ThreadRecord | None:
        query = select(threads).where(threads.c.thread_id == thread_id)
        if conn is None:
            async with self.db.connection() as own:
                row = (await own.execute(query)).mappings().first()
        else:
            row = (await conn.execute(query)).mappings().first()
        return ThreadRecord.from_row(row) if row else None

    async def mark_busy(
        self, conn: AsyncConnection, thread: ThreadRecord, metadata_update: dict[str, Any]
    ) -> None:
        """A run was created: the thread is busy and remembers which graph it runs."""
        now = utcnow()
        merged = {**thread.metadata, **metadata_update}
        await conn.execute(
            update(threads)
            .where(threads.c.thread_id == thread.thread_id)
            .values(status="busy", metadata=merged, updated_at=now)
        )

    async def record_run_end(
        self,
        conn: AsyncConnection,
        thread_id: str,
        *,
        status: str,
        values: Any,
        interrupts: dict[str, Any],
        error: dict[str, Any] | None,
        event_seq: int | None,
    ) -> None:
        """Store what a run left behind; stays `busy` while other runs are active.

        Runs in the same transaction as the run's own end, so the next run of the thread
        (which can start as soon as this one is no longer `running`) sees the thread as
        this run left it, event counter included.
        """
        now = utcnow()
        still_active = (
            await conn.execute(
                select(runs.c.run_id)
                .where(runs.c.thread_id == thread_id, runs.c.status.in_(("pending", "running")))
                .limit(1)
            )
        ).first()
        values_update: dict[str, Any] = {
            "status": "busy" if still_active else status,
            "values": values,
            "interrupts": interrupts,
            "error": error,
            "updated_at": now,
            "state_updated_at": now,
            "config": {"configurable": {}},
        }
        if event_seq is not None:
            values_update["event_seq"] = event_seq
        await conn.execute(
            update(threads).where(threads.c.thread_id == thread_id).values(**values_update)
        )

    async def set_resting_state(
        self, thread_id: str, *, status: str, values: Any, interrupts: dict[str, Any]
    ) -> None:
        """After runs vanished (rollback, delete): the thread as its checkpoints now say."""
        async with self.db.transaction() as conn:
            await conn.execute(
                update(threads)
                .where(threads.c.thread_id == thread_id)
                .values(
                    status=status,
                    values=values,
                    interrupts=interrupts,
                    updated_at=utcnow(),
                    state_updated_at=utcnow(),
                )
            )

    async def advance_event_seq(self, thread_id: str, seq: int) -> None:
        """Make sure the thread's event counter is at least `seq`."""
        async with self.db.transaction() as conn:
            await conn.execute(
                update(threads)
                .where(threads.c.thread_id == thread_id, threads.c.event_seq < seq)
                .values(event_seq=seq)
            )

    async def reserve_event_seq(self, thread_id: str, count: int = 1) -> int:
        """Hand out `count` sequence numbers; returns the first of them."""
        async with self.db.transaction() as conn:
            result = await conn.execute(
                update(threads)
                .where(threads.c.thread_id == thread_id)
                .values(event_seq=threads.c.event_seq + count)
                .returning(threads.c.event_seq)
            )
            last = result.scalar_one_or_none()
        if last is None:
            raise LookupError(thread_id)
        return int(last) - count + 1

    async def delete(self, thread_id: str) -> bool:
        async with self.db.transaction() as conn:
            result = await conn.execute(delete(threads).where(threads.c.thread_id == thread_id))
        return bool(result.rowcount)
