"""The relational schema, as SQLAlchemy Core tables (the same on SQLite and PostgreSQL).

Checkpoints are not here: langgraph's own checkpointers own their tables.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from graphport.impl.runtime.events import HISTORY_EVENTS
from graphport.impl.storage.types import UtcDateTime, json_column_type, json_document_type

metadata = MetaData()

assistants = Table(
    "assistants",
    metadata,
    Column("assistant_id", String(36), primary_key=True),
    Column("graph_id", String(255), nullable=False, index=True),
    Column("name", String(255), nullable=False),
    Column("description", Text, nullable=True),
    Column("config", json_column_type(), nullable=False),
    Column("context", json_column_type(), nullable=False),
    Column("metadata", json_column_type(), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

assistant_versions = Table(
    "assistant_versions",
    metadata,
    Column(
        "assistant_id",
        String(36),
        ForeignKey("assistants.assistant_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("version", Integer, primary_key=True),
    Column("graph_id", String(255), nullable=False),
    Column("name", String(255), nullable=False),
    Column("description", Text, nullable=True),
    Column("config", json_column_type(), nullable=False),
    Column("context", json_column_type(), nullable=False),
    Column("metadata", json_column_type(), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

threads = Table(
    "threads",
    metadata,
    Column("thread_id", String(36), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False, index=True),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("state_updated_at", UtcDateTime, nullable=False),
    Column("metadata", json_column_type(), nullable=False),
    Column("config", json_column_type(), nullable=False),
    Column("status", String(16), nullable=False),
    Column("values", json_column_type(), nullable=True),
    Column("interrupts", json_column_type(), nullable=False),
    Column("error", json_column_type(), nullable=True),
    Column("ttl_strategy", String(16), nullable=True),
    Column("ttl_minutes", Float, nullable=True),
    Column("expires_at", UtcDateTime, nullable=True),
    # The last event sequence number handed out on this thread (the run event log's ids).
    Column("event_seq", Integer, nullable=False, server_default=text("0")),
    Index("ix_threads_updated_at", "updated_at"),
    # The TTL sweeper's scan: only threads that have a TTL are in it.
    Index(
        "ix_threads_expires_at",
        "expires_at",
        sqlite_where=text("expires_at IS NOT NULL"),
        postgresql_where=text("expires_at IS NOT NULL"),
    ),
)

runs = Table(
    "runs",
    metadata,
    Column("run_id", String(36), primary_key=True),
    Column(
        "thread_id",
        String(36),
        ForeignKey("threads.thread_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("assistant_id", String(36), nullable=False),
    Column("status", String(16), nullable=False),
    Column("metadata", json_column_type(), nullable=False),
    Column("kwargs", json_document_type(), nullable=False),
    Column("multitask_strategy", String(16), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    # When the run may start (`after_seconds`); the queue orders by it, then by creation.
    Column("run_after", UtcDateTime, nullable=False),
    Column("attempt", Integer, nullable=False, server_default=text("0")),
    Column("temporary", Boolean, nullable=False, server_default=text("false")),
    # Which worker holds the run, and until when its lease lasts (crash recovery).
    Column("worker_id", String(64), nullable=True),
    Column("lease_expires_at", UtcDateTime, nullable=True),
    # The wait/join body once the run has ended (raw JSON text).
    Column("result", Text, nullable=True),
    Column("error", json_column_type(), nullable=True),
    Column("total_input_tokens", Integer, nullable=False, server_default=text("0")),
    Column("total_output_tokens", Integer, nullable=False, server_default=text("0")),
    Column("total_tokens", Integer, nullable=False, server_default=text("0")),
    Column("llm_call_count", Integer, nullable=False, server_default=text("0")),
    Column("lead_agent_tokens", Integer, nullable=False, server_default=text("0")),
    Column("subagent_tokens", Integer, nullable=False, server_default=text("0")),
    Column("middleware_tokens", Integer, nullable=False, server_default=text("0")),
    Column("message_count", Integer, nullable=False, server_default=text("0")),
    Index("ix_runs_thread_created", "thread_id", "created_at"),
    Index("ix_runs_status_run_after", "status", "run_after"),
    # At most one running run per thread, whichever worker claims it.
    Index(
        "uq_runs_one_running_per_thread",
        "thread_id",
        unique=True,
        sqlite_where=text("status = 'running'"),
        postgresql_where=text("status = 'running'"),
    ),
)

# The history rows of the run event log (messages, token usage: runtime/events.py). Queries
# repeat this very text so that the partial index below serves them. Equalities joined by OR,
# not `event IN (...)`: SQLite evaluates the condition for every row inserted, and an IN list
# cost about 1 µs a row (migration 0004).
HISTORY_ROWS = text("(" + " OR ".join(f"event = '{e}'" for e in sorted(HISTORY_EVENTS)) + ")")

run_events = Table(
    "run_events",
    metadata,
    # No foreign key to threads: PostgreSQL checked it for every inserted row (about 40% of a
    # 5,000-event insert). `EventLogRepository.append_in` checks, and on PostgreSQL key-share
    # locks, the thread once a batch instead; `ThreadRepository.delete_in` deletes the events.
    Column("thread_id", String(36), primary_key=True),
    # Strictly increasing per thread across runs: the SSE `id` of resumable streams.
    Column("seq", Integer, primary_key=True),
    Column("run_id", String(36), nullable=False),
    Column("event", String(255), nullable=False),
    # The event's data as one line of compact JSON, exactly as it went on the wire.
    Column("data", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index("ix_run_events_run_seq", "run_id", "seq"),
    # A thread's history rows (the history endpoints page its messages by seq), without
    # indexing the stream events around them.
    Index(
        "ix_run_events_thread_history",
        "thread_id",
        "seq",
        sqlite_where=HISTORY_ROWS,
        postgresql_where=HISTORY_ROWS,
    ),
)

run_feedback = Table(
    "run_feedback",
    metadata,
    Column("feedback_id", String(36), primary_key=True),
    Column(
        "thread_id",
        String(36),
        ForeignKey("threads.thread_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("run_id", String(36), ForeignKey("runs.run_id", ondelete="CASCADE"), nullable=False),
    # Whose feedback it is ("" until authentication names users): one per run and user.
    Column("user_id", String(255), nullable=False, server_default=text("''")),
    Column("rating", Integer, nullable=False),
    Column("comment", Text, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    UniqueConstraint("run_id", "user_id", name="uq_run_feedback_run_user"),
    Index("ix_run_feedback_thread_created", "thread_id", "created_at"),
)

crons = Table(
    "crons",
    metadata,
    Column("cron_id", String(36), primary_key=True),
    Column(
        "assistant_id",
        String(36),
        ForeignKey("assistants.assistant_id", ondelete="CASCADE"),
        nullable=False,
    ),
    # Null for a cron that runs on a new thread each time; a thread's crons go with it.
    Column(
        "thread_id",
        String(36),
        ForeignKey("threads.thread_id", ondelete="CASCADE"),
        nullable=True,
    ),
    Column("user_id", String(255), nullable=True),
    Column("schedule", String(255), nullable=False),
    Column("timezone", String(64), nullable=True),
    Column("end_time", UtcDateTime, nullable=True),
    # The run request each execution makes (the creation body, patched).
    Column("payload", json_document_type(), nullable=False),  # key order shows on the wire
    Column("metadata", json_column_type(), nullable=False),
    Column("on_run_completed", String(16), nullable=True),
    Column("enabled", Boolean, nullable=False),
    # When it runs next; the schedulers claim a due cron by moving this forward (null: no more).
    Column("next_run_date", UtcDateTime, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Index("ix_crons_enabled_next_run", "enabled", "next_run_date"),
    Index("ix_crons_thread", "thread_id"),
    Index("ix_crons_assistant", "assistant_id"),
)

# Beside langgraph's own store tables (its stores create and migrate them): one embedding per
# indexed text of an item, for semantic search (`prefix` is the namespace joined with `.`).
store_vectors = Table(
    "graphport_store_vectors",
    metadata,
    Column("prefix", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("field", String, primary_key=True),
    Column("vector", JSON, nullable=False),
)
