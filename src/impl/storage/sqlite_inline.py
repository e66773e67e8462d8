"""An aiosqlite-shaped connection that runs SQLite on the event loop's own thread.

aiosqlite runs every call (cursor, execute, fetch, close, commit) as a round trip to a
thread of its own. A no-op run's bookkeeping took ~90 such round trips, and profiling put
them (with the GIL hand-offs they cause) ahead of everything else a run costs: an empty
transaction took ~0.7 ms, a one-row SELECT ~0.36 ms. The statements themselves take
microseconds on a local file, so this shim calls `sqlite3` directly and only looks async.

Why it cannot stall the loop: SQLite writers of this process take the database's asyncio
write lock first (`Database.transaction`; the checkpointer and the store share it), so a
write never waits on another writer of this process; readers never wait in WAL mode. A
statement waits on SQLite's own lock only when another *process* writes the same file,
which graphport refuses (several workers need PostgreSQL).

Used for the main engine (`Database.open`, as SQLAlchemy's `async_creator`) and for
langgraph's `AsyncSqliteSaver`, which take the methods below and nothing else.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Generator, Iterable
from pathlib import Path
from typing import Any


class InlineCursor:
    """`aiosqlite.Cursor`'s coroutine methods over a plain `sqlite3.Cursor`."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()

    def __aiter__(self) -> InlineCursor:
        return self

    async def __anext__(self) -> Any:
        row = self._cursor.fetchone()
        if row is None:
            raise StopAsyncIteration
        return row

    async def execute(self, sql: str, parameters: Any = None) -> InlineCursor:
        if parameters is None:
            self._cursor.execute(sql)
        else:
            self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        self._cursor.executemany(sql, parameters)
        return self

    async def executescript(self, script: str) -> InlineCursor:
        self._cursor.executescript(script)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        if size is None:
            return self._cursor.fetchmany()
        return self._cursor.fetchmany(size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _Pending:
    """What aiosqlite's `execute()`/`cursor()` return: awaitable, or used with `async with`
    (the cursor is closed on exit)."""

    __slots__ = ("_cursor", "_open")

    def __init__(self, open_cursor: Callable[[], Awaitable[InlineCursor]]) -> None:
        self._open = open_cursor
        self._cursor: InlineCursor | None = None

    def __await__(self) -> Generator[Any, None, InlineCursor]:
        return self._open().__await__()

    async def __aenter__(self) -> InlineCursor:
        self._cursor = await self._open()
        return self._cursor

    async def __aexit__(self, *_exc: object) -> None:
        if self._cursor is not None:
            await self._cursor.close()


class _RunNow:
    """Stands in for aiosqlite's request queue (SQLAlchemy's dialect sets the isolation level
    through it): the function runs at once and its future is resolved."""

    __slots__ = ()

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:
            if future is not None:
                future.set_exception(exc)
            return
        if future is not None:
            future.set_result(result)


class InlineConnection:
    """`aiosqlite.Connection`'s interface over a plain `sqlite3.Connection`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn: sqlite3.Connection | None = connection
        self._tx = _RunNow()

    @property
    def _connection(self) -> sqlite3.Connection | None:
        """aiosqlite's name for the live connection (None once closed)."""
        return self._conn

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError("no active connection")
        return self._conn

    def is_alive(self) -> bool:
        return self._conn is not None

    def __await__(self) -> Generator[Any, None, InlineConnection]:
        # `await aiosqlite.connect(...)` starts the connection; this one already is.
        yield from ()
        return self

    async def __aenter__(self) -> InlineConnection:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    @property
    def isolation_level(self) -> str | None:
        return self.conn.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self.conn.isolation_level = value  # type: ignore[assignment]

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @property
    def total_changes(self) -> int:
        return self.conn.total_changes

    def cursor(self) -> _Pending:
        async def open_cursor() -> InlineCursor:
            return InlineCursor(self.conn.cursor())

        return _Pending(open_cursor)

    def execute(self, sql: str, parameters: Any = None) -> _Pending:
        async def run() -> InlineCursor:
            cursor = InlineCursor(self.conn.cursor())
            return await cursor.execute(sql, parameters)

        return _Pending(run)

    def executemany(self, sql: str, parameters: Iterable[Any]) -> _Pending:
        async def run() -> InlineCursor:
            cursor = InlineCursor(self.conn.cursor())
            return await cursor.executemany(sql, parameters)

        return _Pending(run)

    def executescript(self, script: str) -> _Pending:
        async def run() -> InlineCursor:
            cursor = InlineCursor(self.conn.cursor())
            return await cursor.executescript(script)

        return _Pending(run)

    async def commit(self) -> None:
        self.conn.commit()

    async def rollback(self) -> None:
        self.conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self.conn.create_function(*args, **kwargs)

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """SQLAlchemy's forced close (aiosqlite stops its thread)."""
        connection, self._conn = self._conn, None
        if connection is not None:
            connection.close()


def connect(path: Path | str, *, timeout: float = 30.0, **kwargs: Any) -> InlineConnection:
    """Open `path` like `aiosqlite.connect` (the result may be awaited, as aiosqlite's is)."""
    return InlineConnection(
        sqlite3.connect(str(path), timeout=timeout, check_same_thread=False, **kwargs)
    )
