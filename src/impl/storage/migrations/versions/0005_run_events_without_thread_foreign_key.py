"""run events without a foreign key to their thread

PostgreSQL checked `run_events.thread_id -> threads` for every inserted row, about 5 µs a
row: 25 of the 60 ms that COPY of a 5,000-event run took (asyncpg, the same table and
indexes, medians of 8). The event log now checks, and key-share locks, the thread once a
batch (EventLogRepository.append_in), and deleting a thread deletes its events
(ThreadRepository.delete_in), so the constraint goes on both back-ends: the schema stays one.

Written by hand: on SQLite the constraint has no name, so the table is rebuilt with a naming
convention that names it first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 22:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
_SQLITE_FK = "fk_run_events_thread_id_threads"


def _thread_foreign_keys() -> list[str | None]:
    found = sa.inspect(op.get_bind()).get_foreign_keys("run_events")
    return [fk.get("name") for fk in found if fk["referred_table"] == "threads"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        if _thread_foreign_keys():
            with op.batch_alter_table("run_events", naming_convention=_SQLITE_NAMES) as batch:
                batch.drop_constraint(_SQLITE_FK, type_="foreignkey")
        return
    for name in _thread_foreign_keys():
        assert name is not None  # PostgreSQL names every constraint
        op.drop_constraint(name, "run_events", type_="foreignkey")


def downgrade() -> None:
    # Events of threads deleted meanwhile would break the constraint: they go first.
    op.execute(
        "DELETE FROM run_events WHERE NOT EXISTS "
        "(SELECT 1 FROM threads WHERE threads.thread_id = run_events.thread_id)"
    )
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("run_events", naming_convention=_SQLITE_NAMES) as batch:
            batch.create_foreign_key(
                _SQLITE_FK, "threads", ["thread_id"], ["thread_id"], ondelete="CASCADE"
            )
        return
    op.create_foreign_key(
        "run_events_thread_id_fkey",
        "run_events",
        "threads",
        ["thread_id"],
        ["thread_id"],
        ondelete="CASCADE",
    )
