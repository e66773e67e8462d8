"""The run event log: every event a run streamed, keyed by (thread, seq).

One log serves resumable replay (`Last-Event-ID`), the run-history endpoints and
streaming across workers. Events are written in batches, never one transaction each.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

import orjson
from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.runtime.events import MESSAGE_EVENT_TYPES, TOKEN_USAGE, RunEvent
from graphport.impl.storage.database import Database
from graphport.impl.storage.sql_ints import clamp_int32
from graphport.impl.storage.tables import HISTORY_ROWS, run_events, threads


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
# One statement per batch: the rows travel as one array parameter (see `append_in`).
_SQLITE_BATCH_INSERT = (
    "INSERT INTO run_events (thread_id, seq, run_id, event, data, created_at) "
    "SELECT ?1, json_extract(value, '$[0]'), ?2, json_extract(value, '$[1]'), "
    "json_extract(value, '$[2]'), ?3 FROM json_each(?4) ORDER BY key"
)
# A stretch of one event name and consecutive seqs: only the payloads travel, as an array of
# strings whose `value` is the payload itself (no per-row json_extract).
_SQLITE_STRETCH_INSERT = (
    "INSERT INTO run_events (thread_id, seq, run_id, event, data, created_at) "
    "SELECT ?1, ?5 + key, ?2, ?6, value, ?3 FROM json_each(?4) ORDER BY key"
)
_MAX_STRETCHES = 4
"""A batch of more stretches than this goes as one `_SQLITE_BATCH_INSERT` statement."""
_POSTGRES_BATCH_INSERT = (
    "INSERT INTO run_events (thread_id, seq, run_id, event, data, created_at) "
    "SELECT $1, b.seq, $2, b.event, b.data, $3 "
    "FROM unnest($4::integer[], $5::text[], $6::text[]) AS b(seq, event, data)"
)
# A long batch goes by COPY (asyncpg's binary `copy_records_to_table`): 5,000 rows took
# 63 ms through `unnest`.
_COPY_COLUMNS = ("thread_id", "seq", "run_id", "event", "data", "created_at")
_POSTGRES_COPY_FROM = 64
# The log has no foreign key to threads (tables.py): each batch checks its thread once. On
# PostgreSQL the check key-share locks the row, as the key's own check did for every row, so
# a deletion of the thread waits for the batch to commit and then deletes its events too
# (ThreadRepository.delete_in), or has committed and the batch is not stored.
_THREAD = select(threads.c.thread_id).where(threads.c.thread_id == bindparam("b_thread_id"))
_THREAD_KEY_SHARE = _THREAD.with_for_update(key_share=True)


def _stretches(events: Sequence[RunEvent]) -> list[tuple[int, int]] | None:
    """`[start, end)` of each stretch of one event name and consecutive seqs, or None when
    there are more than `_MAX_STRETCHES`."""
    starts = [0]
    for index in range(1, len(events)):
        previous, current = events[index - 1], events[index]
        if current.event != previous.event or current.seq != previous.seq + 1:
            if len(starts) == _MAX_STRETCHES:
                return None
            starts.append(index)
    return list(zip(starts, [*starts[1:], len(events)], strict=True))


class EventLogRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def append(
        self, thread_id: str, run_id: str, events: Sequence[RunEvent], created_at: datetime
    ) -> None:
        if not events:
            return
        async with self.db.transaction() as conn:
            await self.append_in(conn, thread_id, run_id, events, created_at)

    async def append_in(
        self,
        conn: AsyncConnection,
        thread_id: str,
        run_id: str,
        events: Sequence[RunEvent],
        created_at: datetime,
    ) -> None:
        """Store a batch of events inside the caller's transaction (none when the thread has
        been deleted).

        The hot path of a streaming run (profiled: 5,000 `custom` events). SQLAlchemy's
        per-row parameter handling cost more than the rest of the run, and a driver's
        `executemany` still binds row by row, handing the GIL back and forth between the
        event loop and the driver's thread for every row. So the whole batch goes as one
        statement with one array parameter, which the database unpacks itself
        (SQLite's `json_each`, PostgreSQL's `unnest`); every row shares its timestamp,
        converted once by the column type. On SQLite a batch made of a few stretches of one
        event name (5,000 `custom` events: one) sends only the payloads of each: extracting
        three fields of every row took a third of the insert. On PostgreSQL a long batch goes
        by COPY instead.
        """
        if not events:
            return
        dialect = conn.dialect
        check = _THREAD_KEY_SHARE if dialect.name == "postgresql" else _THREAD
        if (await conn.execute(check, {"b_thread_id": thread_id})).first() is None:
            return  # the thread has been deleted, and its events with it
        to_db = run_events.c.created_at.type.bind_processor(dialect)
        stamp = to_db(created_at) if to_db is not None else created_at
        if dialect.name == "sqlite":
            stretches = _stretches(events)
            if stretches is None:
                batch = orjson.dumps([(e.seq, e.event, e.data.decode()) for e in events]).decode()
                await conn.exec_driver_sql(_SQLITE_BATCH_INSERT, (thread_id, run_id, stamp, batch))
                return
            for start, end in stretches:
                first = events[start]
                payloads = orjson.dumps([e.data.decode() for e in events[start:end]]).decode()
                await conn.exec_driver_sql(
                    _SQLITE_STRETCH_INSERT,
                    (thread_id, run_id, stamp, payloads, first.seq, first.event),
                )
            return
        # PostgreSQL (the only other back-end, DatabaseUrl.parse)
        if len(events) >= _POSTGRES_COPY_FROM:
            # Inside the caller's transaction: the thread's check above began it (SQLAlchemy's
            # asyncpg adapter begins one at the first statement), so COPY commits or rolls
            # back with the caller's work.
            driver = (await conn.get_raw_connection()).driver_connection  # asyncpg's
            assert driver is not None
            assert driver.is_in_transaction()
            await driver.copy_records_to_table(
                "run_events",
                columns=_COPY_COLUMNS,
                records=[
                    (thread_id, e.seq, run_id, e.event, e.data.decode(), stamp) for e in events
                ],
            )
            return
        await conn.exec_driver_sql(
            _POSTGRES_BATCH_INSERT,
            (
                thread_id,
                run_id,
                stamp,
                [e.seq for e in events],
                [e.event for e in events],
                [e.data.decode() for e in events],
            ),
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
