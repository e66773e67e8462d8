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
from dataclasses import dataclass

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


BACKENDS = ("sqlite", "postgres", "postgres-redis")


@dataclass(frozen=True)
class Backend:
    """One combination the live-server suites run on: a database and a broker."""

    name: str
    database_url: str | None = None
    redis_url: str | None = None

    def options(self) -> dict[str, str]:
        """Settings options (none for SQLite: the server's data directory holds the file)."""
        chosen = {"database_url": self.database_url, "redis_url": self.redis_url}
        return {key: value for key, value in chosen.items() if value}


@contextmanager
def open_backend(name: str) -> Iterator[Backend]:
    """`sqlite`, `postgres` (a fresh database) or `postgres-redis` (plus the Redis broker)."""
    if name == "sqlite":
        yield Backend(name)
        return
    redis = redis_url() if name == "postgres-redis" else None
    with postgres_database() as database_url:
        yield Backend(name, database_url=database_url, redis_url=redis)
