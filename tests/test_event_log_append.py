"""The event log's batch insert (one statement, one array parameter) on both back-ends.

`EventLogRepository.append` sends a whole batch as one array the database unpacks itself
(SQLite `json_each`, PostgreSQL `unnest`); these check that what it stores reads back exactly as
the SQLAlchemy path stored it: the events in order, their bytes byte for byte (escapes, non-ASCII,
line separators), and a timezone-aware UTC timestamp. PostgreSQL runs on a
database of its own when 127.0.0.1:5432 answers, and is skipped otherwise.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from graphport.impl.runtime.events import RunEvent
from graphport.impl.storage.database import Database
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.tables import run_events
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.storage.types import utcnow

SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    name = f"graphport_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{SERVER}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'events.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    database = Database.open(url)
    await database.create_schema()
    try:
        yield database
    finally:
        await database.close()


async def test_a_batch_reads_back_in_order_with_its_utc_timestamp(db: Database) -> None:
    thread_id = str(uuid.uuid4())
    await ThreadRepository(db).create(thread_id, now=utcnow())
    log = EventLogRepository(db)
    stamp = utcnow()
    first = [RunEvent(seq, "custom", b'{"i":%d}' % seq) for seq in range(1, 1001)]
    await log.append(thread_id, "run-a", first, stamp)
    await log.append(thread_id, "run-a", [RunEvent(1001, "values", '{"é":"ü"}'.encode())], stamp)

    stored = await log.read_run("run-a")
    assert [(e.seq, e.event, e.data) for e in stored] == [
        *((e.seq, e.event, e.data) for e in first),
        (1001, "values", '{"é":"ü"}'.encode()),
    ]
    assert [e.seq for e in await log.read_thread(thread_id, after_seq=999)] == [1000, 1001]
    async with db.connection() as conn:
        created = (
            await conn.execute(select(run_events.c.created_at).where(run_events.c.seq == 1))
        ).scalar_one()
    assert created == stamp
    assert created.tzinfo is not None
    assert created.utcoffset() == UTC.utcoffset(None)


AWKWARD = [
    b'{"text":"quote \\" backslash \\\\ newline \\n tab \\t"}',
    '{"emoji":"😀","cjk":"中文","sep":"\u2028\u2029"}'.encode(),
    b'{"escaped":"\\ud83d\\ude00","lone":"\\udc80","nul":"\\u0000"}',
    b'["not an object", 1.0, 1e5, -0.0, 12345678901234567890]',
    b'"just a string"',
    b"null",
]


@pytest.mark.parametrize("names", ["one per event", "one"])
async def test_payloads_are_stored_byte_for_byte(db: Database, names: str) -> None:
    """Each event a name of its own (one statement for the batch), or one name for all (on
    SQLite: stretches of one name send only their payloads)."""
    thread_id = str(uuid.uuid4())
    await ThreadRepository(db).create(thread_id, now=utcnow())
    log = EventLogRepository(db)
    events = [
        RunEvent(i + 1, f"custom|ns:{i}" if names == "one per event" else "custom", data)
        for i, data in enumerate(AWKWARD)
    ]
    # A batch larger than SQLite's default variable limit would allow as bound rows.
    events += [RunEvent(100 + i, "custom", b'{"i":%d}' % i) for i in range(40_000)]
    run_id = str(uuid.uuid4())  # PostgreSQL's database is shared by the module's tests
    await log.append(thread_id, run_id, events, utcnow())
    stored = await log.read_run(run_id)
    assert [(e.seq, e.event, e.data) for e in stored] == [(e.seq, e.event, e.data) for e in events]


async def test_a_batch_of_a_few_stretches_keeps_names_seqs_and_order(db: Database) -> None:
    """Stretches break where the name changes or a seq is skipped."""
    thread_id = str(uuid.uuid4())
    await ThreadRepository(db).create(thread_id, now=utcnow())
    log = EventLogRepository(db)
    events = [RunEvent(1, "metadata", b'{"run_id":"r"}')]
    events += [RunEvent(seq, "custom", b'{"i":%d}' % seq) for seq in range(2, 50)]
    events += [RunEvent(seq, "custom", b'{"i":%d}' % seq) for seq in range(60, 70)]  # a gap
    events += [RunEvent(70, "values", b"{}")]
    run_id = str(uuid.uuid4())
    await log.append(thread_id, run_id, events, utcnow())
    stored = await log.read_run(run_id)
    assert [(e.seq, e.event, e.data) for e in stored] == [(e.seq, e.event, e.data) for e in events]


async def test_a_batch_goes_back_with_its_transaction(db: Database) -> None:
    """A long batch (COPY on PostgreSQL) as the transaction's first statement is still part
    of it: a failure later in the transaction leaves nothing stored."""
    thread_id = str(uuid.uuid4())
    await ThreadRepository(db).create(thread_id, now=utcnow())
    log = EventLogRepository(db)
    run_id = str(uuid.uuid4())
    events = [RunEvent(seq, "custom", b'{"i":%d}' % seq) for seq in range(1, 201)]

    async def fail_after_the_batch() -> None:
        async with db.transaction() as conn:
            await log.append_in(conn, thread_id, run_id, events, utcnow())
            raise RuntimeError("after the batch")

    with pytest.raises(RuntimeError, match="after the batch"):
        await fail_after_the_batch()
    assert await log.read_run(run_id) == []
    await log.append(thread_id, run_id, events, utcnow())
    assert [e.seq for e in await log.read_run(run_id)] == list(range(1, 201))


@pytest.mark.parametrize("count", [3, 200])  # a statement, and COPY on PostgreSQL
async def test_no_events_are_stored_for_a_deleted_thread(db: Database, count: int) -> None:
    """The log has no foreign key to threads: a batch whose thread is gone stores nothing
    (a thread created again with the same id must not inherit it)."""
    threads = ThreadRepository(db)
    thread_id = str(uuid.uuid4())
    await threads.create(thread_id, now=utcnow())
    log = EventLogRepository(db)
    run_id = str(uuid.uuid4())
    events = [RunEvent(seq, "custom", b"{}") for seq in range(1, count + 1)]
    await log.append(thread_id, run_id, events, utcnow())
    assert len(await log.read_run(run_id)) == count
    assert await threads.delete(thread_id)
    assert await log.read_run(run_id) == []  # deleting the thread deleted its events
    await log.append(thread_id, run_id, events, utcnow())
    async with db.connection() as conn:
        query = select(run_events.c.seq).where(run_events.c.thread_id == thread_id)
        rows = (await conn.execute(query)).all()
    assert rows == []


async def test_a_thread_deleted_while_a_batch_is_stored_keeps_no_events(
    request: pytest.FixtureRequest,
) -> None:
    """PostgreSQL: the batch's check key-share locks the thread, so a deletion that comes
    while the batch's transaction is open waits for it, then deletes the batch's events."""
    db = Database.open(request.getfixturevalue("postgres_url"))
    await db.create_schema()
    try:
        threads = ThreadRepository(db)
        thread_id = str(uuid.uuid4())
        await threads.create(thread_id, now=utcnow())
        log = EventLogRepository(db)
        run_id = str(uuid.uuid4())
        events = [RunEvent(seq, "custom", b"{}") for seq in range(1, 101)]
        stored = asyncio.Event()
        release = asyncio.Event()

        async def store_then_hold() -> None:
            async with db.transaction() as conn:
                await log.append_in(conn, thread_id, run_id, events, utcnow())
                stored.set()
                await release.wait()

        writer = asyncio.create_task(store_then_hold())
        await stored.wait()
        deletion = asyncio.create_task(threads.delete(thread_id))
        await asyncio.sleep(0.3)
        assert not deletion.done()  # waits for the batch's transaction
        release.set()
        await writer
        assert await deletion
        assert await log.read_run(run_id) == []
    finally:
        await db.close()
