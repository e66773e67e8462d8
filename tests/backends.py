"""The back-ends tests run on: SQLite (always), PostgreSQL and Redis (when they answer).

PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and Redis at 127.0.0.1:6379 are shared
with other test runs: every user here gets a database of its own (created and dropped) and a Redis
key prefix of its own, so runs never collide. When a server does not answer, the test is skipped
and the reason says which server and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
import redis

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
REDIS_SERVER = "redis://127.0.0.1:6379/0"


def postgres_unavailable() -> str | None:
    """Why PostgreSQL cannot be used, or None when it answers."""
    try:
        psycopg.connect(f"{PG_SERVER}/test", connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return f"PostgreSQL is not reachable at 127.0.0.1:5432 ({str(exc).strip()})"
    return None


def redis_unavailable() -> str | None:
    """Why Redis cannot be used, or None when it answers."""
    try:
        client = redis.Redis.from_url(REDIS_SERVER, socket_connect_timeout=3)
        client.ping()
        client.close()
    except redis.RedisError as exc:
        return f"Redis is not reachable at 127.0.0.1:6379 ({exc})"
    return None


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh database on the shared server (dropped afterwards); skips when it is down."""
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    name = f"graphport_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{PG_SERVER}/test", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with psycopg.connect(f"{PG_SERVER}/test", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url() -> str:
    """The shared Redis server (tests isolate themselves with a key prefix); skips when down."""
    reason = redis_unavailable()
    if reason:
        pytest.skip(reason)
    return REDIS_SERVER
