"""Assistant rows and their versions."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.storage.database import Database
from graphport.impl.storage.ids import system_assistant_id
from graphport.impl.storage.records import AssistantRecord
from graphport.impl.storage.tables import assistant_versions, assistants
from graphport.impl.storage.types import utcnow


class AssistantRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def ensure_system(self, graph_id: str) -> AssistantRecord:
        """The graph's system assistant, created on first start (idempotent)."""
        assistant_id = system_assistant_id(graph_id)
        existing = await self.get(assistant_id)
        if existing is not None:
            return existing
        now = utcnow()
        record = AssistantRecord(
            assistant_id=assistant_id,
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
        row = record.row()
        async with self.db.transaction() as conn:
            await conn.execute(insert(assistants).values(row))
            await conn.execute(
                insert(assistant_versions).values(
                    {k: v for k, v in row.items() if k != "updated_at"}
                )
            )
        return record

    async def get(
        self, assistant_id: str, conn: AsyncConnection | None = None
    ) -> AssistantRecord | None:
        query = select(assistants).where(assistants.c.assistant_id == assistant_id)
        if conn is None:
            async with self.db.connection() as own:
                row = (await own.execute(query)).mappings().first()
        else:
            row = (await conn.execute(query)).mappings().first()
        return AssistantRecord.from_row(row) if row else None
