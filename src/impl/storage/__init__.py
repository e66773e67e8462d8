"""Persistence: tables, repositories and the checkpointer, on SQLite or PostgreSQL.

One code path serves both engines (SQLAlchemy Core on an async driver); only the
dialect-specific SQL that must differ (JSON containment, row locking) branches.
"""
