"""Thread rows: creation, lookup, search, TTLs, and the status bookkeeping runs drive."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.auth.access import confines, stamp_metadata
from graphport.impl.contract import ApiError
from graphport.impl.storage.database import Database
from graphport.impl.storage.json_filters import json_contains
from graphport.impl.storage.records import ThreadRecord, TtlPolicy
from graphport.impl.storage.sql_ints import clamp_int64
from graphport.impl.storage.tables import run_events, runs, threads
from graphport.impl.storage.types import utcnow

THREAD_SORT_COLUMNS = frozenset(
    {"thread_id", "status", "created_at", "updated_at", "state_updated_at"}
)


# A TTL longer than a thousand years never runs out in practice; capping it keeps dates in range.
_LONGEST_TTL_MINUTES = 1000 * 365 * 24 * 60


def expiry(now: datetime, minutes: float) -> datetime:
    """When a TTL of `minutes` set at `now` runs out."""
    return now + timedelta(minutes=min(minutes, _LONGEST_TTL_MINUTES))


@dataclass(frozen=True, slots=True)
class ThreadFilters:
    """What a thread search or count matches (every given filter must hold)."""

    ids: Sequence[str] | None = None
    metadata: dict[str, Any] | None = None
    values: dict[str, Any] | None = None
    status: str | None = None


# The statements of a run's path, built once: building one per call (and keying it for
# SQLAlchemy's compiled cache) cost more than running it (profiled).
_THREAD_ID = bindparam("thread_id", type_=threads.c.thread_id.type)
_INSERT = insert(threads)
_GET = select(threads).where(threads.c.thread_id == _THREAD_ID)
_GET_FOR_RUN = select(
    threads,
    select(func.coalesce(func.max(run_events.c.seq), 0))
    .where(run_events.c.thread_id == _THREAD_ID)
    .scalar_subquery()
    .label("logged_seq"),
).where(threads.c.thread_id == _THREAD_ID)
_GET_FOR_RUN_LOCKED = _GET_FOR_RUN.with_for_update(of=threads)
# Executed with the columns to set as parameters (and `b_thread_id`).
_UPDATE = update(threads).where(threads.c.thread_id == bindparam("b_thread_id"))
_DELETE = delete(threads).where(threads.c.thread_id == bindparam("b_thread_id"))
_DELETE_EVENTS = delete(run_events).where(run_events.c.thread_id == bindparam("b_thread_id"))
_STILL_ACTIVE = (
    select(runs.c.run_id)
    .where(runs.c.thread_id == _THREAD_ID, runs.c.status.in_(("pending", "running")))
    .limit(1)
)


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
        ttl: TtlPolicy | None = None,
        config: dict[str, Any] | None = None,
    ) -> ThreadRecord:
        now = now or utcnow()
        record = ThreadRecord(
            thread_id=thread_id,
            created_at=now,
            updated_at=now,
            state_updated_at=now,
            metadata=stamp_metadata("threads", metadata),
            config=config or {},
            status=status,
            values=None,
            interrupts={},
            error=None,
        )
        if ttl is not None:
            record.ttl_strategy = ttl.strategy
            record.ttl_minutes = ttl.minutes
            record.expires_at = expiry(now, ttl.minutes)
        if conn is None:
            async with self.db.transaction() as own:
                await own.execute(_INSERT, record.row())
        else:
            await conn.execute(_INSERT, record.row())
        return record

    async def _first_row(
        self, query: Any, thread_id: str, conn: AsyncConnection | None
    ) -> Any | None:
        """The first row of `query` for `thread_id`, on `conn` or a connection of its own."""
        params = {"thread_id": thread_id}
        if conn is None:
            async with self.db.connection() as own:
                return (await own.execute(query, params)).mappings().first()
        return (await conn.execute(query, params)).mappings().first()

    async def get(self, thread_id: str, conn: AsyncConnection | None = None) -> ThreadRecord | None:
        row = await self._first_row(_GET, thread_id, conn)
        return ThreadRecord.from_row(row) if row else None

    async def get_for_run(
        self, thread_id: str, conn: AsyncConnection | None = None, *, lock: bool = False
    ) -> tuple[ThreadRecord | None, int]:
        """The thread a run starts on, and the highest event seq its log holds, in one query.

        The log is the authority on used ids (a rolled-back or crashed run may have stored
        events the thread's counter never saw). `lock` (inside the caller's transaction):
        PostgreSQL holds the row until it ends (`FOR UPDATE`), so transactions that start runs
        on one thread take turns and each sees the runs of the one before. SQLite's
        `BEGIN IMMEDIATE` serializes them anyway.
        """
        row = await self._first_row(_GET_FOR_RUN_LOCKED if lock else _GET_FOR_RUN, thread_id, conn)
        if row is None:
            return None, 0  # a thread's events go with it (delete_in)
        return ThreadRecord.from_row(row), int(row["logged_seq"] or 0)

    async def mark_busy(
        self,
        conn: AsyncConnection,
        thread: ThreadRecord,
        metadata_update: dict[str, Any],
        *,
        config: dict[str, Any] | None = None,
    ) -> None:
        """A run was created: the thread is busy and remembers which graph it runs (and how)."""
        now = utcnow()
        merged = {**thread.metadata, **metadata_update}
        changes: dict[str, Any] = {"status": "busy", "metadata": merged, "updated_at": now}
        if config is not None:
            changes["config"] = config
        await conn.execute(_UPDATE, {**changes, "b_thread_id": thread.thread_id})

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
    ) -> bool:
        """Store what a run left behind; stays `busy` while other runs are active.

        Runs in the same transaction as the run's own end, so the next run of the thread
        (which can start as soon as this one is no longer `running`) sees the thread as
        this run left it, event counter included. Returns whether other runs of the thread
        are still active (queued behind this one, or running).
        """
        now = utcnow()
        still_active = (await conn.execute(_STILL_ACTIVE, {"thread_id": thread_id})).first()
        values_update: dict[str, Any] = {
            "status": "busy" if still_active else status,
            "values": values,
            "interrupts": interrupts,
            "error": error,
            "updated_at": now,
            "state_updated_at": now,
        }
        if event_seq is not None:
            values_update["event_seq"] = event_seq
        await conn.execute(_UPDATE, {**values_update, "b_thread_id": thread_id})
        return still_active is not None

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
            return await self.delete_in(conn, thread_id)

    async def delete_in(self, conn: AsyncConnection, thread_id: str) -> bool:
        """Delete a thread with its runs and feedback (foreign keys cascade) and its events.

        The thread's row goes first: on PostgreSQL that waits for any batch of events being
        stored for it (they key-share lock the row, EventLogRepository.append_in), whose
        events the second statement then sees and deletes.
        """
        result = await conn.execute(_DELETE, {"b_thread_id": thread_id})
        if not result.rowcount:
            return False
        await conn.execute(_DELETE_EVENTS, {"b_thread_id": thread_id})
        return True

    # -- the thread resource -----------------------------------------------------------

    async def create_unless_exists(
        self, thread_id: str, *, metadata: dict[str, Any], ttl: TtlPolicy | None
    ) -> tuple[ThreadRecord, bool]:
        """The new thread and True, or the existing thread with this id and False."""
        try:
            async with self.db.transaction() as conn:
                existing = await self.get(thread_id, conn)
                if existing is not None:
                    return existing, False
                return await self.create(thread_id, metadata=metadata, ttl=ttl, conn=conn), True
        except IntegrityError:
            # Created concurrently (PostgreSQL has no write lock to serialise the check).
            existing = await self.get(thread_id)
            if existing is None:
                if confines("threads"):
                    # Someone else's: the same 409 as for one's own, no more said.
                    raise ApiError(409, f"Thread with ID {thread_id} already exists") from None
                raise
            return existing, False

    async def update(
        self,
        thread_id: str,
        *,
        metadata: dict[str, Any] | None = None,
        ttl: TtlPolicy | None = None,
    ) -> ThreadRecord | None:
        """Merge `metadata` (top-level keys) and restart the TTL from now; None if absent."""
        async with self.db.transaction() as conn:
            thread = await self.get(thread_id, conn)
            if thread is None:
                return None
            now = utcnow()
            changes: dict[str, Any] = {"updated_at": now}
            if metadata:
                thread.metadata = stamp_metadata("threads", {**thread.metadata, **metadata})
                changes["metadata"] = thread.metadata
            if ttl is not None:
                thread.ttl_strategy, thread.ttl_minutes = ttl.strategy, ttl.minutes
                thread.expires_at = expiry(now, ttl.minutes)
                changes.update(
                    ttl_strategy=ttl.strategy, ttl_minutes=ttl.minutes, expires_at=thread.expires_at
                )
            thread.updated_at = now
            await conn.execute(
                update(threads).where(threads.c.thread_id == thread_id).values(**changes)
            )
        return thread

    async def record_state(
        self, thread_id: str, *, values: Any, interrupts: dict[str, Any], status: str
    ) -> None:
        """A state write (not a run) produced a new checkpoint: the thread follows it."""
        now = utcnow()
        async with self.db.transaction() as conn:
            await conn.execute(
                update(threads)
                .where(threads.c.thread_id == thread_id)
                .values(
                    values=values,
                    interrupts=interrupts,
                    status=status,
                    error=None,
                    updated_at=now,
                    state_updated_at=now,
                )
            )

    def _where(self, filters: ThreadFilters) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filters.ids is not None:
            conditions.append(threads.c.thread_id.in_(tuple(filters.ids)))
        if filters.status is not None:
            conditions.append(threads.c.status == filters.status)
        if filters.metadata:
            conditions.append(json_contains(threads.c.metadata, filters.metadata, self.db.dialect))
        if filters.values is not None:
            conditions.append(json_contains(threads.c["values"], filters.values, self.db.dialect))
        return conditions

    async def search(
        self,
        filters: ThreadFilters,
        *,
        limit: int,
        offset: int = 0,
        sort_by: str = "updated_at",
        descending: bool = True,
        columns: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """A page of matching threads as column -> value mappings (only `columns`, if given)."""
        if sort_by not in THREAD_SORT_COLUMNS:
            raise ValueError(f"cannot sort threads by {sort_by!r}")
        selected = [threads.c[name] for name in columns] if columns else list(threads.c)
        order = threads.c[sort_by].desc() if descending else threads.c[sort_by].asc()
        tiebreak = threads.c.thread_id.desc() if descending else threads.c.thread_id.asc()
        query = (
            select(*selected)
            .where(*self._where(filters))
            .order_by(order, tiebreak)
            .limit(limit)
            .offset(clamp_int64(offset))
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [dict(row) for row in rows]

    async def count(self, filters: ThreadFilters) -> int:
        query = select(func.count()).select_from(threads).where(*self._where(filters))
        async with self.db.connection() as conn:
            return int((await conn.execute(query)).scalar_one())

    async def ids(self, filters: ThreadFilters) -> list[str]:
        """Every matching thread id."""
        query = select(threads.c.thread_id).where(*self._where(filters))
        async with self.db.connection() as conn:
            return [str(v) for v in (await conn.execute(query)).scalars().all()]

    async def expired(self, now: datetime, limit: int) -> list[ThreadRecord]:
        """Threads whose TTL ran out by `now`, the longest expired first."""
        query = (
            select(threads)
            .where(threads.c.expires_at.is_not(None), threads.c.expires_at <= now)
            .order_by(threads.c.expires_at)
            .limit(limit)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [ThreadRecord.from_row(row) for row in rows]

    async def restart_ttl(self, thread_id: str, now: datetime) -> None:
        """Count a `keep_latest` thread's TTL again from `now` (it was just pruned)."""
        async with self.db.transaction() as conn:
            thread = await self.get(thread_id, conn)
            if thread is None or thread.ttl_minutes is None:
                return
            await conn.execute(
                update(threads)
                .where(threads.c.thread_id == thread_id)
                .values(expires_at=expiry(now, thread.ttl_minutes))
            )
