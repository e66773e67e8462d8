"""The cron scheduler, with an injected clock: exactly-once firing and restart survival.

Two sets of services (two schedulers, two executors) share one database, SQLite or, when it
answers on 127.0.0.1:5432, PostgreSQL; their schedulers race on the same due crons and each
cron must fire exactly once per due date. A cron's `next_run_date` lives in the database, so
after a restart a cron that fell due during the downtime fires once (not once per missed
date). The clock lies in 2040, so the schedulers the services start on their own (real clock)
never find these crons due; the tests drive explicit schedulers with `tick()`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from graphport.impl.config import Settings
from graphport.impl.runtime.cron_scheduler import CronScheduler
from graphport.impl.runtime.run_service import NotClaimed
from graphport.impl.services import Services
from graphport.impl.storage.tables import runs
from graphport.impl.storage.threads import ThreadFilters
from live_server import EXAMPLES_CONFIG

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
HI = {"messages": [{"role": "user", "content": "hi"}]}
T0 = datetime(2040, 1, 1, 0, 0, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, hour: int, minute: int, second: int = 0) -> None:
        self.now = T0.replace(hour=hour, minute=minute, second=second)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'graphport.db'}"
        return
    name = f"graphport_cron_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


async def _start(database_url: str, clock: Clock) -> Services:
    services = Services(Settings.load(EXAMPLES_CONFIG, database_url=database_url))
    await services.start()
    services.cron_service.clock = clock
    return services


@pytest.fixture
async def clock() -> Clock:
    return Clock()


@pytest.fixture
async def pair(database_url: str, clock: Clock) -> AsyncIterator[tuple[Services, Services]]:
    first = await _start(database_url, clock)
    second = await _start(database_url, clock)
    try:
        yield first, second
    finally:
        await second.stop()
        await first.stop()


def _scheduler(services: Services, clock: Clock) -> CronScheduler:
    return CronScheduler(services.crons, services.cron_service.fire, clock=clock)


async def _runs_by_cron(services: Services) -> dict[str, list[dict[str, Any]]]:
    """Every stored run that a cron made, by cron id."""
    async with services.db.connection() as conn:
        rows = (await conn.execute(select(runs))).mappings().all()
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        cron_id = row["kwargs"]["config"]["configurable"].get("cron_id")
        if cron_id:
            found.setdefault(cron_id, []).append(dict(row))
    return found


async def _settle(services: Services) -> None:
    """Wait until no run is pending or running."""
    for _ in range(400):
        if not await services.runs.with_statuses(("pending", "running")):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("runs did not finish")


async def test_two_schedulers_fire_each_due_cron_exactly_once(
    pair: tuple[Services, Services], clock: Clock
) -> None:
    first, second = pair
    made = [
        await first.cron_service.create(
            {
                "assistant_id": "echo",
                "schedule": "* * * * *",
                "input": HI,
                "metadata": {"n": i},
                "on_run_completed": "keep",
            },
            thread_id=None,
        )
        for i in range(12)
    ]
    racers = [_scheduler(first, clock), _scheduler(second, clock), _scheduler(second, clock)]

    assert [await r.tick() for r in racers] == [[], [], []]  # nothing due yet
    rounds = 3
    for minute in range(1, rounds + 1):
        clock.set(0, minute, 5)
        fired = await asyncio.gather(*(r.tick() for r in racers))
        everything = [cron_id for batch in fired for cron_id in batch]
        assert sorted(everything) == sorted(c.cron_id for c in made)  # each exactly once
        # Raced again at the same instant: nothing is due any more.
        again = await asyncio.gather(*(r.tick() for r in racers))
        assert again == [[], [], []]
    await _settle(first)
    await _settle(second)

    by_cron = await _runs_by_cron(first)
    assert sorted(by_cron) == sorted(c.cron_id for c in made)
    for cron in made:
        fired_runs = by_cron[cron.cron_id]
        assert len(fired_runs) == rounds
        assert {r["status"] for r in fired_runs} == {"success"}
        assert len({r["thread_id"] for r in fired_runs}) == rounds  # a new thread each time
        assert fired_runs[0]["metadata"]["n"] == cron.metadata["n"]
    stored = await first.crons.get(made[0].cron_id)
    assert stored is not None
    assert stored.next_run_date == T0.replace(minute=rounds + 1, second=0)


async def test_a_cron_due_during_downtime_fires_once_after_restart(
    database_url: str, clock: Clock
) -> None:
    before = await _start(database_url, clock)
    try:
        thread = await before.thread_service.create(thread_id=None, metadata={})
        cron = await before.cron_service.create(
            {"assistant_id": "echo", "schedule": "0 * * * *", "input": HI},
            thread_id=thread.thread_id,
        )
        assert cron.next_run_date == T0.replace(hour=1, minute=0, second=0)
    finally:
        await before.stop()

    clock.set(3, 30)  # down from 00:00:30 to 03:30: the 01:00, 02:00 and 03:00 runs were missed
    after = await _start(database_url, clock)
    try:
        stored = await after.crons.get(cron.cron_id)
        assert stored is not None
        assert stored.next_run_date == T0.replace(hour=1, minute=0, second=0)  # persisted
        scheduler = _scheduler(after, clock)
        assert await scheduler.tick() == [cron.cron_id]
        assert await scheduler.tick() == []
        clock.set(3, 59, 59)
        assert await scheduler.tick() == []
        await _settle(after)
        fired = (await _runs_by_cron(after))[cron.cron_id]
        assert len(fired) == 1
        assert fired[0]["thread_id"] == thread.thread_id
        again = await after.crons.get(cron.cron_id)
        assert again is not None
        assert again.next_run_date == T0.replace(hour=4, minute=0, second=0)
        clock.set(4, 0, 1)
        assert await scheduler.tick() == [cron.cron_id]
    finally:
        await after.stop()


@pytest.fixture
async def services(tmp_path: Path, clock: Clock) -> AsyncIterator[Services]:
    started = await _start(f"sqlite:///{tmp_path / 'graphport.db'}", clock)
    try:
        yield started
    finally:
        await started.stop()


async def test_disabled_and_ended_crons_do_not_fire(services: Services, clock: Clock) -> None:
    scheduler = _scheduler(services, clock)
    paused = await services.cron_service.create(
        {"assistant_id": "echo", "schedule": "* * * * *", "enabled": False}, thread_id=None
    )
    ending = await services.cron_service.create(
        {
            "assistant_id": "echo",
            "schedule": "*/10 * * * *",
            "end_time": T0.replace(minute=15).isoformat(),
        },
        thread_id=None,
    )
    clock.set(0, 10, 1)
    assert await scheduler.tick() == [ending.cron_id]
    stored = await services.crons.get(ending.cron_id)
    assert stored is not None
    assert stored.next_run_date is None  # 00:20 is past its end
    clock.set(0, 30)
    assert await scheduler.tick() == []

    # Enabled again at 00:30, the paused cron runs from now on, not for the minutes it missed.
    resumed = await services.cron_service.update(paused.cron_id, {"enabled": True})
    assert resumed.next_run_date == T0.replace(minute=31, second=0)
    assert await scheduler.tick() == []
    clock.set(0, 31)
    assert await scheduler.tick() == [paused.cron_id]


async def test_cron_runs_go_through_the_run_service(services: Services, clock: Clock) -> None:
    scheduler = _scheduler(services, clock)
    thread = await services.thread_service.create(thread_id=None, metadata={})
    on_thread = await services.cron_service.create(
        {
            "assistant_id": "greeter",
            "schedule": "5 * * * *",
            "context": {"greeting": "bonjour"},
            "input": {"text": "Ada"},
            "metadata": {"who": "cron"},
        },
        thread_id=thread.thread_id,
    )
    stateless = await services.cron_service.create(
        {"assistant_id": "echo", "schedule": "5 * * * *", "input": HI}, thread_id=None
    )
    assert await services.threads.count(ThreadFilters()) == 1
    clock.set(0, 5)
    assert sorted(await scheduler.tick()) == sorted([on_thread.cron_id, stateless.cron_id])
    await _settle(services)
    by_cron = await _runs_by_cron(services)
    [run] = by_cron[on_thread.cron_id]
    assert run["thread_id"] == thread.thread_id
    assert run["status"] == "success"
    assert run["metadata"]["who"] == "cron"
    assert run["kwargs"]["context"] == {"greeting": "bonjour"}
    state = await services.threads.get(thread.thread_id)
    assert state is not None
    assert state.values == {"text": "bonjour: Ada"}
    assert run["kwargs"]["config"]["configurable"]["cron_id"] == on_thread.cron_id
    # A cron without a thread deletes each execution's thread (on_run_completed: delete):
    # its run went with it, and only the thread cron's thread is left.
    assert stateless.cron_id not in by_cron
    assert await services.threads.count(ThreadFilters()) == 1


async def test_the_background_loop_fires_a_due_cron(tmp_path: Path) -> None:
    """The loop the services start, with a clock a minute ahead of a cron's next date."""
    real_now = datetime.now(UTC)
    clock = Clock(real_now)
    services = await _start(f"sqlite:///{tmp_path / 'graphport.db'}", clock)
    try:
        await services.cron_scheduler.stop()
        services.cron_scheduler.clock = clock
        services.cron_scheduler.interval = 0.2
        cron = await services.cron_service.create(
            {"assistant_id": "echo", "schedule": "* * * * *", "on_run_completed": "keep"},
            thread_id=None,
        )
        await services.cron_scheduler.start()
        assert cron.next_run_date is not None
        clock.now = cron.next_run_date + timedelta(seconds=1)
        services.cron_scheduler.notify()
        for _ in range(100):
            if cron.cron_id in await _runs_by_cron(services):
                break
            await asyncio.sleep(0.05)
        assert len((await _runs_by_cron(services))[cron.cron_id]) == 1
    finally:
        await services.stop()


