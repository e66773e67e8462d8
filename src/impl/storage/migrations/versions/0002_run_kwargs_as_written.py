"""Run kwargs as written: JSON instead of JSONB on PostgreSQL (key order shows on the wire).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite has one JSON type: nothing to do there.
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "runs",
            "kwargs",
            type_=sa.JSON(none_as_null=True),
            existing_nullable=False,
            postgresql_using="kwargs::json",
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "runs",
            "kwargs",
            type_=postgresql.JSONB(none_as_null=True, astext_type=sa.Text()),
            existing_nullable=False,
            postgresql_using="kwargs::jsonb",
        )
