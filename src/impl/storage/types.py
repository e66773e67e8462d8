"""Column types shared by every table: UTC timestamps and JSON documents."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (what every timestamp column holds)."""
    return datetime.now(UTC)


def isoformat(value: datetime) -> str:
    """ISO-8601 as the reference writes it (`2026-11-26T03:26:02.025254+00:00`)."""
    return value.astimezone(UTC).isoformat()


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python.

    SQLite has no timezone-aware type, so values are stored there as naive UTC and get
    their timezone back on the way out; PostgreSQL stores `timestamptz`.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def json_column_type() -> TypeEngine[Any]:
    """JSON on SQLite, JSONB on PostgreSQL (containment queries use its `@>`)."""
    return JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")


def json_document_type() -> TypeEngine[Any]:
    """JSON kept as written, on both back-ends: for documents that are only stored and read
    back, never searched, and whose key order shows on the wire (a run's config reaches
    checkpoints and `debug` events in the order the client gave it; JSONB would reorder it)."""
    return JSON(none_as_null=True)