async def test_a_lost_claim_stores_no_run(services: Services, clock: Clock) -> None:
    """The claim and the run commit together: a scheduler that lost the claim stores nothing."""
    cron = await services.cron_service.create(
        {"assistant_id": "echo", "schedule": "* * * * *", "on_run_completed": "keep"},
        thread_id=None,
    )

    async def lost(_conn: Any) -> bool:
        return False

    with pytest.raises(NotClaimed):
        await services.cron_service.fire(cron, lost)
    assert await _runs_by_cron(services) == {}
    assert await services.threads.count(ThreadFilters()) == 0


async def test_a_refused_run_moves_the_cron_on_once(services: Services, clock: Clock) -> None:
    """A run the run service refuses (`reject` on a busy thread) still uses up its date."""
    scheduler = _scheduler(services, clock)
    thread = await services.thread_service.create(thread_id=None, metadata={})
    cron = await services.cron_service.create(
        {"assistant_id": "steps", "schedule": "* * * * *", "multitask_strategy": "reject"},
        thread_id=thread.thread_id,
    )
    busy = await services.run_service.create(
        {"assistant_id": "steps", "input": {}, "config": {"configurable": {"pause": 1.0}}},
        thread_id=thread.thread_id,
    )
    clock.set(0, 1, 1)
    assert await scheduler.tick() == [cron.cron_id]  # claimed, but refused with a 409
    assert await scheduler.tick() == []
    stored = await services.crons.get(cron.cron_id)
    assert stored is not None
    assert stored.next_run_date == T0.replace(minute=2, second=0)
    assert cron.cron_id not in await _runs_by_cron(services)
    await services.run_service.wait_done(busy, 30)
    clock.set(0, 2, 1)
    assert await scheduler.tick() == [cron.cron_id]
    await _settle(services)
    assert len((await _runs_by_cron(services))[cron.cron_id]) == 1
