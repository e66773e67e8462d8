"""Run rows and the run queue: insertion, claiming the next runnable run, ending runs.

The queue is the `runs` table itself. A run is runnable when it is `pending`, its
`run_after` has come, no run of its thread is `running`, and no older pending run of its
thread is waiting: runs of a thread go one at a time, in the order they were created.
Claiming is one UPDATE; on PostgreSQL the candidate row is locked with `SKIP LOCKED`, and
a partial unique index allows one `running` run per thread whichever worker claims it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Select,
    Update,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.storage.database import Database
from graphport.impl.storage.records import ACTIVE_RUN_STATUSES, RunRecord
from graphport.impl.storage.sql_ints import clamp_int64
from graphport.impl.storage.tables import runs
from graphport.impl.storage.types import utcnow

# Aliases for the claim query, built once (building them per call defeats SQL caching).
_CANDIDATE = runs.alias("cand")
_OLDER = runs.alias("older")
_RUNNING = runs.alias("running")
# After a claim lost a race with another worker (unique running run per thread).
_CLAIM_RETRY = timedelta(milliseconds=50)

# What starting a run sets, whichever statement starts it (executed with `now`, `worker` and
# `until`); `as_started` is the same on a record held in memory.
_NOW = bindparam("now", type_=runs.c.run_after.type)
_STARTED = {
    runs.c.status: "running",
    runs.c.attempt: runs.c.attempt + 1,
    runs.c.worker_id: bindparam("worker", type_=runs.c.worker_id.type),
    runs.c.lease_expires_at: bindparam("until", type_=runs.c.lease_expires_at.type),
    runs.c.updated_at: _NOW,
}


def as_started(
    run: RunRecord, *, attempt: int, worker_id: str, now: datetime, until: datetime
) -> RunRecord:
    """`run` as a worker starts it: `running`, that attempt, leased until `until`."""
    return dataclasses.replace(
        run,
        status="running",
        attempt=attempt,
        worker_id=worker_id,
        lease_expires_at=until,
        updated_at=now,
    )


@functools.cache
def _claim_statements(dialect: str) -> tuple[Select[tuple[str]], Update]:
    """The claim, built once per dialect (a statement built per call costs more to build and
    to key for SQLAlchemy's compiled cache than to run, profiled): which runs can start now,
    then the update of those by primary key. Two statements cost SQLite about half of what
    one `UPDATE ... WHERE run_id IN (subquery)` did, which it planned as a scan of every
    pending run."""
    cand, older, running = _CANDIDATE, _OLDER, _RUNNING
    now = _NOW
    candidates = (
        select(cand.c.run_id)
        .where(
            cand.c.status == "pending",
            cand.c.run_after <= now,
            ~exists().where(running.c.thread_id == cand.c.thread_id, running.c.status == "running"),
            ~exists().where(
                older.c.thread_id == cand.c.thread_id,
                older.c.status == "pending",
                or_(
                    older.c.created_at < cand.c.created_at,
                    and_(older.c.created_at == cand.c.created_at, older.c.run_id < cand.c.run_id),
                ),
            ),
        )
        .order_by(cand.c.run_after, cand.c.created_at)
        .limit(bindparam("limit", type_=Integer))
    )
    if dialect == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True, of=cand)
    claim = (
        update(runs)
        .where(runs.c.run_id.in_(bindparam("ids", expanding=True)), runs.c.status == "pending")
        .values(_STARTED)
        .returning(*runs.c)
    )
    return candidates, claim


# Starting one known run (the executor's hand-over of a slot): by primary key, still pending.
_START = (
    update(runs)
    .where(
        runs.c.run_id == bindparam("b_run_id"), runs.c.status == "pending", runs.c.run_after <= _NOW
    )
    .values(_STARTED)
    .returning(runs.c.attempt)
)

# The other statements of a run's path, built once too.
_INSERT = insert(runs)
_ACTIVE_FOR_THREAD = (
    select(runs)
    .where(
        runs.c.thread_id == bindparam("thread_id", type_=runs.c.thread_id.type),
        runs.c.status.in_(ACTIVE_RUN_STATUSES),
    )
    .order_by(runs.c.created_at)
)
# Executed with the columns to set as parameters (and `b_run_id`).
_UPDATE = update(runs).where(runs.c.run_id == bindparam("b_run_id"))

# When the earliest delayed run comes due (runs waiting behind their thread's run excluded).
_NEXT_DUE = select(func.min(runs.c.run_after)).where(
    runs.c.status == "pending",
    runs.c.run_after > bindparam("now", type_=runs.c.run_after.type),
)


class RunRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def insert(self, conn: AsyncConnection, run: RunRecord) -> None:
        await conn.execute(
            _INSERT,
            {
                "run_id": run.run_id,
                "thread_id": run.thread_id,
                "assistant_id": run.assistant_id,
                "status": run.status,
                "metadata": run.metadata,
                "kwargs": run.kwargs,
                "multitask_strategy": run.multitask_strategy,
                "created_at": run.created_at,
                "updated_at": run.updated_at,
                "run_after": run.run_after,
                "attempt": run.attempt,
                "temporary": run.temporary,
                "worker_id": run.worker_id,
                "lease_expires_at": run.lease_expires_at,
            },
        )

    async def get(
        self, run_id: str, thread_id: str | None = None, conn: AsyncConnection | None = None
    ) -> RunRecord | None:
        query = select(runs).where(runs.c.run_id == run_id)
        if thread_id is not None:
            query = query.where(runs.c.thread_id == thread_id)
        if conn is None:
            async with self.db.connection() as own:
                row = (await own.execute(query)).mappings().first()
        else:
            row = (await conn.execute(query)).mappings().first()
        return RunRecord.from_row(row) if row else None

    async def list_for_thread(
        self,
        thread_id: str,
        *,
        limit: int = 10,
        offset: int = 0,
        status: str | None = None,
    ) -> list[RunRecord]:
        query = (
            select(runs)
            .where(runs.c.thread_id == thread_id)
            .order_by(runs.c.created_at.desc(), runs.c.run_id.desc())
            .limit(limit)
            .offset(clamp_int64(offset))
        )
        if status is not None:
            query = query.where(runs.c.status == status)
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [RunRecord.from_row(r) for r in rows]

    async def active_for_thread(
        self, thread_id: str, conn: AsyncConnection | None = None
    ) -> list[RunRecord]:
        params = {"thread_id": thread_id}
        if conn is None:
            async with self.db.connection() as own:
                rows = (await own.execute(_ACTIVE_FOR_THREAD, params)).mappings().all()
        else:
            rows = (await conn.execute(_ACTIVE_FOR_THREAD, params)).mappings().all()
        return [RunRecord.from_row(r) for r in rows]

    async def with_statuses(self, statuses: Sequence[str]) -> list[RunRecord]:
        query = select(runs).where(runs.c.status.in_(tuple(statuses))).order_by(runs.c.created_at)
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [RunRecord.from_row(r) for r in rows]

    async def claim(
        self, worker_id: str, lease: timedelta, limit: int
    ) -> tuple[list[RunRecord], datetime | None]:
        """Atomically move up to `limit` runnable runs to `running` for this worker.

        One transaction answers everything the executor's loop needs: the runs it now owns
        (oldest first, at most one per thread) and, when fewer than `limit` were runnable,
        when the earliest delayed run comes due (None: no delayed run; the executor then
        sleeps until woken). A run waiting behind another run of its thread is not "due":
        the end of that run wakes the executor.
        """
        try:
            async with self.db.transaction() as conn:
                return await self.claim_in(conn, worker_id, lease, limit)
        except IntegrityError:
            # Another worker started a run of the same thread first: look again shortly.
            return [], utcnow() + _CLAIM_RETRY

    async def claim_in(
        self, conn: AsyncConnection, worker_id: str, lease: timedelta, limit: int
    ) -> tuple[list[RunRecord], datetime | None]:
        """`claim` inside the caller's transaction (which must roll back on IntegrityError)."""
        now = utcnow()
        params = {"now": now, "worker": worker_id, "until": now + lease, "limit": limit}
        candidates, claim = _claim_statements(self.db.dialect)
        ids = (await conn.execute(candidates, params)).scalars().all()
        rows: Sequence[RowMapping] = ()
        if ids:
            params["ids"] = ids
            rows = (await conn.execute(claim, params)).mappings().all()
        next_due = None
        if len(rows) < limit:
            next_due = (await conn.execute(_NEXT_DUE, params)).scalar_one_or_none()
        claimed = sorted(
            (RunRecord.from_row(row) for row in rows), key=lambda r: (r.run_after, r.created_at)
        )
        return claimed, cast(datetime | None, next_due)

    async def start_in(
        self, conn: AsyncConnection, run: RunRecord, worker_id: str, lease: timedelta
    ) -> RunRecord | None:
        """Move one pending run, whose record the caller holds, to `running` for this worker
        (None: it is no longer pending). Only the changed columns travel back."""
        now = utcnow()
        until = now + lease
        params = {"b_run_id": run.run_id, "now": now, "worker": worker_id, "until": until}
        attempt = (await conn.execute(_START, params)).scalar_one_or_none()
        if attempt is None:
            return None
        return as_started(run, attempt=attempt, worker_id=worker_id, now=now, until=until)

    async def finish(
        self,
        conn: AsyncConnection,
        run_id: str,
        *,
        status: str,
        result: str | None,
        error: dict[str, Any] | None,
        counters: dict[str, int] | None = None,
    ) -> None:
        """Record a run's end (inside the caller's transaction, with the thread's update)."""
        await conn.execute(
            _UPDATE,
            {
                "status": status,
                "result": result,
                "error": error,
                "worker_id": None,
                "lease_expires_at": None,
                "updated_at": utcnow(),
                **(counters or {}),
                "b_run_id": run_id,
            },
        )

    async def set_status_if(
        self, run_id: str, *, from_statuses: Sequence[str], status: str
    ) -> bool:
        """Change a run's status only if it is still in one of `from_statuses`."""
        async with self.db.transaction() as conn:
            result = await conn.execute(
                update(runs)
                .where(runs.c.run_id == run_id, runs.c.status.in_(tuple(from_statuses)))
                .values(status=status, updated_at=utcnow())
            )
        return bool(result.rowcount)

    async def delete_if(self, run_id: str, *, statuses: Sequence[str]) -> bool:
        """Delete a run only if it is still in one of `statuses`."""
        async with self.db.transaction() as conn:
            result = await conn.execute(
                delete(runs).where(runs.c.run_id == run_id, runs.c.status.in_(tuple(statuses)))
            )
        return bool(result.rowcount)

    async def delete(self, run_id: str, conn: AsyncConnection | None = None) -> bool:
        statement = delete(runs).where(runs.c.run_id == run_id)
        if conn is None:
            async with self.db.transaction() as own:
                result = await own.execute(statement)
        else:
            result = await conn.execute(statement)
        return bool(result.rowcount)

    async def renew_leases(self, worker_id: str, run_ids: Sequence[str], lease: timedelta) -> None:
        if not run_ids:
            return
        async with self.db.transaction() as conn:
            await conn.execute(
                update(runs)
                .where(runs.c.run_id.in_(tuple(run_ids)), runs.c.worker_id == worker_id)
                .values(lease_expires_at=utcnow() + lease)
            )

    async def requeue(self, worker_id: str, run_ids: Sequence[str]) -> list[str]:
        """Give runs this worker holds back to the queue (graceful shutdown); their ids."""
        if not run_ids:
            return []
        async with self.db.transaction() as conn:
            rows = await conn.execute(
                update(runs)
                .where(
                    runs.c.run_id.in_(tuple(run_ids)),
                    runs.c.worker_id == worker_id,
                    runs.c.status == "running",
                )
                .values(
                    status="pending", worker_id=None, lease_expires_at=None, updated_at=utcnow()
                )
                .returning(runs.c.run_id)
            )
            return list(rows.scalars())

    async def reap_expired(self, max_attempts: int) -> tuple[list[RunRecord], list[RunRecord]]:
        """Runs whose worker stopped renewing its lease (it died): retried or given up.

        A run with attempts left goes back to `pending` (its next claim is the next attempt);
        one without is returned as given up, still `running`, for the caller to end as an
        error. Returns (requeued, given_up). On PostgreSQL the rows are locked with
        `SKIP LOCKED`, so two workers never reap the same run.
        """
        now = utcnow()
        expired = select(runs.c.run_id).where(
            runs.c.status == "running", runs.c.lease_expires_at < now
        )
        if self.db.dialect == "postgresql":
            expired = expired.with_for_update(skip_locked=True)
        async with self.db.transaction() as conn:
            ids = list((await conn.execute(expired)).scalars())
            if not ids:
                return [], []
            requeued = (
                (
                    await conn.execute(
                        update(runs)
                        .where(runs.c.run_id.in_(ids), runs.c.attempt < max_attempts)
                        .values(
                            status="pending", worker_id=None, lease_expires_at=None, updated_at=now
                        )
                        .returning(*runs.c)
                    )
                )
                .mappings()
                .all()
            )
            given_up = (
                (
                    await conn.execute(
                        update(runs)
                        .where(runs.c.run_id.in_(ids), runs.c.attempt >= max_attempts)
                        .values(
                            worker_id="reaper",
                            lease_expires_at=now + timedelta(seconds=60),
                            updated_at=now,
                        )
                        .returning(*runs.c)
                    )
                )
                .mappings()
                .all()
            )
        return (
            [RunRecord.from_row(r) for r in requeued],
            [RunRecord.from_row(r) for r in given_up],
        )

    async def count_by_status(self) -> dict[str, int]:
        """How many runs are in each status (for /metrics)."""
        async with self.db.connection() as conn:
            rows = await conn.execute(select(runs.c.status, func.count()).group_by(runs.c.status))
            return {str(status): int(count) for status, count in rows.all()}
