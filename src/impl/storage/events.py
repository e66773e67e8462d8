"""The run event log: every event a run streamed, keyed by (thread, seq).

One log serves resumable replay (`Last-Event-ID`), the run-history endpoints and
streaming across workers. Events are written in batches, never one transaction each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select

from graphport.impl.runtime.events import RunEvent
from graphport.impl.storage.database import Database
from graphport.impl.storage.tables import run_events


class EventLogRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def append(
        self, thread_id: str, run_id: str, events: Sequence[RunEvent], created_at: datetime
    ) -> None:
        if not events:
            return
        rows = [
            {
                "thread_id": thread_id,
                "seq": e.seq,
                "run_id": run_id,
                "event": e.event,
                "data": e.data.decode(),
                "created_at": created_at,
            }
            for e in events
        ]
        async with self.db.transaction() as conn:
            await conn.execute(insert(run_events), rows)

    async def read_run(self, run_id: str, *, after_seq: int | None = None) -> list[RunEvent]:
        """The stored events of a run, in order, after `after_seq` if given."""
        query = select(run_events.c.seq, run_events.c.event, run_events.c.data).where(
            run_events.c.run_id == run_id
        )
        if after_seq is not None:
            query = query.where(run_events.c.seq > after_seq)
        query = query.order_by(run_events.c.seq)
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).all()
        return [RunEvent(seq=r.seq, event=r.event, data=r.data.encode()) for r in rows]

    async def delete_run(self, run_id: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(delete(run_events).where(run_events.c.run_id == run_id))

    async def read_thread(self, thread_id: str, *, after_seq: int) -> list[RunEvent]:
        """The stored events of every run of a thread after `after_seq`, in order."""
        query = (
            select(run_events.c.seq, run_events.c.event, run_events.c.data)
            .where(run_events.c.thread_id == thread_id, run_events.c.seq > after_seq)
            .order_by(run_events.c.seq)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).all()
        return [RunEvent(seq=r.seq, event=r.event, data=r.data.encode()) for r in rows]

    async def last_seq(self, thread_id: str) -> int:
        """The highest sequence number stored on a thread (0 when none)."""
        async with self.db.connection() as conn:
            value = (
                await conn.execute(
                    select(func.max(run_events.c.seq)).where(run_events.c.thread_id == thread_id)
                )
            ).scalar_one_or_none()
        return int(value or 0)
