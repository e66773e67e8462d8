"""history index as equalities

The partial index of a thread's history rows selected them with `event IN (...)`. SQLite
evaluates a partial index's condition for every row inserted, and an IN list cost about 1 µs
a row: 4.5 ms of the 17 ms insert of a 5,000-event run. The same condition written as
equalities joined by OR costs nothing measurable, and queries that repeat its text still use
the index (tables.py, HISTORY_ROWS).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 19:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EVENTS = ("ai_message", "human_message", "system_message", "token_usage", "tool_message")
_IN_LIST = "event IN (" + ", ".join(f"'{e}'" for e in _EVENTS) + ")"
_EQUALITIES = "(" + " OR ".join(f"event = '{e}'" for e in _EVENTS) + ")"


def _recreate(condition: str) -> None:
    op.drop_index("ix_run_events_thread_history", table_name="run_events")
    op.create_index(
        "ix_run_events_thread_history",
        "run_events",
        ["thread_id", "seq"],
        unique=False,
        sqlite_where=sa.text(condition),
        postgresql_where=sa.text(condition),
    )


def upgrade() -> None:
    _recreate(_EQUALITIES)


def downgrade() -> None:
    _recreate(_IN_LIST)
