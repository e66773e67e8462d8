"""Assistant rows and their versions.

`assistants` holds each assistant at its current version; `assistant_versions` holds every
version ever stored (the current one included). A patch appends a version and makes it
current; `set_latest` copies a stored version back into the current row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.auth.access import confines, stamp_metadata
from graphport.impl.contract import ApiError
from graphport.impl.storage.database import Database
from graphport.impl.storage.ids import system_assistant_id
from graphport.impl.storage.json_filters import json_contains
from graphport.impl.storage.records import AssistantRecord
from graphport.impl.storage.sql_ints import clamp_int32, clamp_int64
from graphport.impl.storage.tables import assistant_versions, assistants
from graphport.impl.storage.types import utcnow

ASSISTANT_SORT_COLUMNS = frozenset({"assistant_id", "graph_id", "name", "created_at", "updated_at"})


@dataclass(frozen=True, slots=True)
class AssistantFilters:
    """What an assistant search or count matches (every given filter must hold)."""

    graph_ids: Sequence[str]
    """The graphs served: assistants of any other graph are invisible."""
    graph_id: str | None = None
    metadata: dict[str, Any] | None = None
    name: str | None = None


def _version_row(record: AssistantRecord) -> dict[str, Any]:
    row = record.row()
    del row["updated_at"]
    return row


# Built once (a run's path looks its assistant up).
_GET = select(assistants).where(
    assistants.c.assistant_id == bindparam("assistant_id", type_=assistants.c.assistant_id.type)
)


class AssistantRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def ensure_system(self, graph_id: str) -> AssistantRecord:
        """The graph's system assistant, created on first start (idempotent)."""
        existing = await self.get(system_assistant_id(graph_id))
        if existing is not None:
            return existing
        now = utcnow()
        record = AssistantRecord(
            assistant_id=system_assistant_id(graph_id),
            graph_id=graph_id,
            name=graph_id,
            description=None,
            config={},
            context={},
            metadata={"created_by": "system"},
            version=1,
            created_at=now,
            updated_at=now,
        )
        stored, _created = await self.create(record)
        return stored

    async def create(self, record: AssistantRecord) -> tuple[AssistantRecord, bool]:
        """Store version 1 of a new assistant; an existing id returns it unchanged and False."""
        record = replace(record, metadata=stamp_metadata("assistants", record.metadata))
        try:
            async with self.db.transaction() as conn:
                existing = await self.get(record.assistant_id, conn)
                if existing is not None:
                    return existing, False
                await conn.execute(insert(assistants).values(record.row()))
                await conn.execute(insert(assistant_versions).values(_version_row(record)))
        except IntegrityError:
            # Created concurrently (PostgreSQL has no write lock to serialise the check).
            existing = await self.get(record.assistant_id)
            if existing is None:
                if confines("assistants"):
                    # Someone else's: the same 409 as for one's own, no more said.
                    raise ApiError(409, f"Assistant {record.assistant_id} already exists") from None
                raise
            return existing, False
        return record, True

    async def get(
        self, assistant_id: str, conn: AsyncConnection | None = None
    ) -> AssistantRecord | None:
        params = {"assistant_id": assistant_id}
        if conn is None:
            async with self.db.connection() as own:
                row = (await own.execute(_GET, params)).mappings().first()
        else:
            row = (await conn.execute(_GET, params)).mappings().first()
        return AssistantRecord.from_row(row) if row else None

    async def add_version(
        self, assistant_id: str, change: Callable[[AssistantRecord], AssistantRecord]
    ) -> AssistantRecord | None:
        """Store `change(current)` as a new current version; None if there is no such assistant."""
        async with self.db.transaction() as conn:
            current = await self.get(assistant_id, conn)
            if current is None:
                return None
            last = (
                await conn.execute(
                    select(func.max(assistant_versions.c.version)).where(
                        assistant_versions.c.assistant_id == assistant_id
                    )
                )
            ).scalar_one_or_none()
            now = utcnow()
            changed = replace(
                change(current), version=int(last or current.version) + 1, updated_at=now
            )
            changed = replace(changed, metadata=stamp_metadata("assistants", changed.metadata))
            version_row = _version_row(changed)
            version_row["created_at"] = now
            await conn.execute(insert(assistant_versions).values(version_row))
            await conn.execute(
                update(assistants)
                .where(assistants.c.assistant_id == assistant_id)
                .values({k: v for k, v in changed.row().items() if k != "created_at"})
            )
        return changed

    async def set_latest(self, assistant_id: str, version: int) -> AssistantRecord | None:
        """Make a stored version current again; None if the assistant or version is unknown."""
        async with self.db.transaction() as conn:
            current = await self.get(assistant_id, conn)
            if current is None:
                return None
            row = (
                (
                    await conn.execute(
                        select(assistant_versions).where(
                            assistant_versions.c.assistant_id == assistant_id,
                            assistant_versions.c.version == clamp_int32(version),
                        )
                    )
                )
                .mappings()
                .first()
            )
            if row is None:
                return None
            chosen = AssistantRecord.from_row(
                {**row, "created_at": current.created_at, "updated_at": utcnow()}
            )
            await conn.execute(
                update(assistants)
                .where(assistants.c.assistant_id == assistant_id)
                .values({k: v for k, v in chosen.row().items() if k != "created_at"})
            )
        return chosen

    async def versions(
        self, assistant_id: str, *, metadata: dict[str, Any] | None, limit: int, offset: int
    ) -> list[AssistantRecord]:
        """Stored versions, newest first (`updated_at` is each version's `created_at`)."""
        query = select(assistant_versions).where(assistant_versions.c.assistant_id == assistant_id)
        if metadata:
            query = query.where(
                json_contains(assistant_versions.c.metadata, metadata, self.db.dialect)
            )
        query = (
            query.order_by(assistant_versions.c.version.desc())
            .limit(limit)
            .offset(clamp_int64(offset))
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [AssistantRecord.from_row({**row, "updated_at": row["created_at"]}) for row in rows]

    def _where(self, filters: AssistantFilters) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            assistants.c.graph_id.in_(tuple(filters.graph_ids))
        ]
        if filters.graph_id is not None:
            conditions.append(assistants.c.graph_id == filters.graph_id)
        if filters.metadata:
            conditions.append(
                json_contains(assistants.c.metadata, filters.metadata, self.db.dialect)
            )
        if filters.name:
            conditions.append(
                func.lower(assistants.c.name).contains(filters.name.lower(), autoescape=True)
            )
        return conditions

    async def search(
        self,
        filters: AssistantFilters,
        *,
        limit: int,
        offset: int = 0,
        sort_by: str = "created_at",
        descending: bool = True,
    ) -> list[AssistantRecord]:
        if sort_by not in ASSISTANT_SORT_COLUMNS:
            raise ValueError(f"cannot sort assistants by {sort_by!r}")
        column = assistants.c[sort_by]
        tiebreak = assistants.c.assistant_id
        query = (
            select(assistants)
            .where(*self._where(filters))
            .order_by(
                column.desc() if descending else column.asc(),
                tiebreak.desc() if descending else tiebreak.asc(),
            )
            .limit(limit)
            .offset(clamp_int64(offset))
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [AssistantRecord.from_row(row) for row in rows]

    async def count(self, filters: AssistantFilters) -> int:
        query = select(func.count()).select_from(assistants).where(*self._where(filters))
        async with self.db.connection() as conn:
            return int((await conn.execute(query)).scalar_one())

    async def delete(self, assistant_id: str) -> bool:
        """Delete an assistant with all its versions."""
        async with self.db.transaction() as conn:
            await conn.execute(
                delete(assistant_versions).where(assistant_versions.c.assistant_id == assistant_id)
            )
            result = await conn.execute(
                delete(assistants).where(assistants.c.assistant_id == assistant_id)
            )
        return bool(result.rowcount)
