"""The database handle: one async SQLAlchemy engine on SQLite (embedded) or PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from graphport.impl.serde import dumps_text, loads
from graphport.impl.storage import sqlite_inline
from graphport.impl.storage.migrate import upgrade
from graphport.impl.storage.wal_checkpoints import NO_AUTOCHECKPOINT, WalCheckpointer


@dataclass(frozen=True)
class DatabaseUrl:
    """A user-facing database URL, resolved to what each driver needs."""

    dialect: str  # "sqlite" or "postgresql"
    sqlalchemy_url: str
    sqlite_path: Path | None = None
    postgres_conninfo: str | None = None

    @classmethod
    def parse(cls, url: str) -> DatabaseUrl:
        """Accept `sqlite:///path`, a bare file path, or `postgresql://...`."""
        if url.startswith(("postgresql://", "postgres://", "postgresql+asyncpg://")):
            parsed = make_url(url.replace("postgres://", "postgresql://", 1))
            plain = parsed.set(drivername="postgresql")
            return cls(
                dialect="postgresql",
                sqlalchemy_url=plain.set(drivername="postgresql+asyncpg").render_as_string(
                    hide_password=False
                ),
                postgres_conninfo=plain.render_as_string(hide_password=False),
            )
        path_text = url
        for prefix in ("sqlite+aiosqlite:///", "sqlite:///"):
            if url.startswith(prefix):
                path_text = url[len(prefix) :]
                break
        if "://" in path_text:
            raise ValueError(
                f"Unsupported database URL {url!r}: use sqlite:///<file> or postgresql://..."
            )
        path = Path(path_text).expanduser().resolve()
        return cls(dialect="sqlite", sqlalchemy_url=f"sqlite+aiosqlite:///{path}", sqlite_path=path)


class Database:
    """Owns the engine; repositories borrow connections and transactions from it."""

    def __init__(self, url: DatabaseUrl, engine: AsyncEngine) -> None:
        self.url = url
        self.engine = engine
        # SQLite has one writer at a time. Writers of this process (our repositories, the
        # checkpointer and the store, which have connections of their own and share this
        # lock once started) take it instead of meeting in SQLite's busy handler, which
        # would block the event loop (storage/sqlite_inline.py).
        self.write_lock: asyncio.Lock | None = asyncio.Lock() if url.dialect == "sqlite" else None
        self.wal_checkpoints: WalCheckpointer | None = None

    @property
    def dialect(self) -> str:
        return self.url.dialect

    @classmethod
    def open(cls, url: str | DatabaseUrl) -> Database:
        resolved = url if isinstance(url, DatabaseUrl) else DatabaseUrl.parse(url)
        kwargs: dict[str, Any] = {"json_serializer": dumps_text, "json_deserializer": loads}
        if resolved.dialect == "sqlite":
            path = resolved.sqlite_path
            assert path is not None
            path.parent.mkdir(parents=True, exist_ok=True)

            async def connect_inline() -> Any:
                return sqlite_inline.connect(path, timeout=30)

            # SQLite on the loop's thread, not aiosqlite's (storage/sqlite_inline.py).
            kwargs["async_creator"] = connect_inline
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        engine = create_async_engine(resolved.sqlalchemy_url, **kwargs)
        database = cls(resolved, engine)
        if resolved.dialect == "sqlite":
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(engine.sync_engine, "begin", _sqlite_begin)
            assert resolved.sqlite_path is not None
            database.wal_checkpoints = WalCheckpointer(resolved.sqlite_path)
            database.wal_checkpoints.start()
        return database

    async def create_schema(self) -> None:
        """Bring the schema to the newest migration (idempotent; storage/migrate.py)."""
        async with self.engine.begin() as conn:
            await conn.run_sync(upgrade)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """A connection inside a write transaction that commits on success.

        On SQLite the transaction takes the write lock up front (`BEGIN IMMEDIATE`), so a
        transaction that reads before it writes never fails half-way with SQLITE_BUSY.
        """
        if self.write_lock is None:
            async with self.engine.connect() as conn:
                if self.dialect == "sqlite":
                    conn = await conn.execution_options(sqlite_begin="IMMEDIATE")
                async with conn.begin():
                    yield conn
            return
        async with self.write_lock, self.engine.connect() as conn:
            conn = await conn.execution_options(sqlite_begin="IMMEDIATE")
            async with conn.begin():
                yield conn

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[AsyncConnection]:
        """A connection for reads (autocommits nothing)."""
        async with self.engine.connect() as conn:
            yield conn

    async def close(self) -> None:
        await self.engine.dispose()
        if self.wal_checkpoints is not None:
            self.wal_checkpoints.stop()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL so readers never block the writer; foreign keys so deletes cascade; checkpoints
    off the commits (storage/wal_checkpoints.py).

    The driver's own implicit BEGIN is switched off: `_sqlite_begin` emits it instead.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute(NO_AUTOCHECKPOINT)  # a thread checkpoints (storage/wal_checkpoints.py)
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
