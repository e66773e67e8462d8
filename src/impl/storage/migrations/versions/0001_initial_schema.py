"""The initial schema: the tables of storage/tables.py before migrations existed.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 08:57:05.553276
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import graphport.impl.storage.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "assistants",
        sa.Column("assistant_id", sa.String(length=36), nullable=False),
        sa.Column("graph_id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "config",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "context",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "metadata",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("assistant_id"),
    )
    with op.batch_alter_table("assistants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assistants_graph_id"), ["graph_id"], unique=False)

    op.create_table(
        "threads",
        sa.Column("thread_id", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "state_updated_at",
            graphport.impl.storage.types.UtcDateTime(timezone=True),
            nullable=False,
        ),
        sa.Column(
            "metadata",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "config",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "values",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "interrupts",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "error",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("ttl_strategy", sa.String(length=16), nullable=True),
        sa.Column("ttl_minutes", sa.Float(), nullable=True),
        sa.Column(
            "expires_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("event_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("thread_id"),
    )
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_threads_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            "ix_threads_expires_at",
            ["expires_at"],
            unique=False,
            sqlite_where=sa.text("expires_at IS NOT NULL"),
            postgresql_where=sa.text("expires_at IS NOT NULL"),
        )
        batch_op.create_index("ix_threads_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "assistant_versions",
        sa.Column("assistant_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("graph_id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "config",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "context",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "metadata",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["assistant_id"], ["assistants.assistant_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("assistant_id", "version"),
    )
    op.create_table(
        "run_events",
        sa.Column("thread_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=255), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.thread_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("thread_id", "seq"),
    )
    with op.batch_alter_table("run_events", schema=None) as batch_op:
        batch_op.create_index("ix_run_events_run_seq", ["run_id", "seq"], unique=False)
        batch_op.create_index(
            "ix_run_events_thread_history",
            ["thread_id", "seq"],
            unique=False,
            sqlite_where=sa.text(
                "event IN ('ai_message', 'human_message', 'system_message', 'token_usage', 'tool_message')"
            ),
            postgresql_where=sa.text(
                "event IN ('ai_message', 'human_message', 'system_message', 'token_usage', 'tool_message')"
            ),
        )

    op.create_table(
        "runs",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("thread_id", sa.String(length=36), nullable=False),
        sa.Column("assistant_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "metadata",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column(
            "kwargs",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("multitask_strategy", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "run_after", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("attempt", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("temporary", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=True),
        sa.Column(
            "lease_expires_at",
            graphport.impl.storage.types.UtcDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column(
            "error",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("total_input_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("total_output_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("total_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("llm_call_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("lead_agent_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("subagent_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("middleware_tokens", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("message_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.thread_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id"),
    )
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.create_index("ix_runs_status_run_after", ["status", "run_after"], unique=False)
        batch_op.create_index("ix_runs_thread_created", ["thread_id", "created_at"], unique=False)
        batch_op.create_index(
            "uq_runs_one_running_per_thread",
            ["thread_id"],
            unique=True,
            sqlite_where=sa.text("status = 'running'"),
            postgresql_where=sa.text("status = 'running'"),
        )

    op.create_table(
        "run_feedback",
        sa.Column("feedback_id", sa.String(length=36), nullable=False),
        sa.Column("thread_id", sa.String(length=36), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=255), server_default=sa.text("('')"), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "created_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", graphport.impl.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.run_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.thread_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("feedback_id"),
        sa.UniqueConstraint("run_id", "user_id", name="uq_run_feedback_run_user"),
    )
    with op.batch_alter_table("run_feedback", schema=None) as batch_op:
        batch_op.create_index(
            "ix_run_feedback_thread_created", ["thread_id", "created_at"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("run_feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_run_feedback_thread_created")

    op.drop_table("run_feedback")
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_runs_one_running_per_thread",
            sqlite_where=sa.text("status = 'running'"),
            postgresql_where=sa.text("status = 'running'"),
        )
        batch_op.drop_index("ix_runs_thread_created")
        batch_op.drop_index("ix_runs_status_run_after")

    op.drop_table("runs")
    with op.batch_alter_table("run_events", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_run_events_thread_history",
            sqlite_where=sa.text(
                "event IN ('ai_message', 'human_message', 'system_message', 'token_usage', 'tool_message')"
            ),
            postgresql_where=sa.text(
                "event IN ('ai_message', 'human_message', 'system_message', 'token_usage', 'tool_message')"
            ),
        )
        batch_op.drop_index("ix_run_events_run_seq")

    op.drop_table("run_events")
    op.drop_table("assistant_versions")
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_index("ix_threads_updated_at")
        batch_op.drop_index(
            "ix_threads_expires_at",
            sqlite_where=sa.text("expires_at IS NOT NULL"),
            postgresql_where=sa.text("expires_at IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_threads_created_at"))

    op.drop_table("threads")
    with op.batch_alter_table("assistants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistants_graph_id"))

    op.drop_table("assistants")
