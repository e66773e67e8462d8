"""Feedback on runs: one rating (+1 or -1) and comment per run and user."""

from __future__ import annotations

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from graphport.impl.storage.database import Database
from graphport.impl.storage.ids import uuid7
from graphport.impl.storage.records import FeedbackRecord
from graphport.impl.storage.tables import run_feedback
from graphport.impl.storage.types import utcnow


class FeedbackExistsError(Exception):
    """The user has already given feedback on the run."""


class FeedbackRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, run_id: str, user_id: str) -> FeedbackRecord | None:
        query = select(run_feedback).where(
            run_feedback.c.run_id == run_id, run_feedback.c.user_id == user_id
        )
        async with self.db.connection() as conn:
            row = (await conn.execute(query)).mappings().first()
        return FeedbackRecord.from_row(row) if row else None

    async def create(
        self, thread_id: str, run_id: str, user_id: str, rating: int, comment: str | None
    ) -> FeedbackRecord:
        """Store new feedback; `FeedbackExistsError` if the user already gave some."""
        record = self._new(thread_id, run_id, user_id, rating, comment)
        try:
            async with self.db.transaction() as conn:
                await conn.execute(insert(run_feedback).values(record.row()))
        except IntegrityError:
            raise FeedbackExistsError(run_id) from None
        return record

    async def put(
        self, thread_id: str, run_id: str, user_id: str, rating: int, comment: str | None
    ) -> FeedbackRecord:
        """Create the user's feedback on the run, or replace its rating and comment."""
        try:
            return await self._replace_or_create(thread_id, run_id, user_id, rating, comment)
        except IntegrityError:
            # A concurrent first feedback won the insert (PostgreSQL): replace it instead.
            return await self._replace_or_create(thread_id, run_id, user_id, rating, comment)

    async def _replace_or_create(
        self, thread_id: str, run_id: str, user_id: str, rating: int, comment: str | None
    ) -> FeedbackRecord:
        now = utcnow()
        async with self.db.transaction() as conn:
            replaced = await conn.execute(
                update(run_feedback)
                .where(run_feedback.c.run_id == run_id, run_feedback.c.user_id == user_id)
                .values(rating=rating, comment=comment, updated_at=now)
                .returning(*run_feedback.c)
            )
            row = replaced.mappings().first()
            if row is not None:
                return FeedbackRecord.from_row(row)
            record = self._new(thread_id, run_id, user_id, rating, comment)
            await conn.execute(insert(run_feedback).values(record.row()))
        return record

    @staticmethod
    def _new(
        thread_id: str, run_id: str, user_id: str, rating: int, comment: str | None
    ) -> FeedbackRecord:
        now = utcnow()
        return FeedbackRecord(
            feedback_id=uuid7(),
            thread_id=thread_id,
            run_id=run_id,
            user_id=user_id,
            rating=rating,
            comment=comment,
            created_at=now,
            updated_at=now,
        )

    async def delete(self, run_id: str, user_id: str) -> bool:
        async with self.db.transaction() as conn:
            result = await conn.execute(
                delete(run_feedback).where(
                    run_feedback.c.run_id == run_id, run_feedback.c.user_id == user_id
                )
            )
        return bool(result.rowcount)

    async def list_for_thread(self, thread_id: str, user_id: str) -> list[FeedbackRecord]:
        """The user's feedback on the thread's runs, oldest first."""
        query = (
            select(run_feedback)
            .where(run_feedback.c.thread_id == thread_id, run_feedback.c.user_id == user_id)
            .order_by(run_feedback.c.created_at, run_feedback.c.feedback_id)
        )
        async with self.db.connection() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [FeedbackRecord.from_row(r) for r in rows]

    async def stats(self, thread_id: str) -> tuple[int, int]:
        """How many thumbs up and thumbs down the thread's runs got, from every user."""
        query = select(
            func.coalesce(func.sum(case((run_feedback.c.rating > 0, 1), else_=0)), 0),
            func.coalesce(func.sum(case((run_feedback.c.rating < 0, 1), else_=0)), 0),
        ).where(run_feedback.c.thread_id == thread_id)
        async with self.db.connection() as conn:
            positive, negative = (await conn.execute(query)).one()
        return int(positive), int(negative)
