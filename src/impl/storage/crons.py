"""Cron rows: the resource (create, get, patch, delete, search, count) and the schedulers' claim.

A cron is due when it is enabled and its `next_run_date` has passed. Any number of schedulers
(workers, processes, hosts) may look at the same due cron; `claim` lets exactly one of them fire
it, with a compare-and-set on `next_run_date` in a single UPDATE: the row moves to its next date
only if it still holds the date the scheduler saw. The loser's UPDATE matches no row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.storage.database import Database
from graphport.impl.storage.json_filters import json_contains
from graphport.impl.storage.records import _FromRow
from graphport.impl.storage.tables import crons

CRON_SORT_COLUMNS = frozenset(
    {
        "cron_id",
        "assistant_id",
        "thread_id",
        "next_run_date",
        "end_time",
        "created_at",
        "updated_at",
    }
)


@dataclass(slots=True)
class CronRecord(_FromRow):
    cron_id: str
    assistant_id: str
    thread_id: str | None
    user_id: str | None
    schedule: str
    timezone: str | None
    end_time: datetime | None
    payload: dict[str, Any]
    metadata: dict[str, Any]
    on_run_completed: str | None
    enabled: bool
    next_run_date: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class CronFilters:
    """What a cron search or count matches (every given filter must hold)."""

    assistant_id: str | None = None
    thread_id: str | None = None
    enabled: bool | None = None
    metadata: dict[str, Any] | None = None


class CronRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def insert(self, cron: CronRecord) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(insert(crons).values(cron.row()))

    async def get(self, cron_id: str) -> CronRecord | None:
        async with self.db.connection() as conn:
            row = (
                (await conn.execute(select(crons).where(crons.c.cron_id == cron_id)))
                .mappings()
                .first()
            )
        return CronRecord.from_row(row) if row else None

    async def update(self, cron_id: str, changes: dict[str, Any]) -> CronRecord | None:
        """Write `changes` (column -> value); the updated cron, or None if it is gone."""
        async with self.db.transaction() as conn:
            result = await conn.execute(
                update(crons).where(crons.c.cron_id == cron_id).values(**changes)
            )
            if not result.rowcount:
                return None
            row = (
                (await conn.execute(select(crons).where(crons.c.cron_id == cron_id)))
                .mappings()
                .first()
            )
        return CronRecord.from_row(row) if row else None

    async def delete(self, cron_id: str) -> bool:
        async with self.db.transaction() as conn:
            result = await conn.execute(delete(crons).where(crons.c.cron_id == cron_id))
        return bool(result.rowcount)

    def _where(self, filters: CronFilters) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filters.assistant_id is not None:
            conditions.append(crons.c.assistant_id == filters.assistant_id)
        if filters.thread_id is not None:
            conditions.append(crons.c.thread_id == filters.thread_id)
        if filters.enabled is not None:
            conditions.append(crons.c.enabled == filters.enabled)
        if filters.metadata:
            conditions.append(json_contains(crons.c.metadata, filters.metadata, self.db.dialect))
        return conditions

    async def search(
        self,
        filters: CronFilters,
        *,
        limit: int,
        offset: int = 0,
        sort_by: str = "created_at",
        descending: bool = True,
    ) -> list[CronRecord]:
        if sort_by not in CRON_SORT_COLUMNS:
            raise ValueError(f"cannot sort crons by {sort_by!r}")
        column = crons.c[sort_by]
        order = column.desc() if descending else column.asc()
        tiebreak = crons.c.cron_id.desc() if descending else crons.c.cron_id.asc()
        query = (
            select(crons)
            .where(*self._where(filters))
            .order_by(order, tiebreak)
            .limit(limit)
            .offset(offset)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [CronRecord.from_row(row) for row in rows]

    async def count(self, filters: CronFilters) -> int:
        query = select(func.count()).select_from(crons).where(*self._where(filters))
        async with self.db.connection() as conn:
            return int((await conn.execute(query)).scalar_one())

    # -- scheduling ----------------------------------------------------------------------

    async def due(self, now: datetime, limit: int) -> list[CronRecord]:
        """Enabled crons whose next run date has passed, the longest overdue first."""
        query = (
            select(crons)
            .where(
                crons.c.enabled.is_(True),
                crons.c.next_run_date.is_not(None),
                crons.c.next_run_date <= now,
            )
            .order_by(crons.c.next_run_date, crons.c.cron_id)
            .limit(limit)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [CronRecord.from_row(row) for row in rows]

    async def next_due_date(self) -> datetime | None:
        """The earliest next run date of an enabled cron (the scheduler sleeps until then)."""
        query = (
            select(crons.c.next_run_date)
            .where(crons.c.enabled.is_(True), crons.c.next_run_date.is_not(None))
            .order_by(crons.c.next_run_date)
            .limit(1)
        )
        async with self.db.connection() as conn:
            value: datetime | None = (await conn.execute(query)).scalar_one_or_none()
        return value

    async def claim(
        self,
        cron_id: str,
        *,
        seen: datetime,
        now: datetime,
        next_run_date: datetime | None,
        conn: AsyncConnection | None = None,
    ) -> bool:
        """Move a due cron from `seen` to `next_run_date`; True for the one caller that did.

        One UPDATE, compare-and-set on `next_run_date`: of several schedulers that saw the cron
        due at `seen`, only the first to write finds the row still holding `seen`.
        """
        statement = (
            update(crons)
            .where(
                crons.c.cron_id == cron_id,
                crons.c.enabled.is_(True),
                crons.c.next_run_date <= now,
                crons.c.next_run_date == seen,
            )
            .values(next_run_date=next_run_date)
        )
        if conn is not None:
            return (await conn.execute(statement)).rowcount == 1
        async with self.db.transaction() as own:
            return (await own.execute(statement)).rowcount == 1
