"""The run event log: every event a run streamed, keyed by (thread, seq).

One log serves resumable replay (`Last-Event-ID`), the run-history endpoints and
streaming across workers. Events are written in batches, never one transaction each.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Dialect

from graphport.impl.runtime.events import MESSAGE_EVENT_TYPES, TOKEN_USAGE, RunEvent
from graphport.impl.storage.database import Database
from graphport.impl.storage.sql_ints import clamp_int32
from graphport.impl.storage.tables import HISTORY_ROWS, run_events


@dataclass(slots=True)
class StoredEvent:
    """A row of the log as the history endpoints show it (`data` is raw JSON text)."""

    seq: int
    run_id: str
    event: str
    data: str
    created_at: datetime


_STORED = (
    run_events.c.seq,
    run_events.c.run_id,
    run_events.c.event,
    run_events.c.data,
    run_events.c.created_at,
)
_MESSAGE_TYPES = sorted(MESSAGE_EVENT_TYPES)
_INSERT_COLUMNS = ("thread_id", "seq", "run_id", "event", "data", "created_at")
# A driver's placeholder for the n-th parameter (1-based), by DBAPI parameter style.
_PLACEHOLDERS: dict[str, Callable[[int], str]] = {
    "qmark": lambda n: "?",  # sqlite3 / aiosqlite
    "numeric_dollar": lambda n: f"${n}",  # asyncpg
    "format": lambda n: "%s",
    "pyformat": lambda n: "%s",
}


@functools.cache
def _driver_insert(dialect: Dialect) -> str | None:
    """`INSERT INTO run_events ... VALUES (...)` in the driver's own parameter style.

    None for a parameter style not listed (the SQLAlchemy statement is used instead).
    """
    placeholder = _PLACEHOLDERS.get(dialect.paramstyle)
    if placeholder is None:
        return None
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in _INSERT_COLUMNS)
    values = ", ".join(placeholder(i) for i in range(1, len(_INSERT_COLUMNS) + 1))
    return f"INSERT INTO {quote(run_events.name)} ({columns}) VALUES ({values})"


class EventLogRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def append(
        self, thread_id: str, run_id: str, events: Sequence[RunEvent], created_at: datetime
    ) -> None:
        if not events:
            return
        async with self.db.transaction() as conn:
            sql = _driver_insert(conn.dialect)
            if sql is None:
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
                await conn.execute(insert(run_events), rows)
                return
            # The hot path of a streaming run: SQLAlchemy's per-row parameter processing cost
            # more than the rest of the run together (profiled: 5,000 `custom` events). Every
            # row shares its timestamp, so the column type converts it once, and the rows go
            # to the driver as plain tuples, in the same transaction.
            to_db = run_events.c.created_at.type.bind_processor(conn.dialect)
            stamp = to_db(created_at) if to_db is not None else created_at
            await conn.exec_driver_sql(
                sql,
                [(thread_id, e.seq, run_id, e.event, e.data.decode(), stamp) for e in events],
            )

    async def read_run(self, run_id: str, *, after_seq: int | None = None) -> list[RunEvent]:
        """The stored events of a run, in order, after `after_seq` if given."""
        query = select(run_events.c.seq, run_events.c.event, run_events.c.data).where(
            run_events.c.run_id == run_id
        )
        if after_seq is not None:
            query = query.where(run_events.c.seq > clamp_int32(after_seq))
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
            .where(run_events.c.thread_id == thread_id, run_events.c.seq > clamp_int32(after_seq))
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

    # -- the run history ---------------------------------------------------------------

    async def read_messages(
        self,
        thread_id: str,
        *,
        run_id: str | None = None,
        limit: int,
        before_seq: int | None = None,
        after_seq: int | None = None,
    ) -> tuple[list[StoredEvent], bool]:
        """One page of the message rows of a thread (or of one of its runs), oldest first.

        With `after_seq` the page is the first `limit` rows after it, otherwise the last
        `limit` rows (before `before_seq` if given). The flag says whether more rows lie
        beyond the page in that direction.
        """
        query = select(*_STORED).where(
            run_events.c.thread_id == thread_id,
            HISTORY_ROWS,
            run_events.c.event.in_(_MESSAGE_TYPES),
        )
        if run_id is not None:
            query = query.where(run_events.c.run_id == run_id)
        if before_seq is not None:
            query = query.where(run_events.c.seq < clamp_int32(before_seq))
        forward = after_seq is not None
        if forward:
            query = query.where(run_events.c.seq > clamp_int32(after_seq or 0))
            query = query.order_by(run_events.c.seq)
        else:
            query = query.order_by(run_events.c.seq.desc())
        async with self.db.connection() as conn:
            rows = (await conn.execute(query.limit(limit + 1))).all()
        page = [StoredEvent(*row) for row in rows[:limit]]
        if not forward:
            page.reverse()
        return page, len(rows) > limit

    async def last_ai_message_seqs(self, thread_id: str, run_ids: Collection[str]) -> set[int]:
        """The seq of the last AI message of each of these runs (that has one)."""
        if not run_ids:
            return set()
        query = (
            select(func.max(run_events.c.seq))
            .where(
                run_events.c.thread_id == thread_id,
                HISTORY_ROWS,
                run_events.c.event == "ai_message",
                run_events.c.run_id.in_(sorted(run_ids)),
            )
            .group_by(run_events.c.run_id)
        )
        async with self.db.connection() as conn:
            return {int(seq) for seq in (await conn.execute(query)).scalars()}

    async def read_run_log(
        self, thread_id: str, run_id: str, *, event_types: Collection[str] | None, limit: int
    ) -> list[StoredEvent]:
        """The first `limit` rows of a run's log, of the given event types if any."""
        query = select(*_STORED).where(
            run_events.c.run_id == run_id, run_events.c.thread_id == thread_id
        )
        if event_types:
            query = query.where(run_events.c.event.in_(sorted(event_types)))
        query = query.order_by(run_events.c.seq).limit(limit)
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).all()
        return [StoredEvent(*row) for row in rows]

    async def read_token_usage(self, thread_id: str) -> list[tuple[str, str]]:
        """`(run_id, data)` of the `token_usage` row of each ended run of the thread."""
        query = (
            select(run_events.c.run_id, run_events.c.data)
            .where(
                run_events.c.thread_id == thread_id,
                HISTORY_ROWS,
                run_events.c.event == TOKEN_USAGE,
            )
            .order_by(run_events.c.seq)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).all()
        return [(row.run_id, row.data) for row in rows]
