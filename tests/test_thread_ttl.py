"""Thread TTLs: the sweeper deletes or prunes expired threads, with an injected clock.

The services run in the test's own event loop (no HTTP): the sweeper's clock is moved forward
instead of waiting for minutes to pass.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from graphport.impl.runtime.thread_service import SuperstepUpdate
from graphport.impl.runtime.ttl_sweeper import TtlSweeper
from graphport.impl.services import Services
from graphport.impl.storage.records import TtlPolicy
from graphport.impl.storage.types import utcnow
from live_server import example_settings

STEPS = [
    [SuperstepUpdate(as_node="echo", values={"count": 1})],
    [SuperstepUpdate(as_node="counter", values={"count": 2})],
]


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


async def _started(tmp_path: Path, **options: Any) -> Services:
    services = Services(example_settings(tmp_path, **options))
    await services.start()
    return services


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    started = await _started(tmp_path)
    try:
        yield started
    finally:
        await started.stop()


@pytest.fixture
def sweeper_for(services: Services) -> Callable[[Clock], TtlSweeper]:
    def build(clock: Clock) -> TtlSweeper:
        return TtlSweeper(services.thread_service, interval=3600, clock=clock)

    return build


async def _history(services: Services, thread_id: str) -> list[Any]:
    thread = await services.thread_service.get(thread_id)
    return await services.thread_service.history(thread, limit=100)


async def test_a_thread_is_deleted_once_its_ttl_runs_out(
    services: Services, sweeper_for: Callable[[Clock], TtlSweeper]
) -> None:
    clock = Clock()
    sweeper = sweeper_for(clock)
    doomed = await services.thread_service.create(
        thread_id=None, metadata={"graph_id": "echo"}, ttl=TtlPolicy("delete", 10), supersteps=STEPS
    )
    forever = await services.thread_service.create(thread_id=None, metadata={})
    later = await services.thread_service.create(
        thread_id=None, metadata={}, ttl=TtlPolicy("delete", 60)
    )

    clock.advance(9)
    assert await sweeper.sweep() == 0
    clock.advance(2)
    assert await sweeper.sweep() == 1
    assert await services.threads.get(doomed.thread_id) is None
    assert services.checkpointer is not None
    assert (
        await services.checkpointer.aget_tuple(
            {"configurable": {"thread_id": doomed.thread_id, "checkpoint_ns": ""}}
        )
        is None
    )
    assert await services.threads.get(forever.thread_id) is not None
    assert await services.threads.get(later.thread_id) is not None


async def test_keep_latest_prunes_the_history_and_counts_again(
    services: Services, sweeper_for: Callable[[Clock], TtlSweeper]
) -> None:
    clock = Clock()
    sweeper = sweeper_for(clock)
    thread = await services.thread_service.create(
        thread_id=None,
        metadata={"graph_id": "echo"},
        ttl=TtlPolicy("keep_latest", 5),
        supersteps=STEPS,
    )
    assert len(await _history(services, thread.thread_id)) == 2

    clock.advance(6)
    assert await sweeper.sweep() == 1
    history = await _history(services, thread.thread_id)
    assert len(history) == 1
    assert history[0]["values"]["count"] == 2
    kept = await services.threads.get(thread.thread_id)
    assert kept is not None
    assert kept.expires_at == clock.now + timedelta(minutes=5)
    assert await sweeper.sweep() == 0


async def test_a_thread_with_an_active_run_waits_for_it(
    services: Services, sweeper_for: Callable[[Clock], TtlSweeper]
) -> None:
    clock = Clock()
    sweeper = sweeper_for(clock)
    thread = await services.thread_service.create(
        thread_id=None, metadata={}, ttl=TtlPolicy("delete", 1)
    )
    run = await services.run_service.create(
        {
            "assistant_id": "echo",
            "input": {"messages": [{"role": "user", "content": "hi"}]},
            "config": {"configurable": {"delay": 30}},
        },
        thread_id=thread.thread_id,
    )
    clock.advance(2)
    assert await sweeper.sweep() == 0
    assert await services.threads.get(thread.thread_id) is not None

    await services.run_service.cancel(run, "interrupt")
    assert await services.run_service.wait_done(run, 10) is not None
    assert await sweeper.sweep() == 1
    assert await services.threads.get(thread.thread_id) is None


async def test_updating_the_ttl_counts_it_from_the_update(
    services: Services, sweeper_for: Callable[[Clock], TtlSweeper]
) -> None:
    clock = Clock()
    sweeper = sweeper_for(clock)
    thread = await services.thread_service.create(
        thread_id=None, metadata={}, ttl=TtlPolicy("delete", 10)
    )
    await services.thread_service.update(
        thread.thread_id, metadata=None, ttl=TtlPolicy("delete", 30)
    )
    clock.advance(12)
    assert await sweeper.sweep() == 0
    assert await services.threads.get(thread.thread_id) is not None
    clock.advance(20)
    assert await sweeper.sweep() == 1


async def test_the_sweeper_runs_in_the_background_until_stopped(
    services: Services, sweeper_for: Callable[[Clock], TtlSweeper]
) -> None:
    clock = Clock()
    clock.advance(60)
    sweeper = TtlSweeper(services.thread_service, interval=0.01, clock=clock)
    thread = await services.thread_service.create(
        thread_id=None, metadata={}, ttl=TtlPolicy("delete", 1)
    )
    await sweeper.start()
    try:
        for _ in range(200):
            if await services.threads.get(thread.thread_id) is None:
                break
            await asyncio.sleep(0.01)
        assert await services.threads.get(thread.thread_id) is None
    finally:
        await sweeper.stop()
    await sweeper.stop()  # stopping twice is harmless


async def test_default_ttl_and_sweep_settings_come_from_langgraph_json(tmp_path: Path) -> None:
    ttl = {
        "strategy": "keep_latest",
        "default_ttl": 30,
        "sweep_interval_minutes": 2,
        "sweep_limit": 7,
    }
    services = await _started(tmp_path, checkpointer={"ttl": ttl})
    try:
        assert services.ttl_sweeper.interval == 120
        assert services.ttl_sweeper.limit == 7
        thread = await services.thread_service.create(thread_id=None, metadata={})
        assert thread.ttl == TtlPolicy("keep_latest", 30)
        explicit = await services.thread_service.create(
            thread_id=None, metadata={}, ttl=TtlPolicy("delete", 5)
        )
        assert explicit.ttl == TtlPolicy("delete", 5)
    finally:
        await services.stop()
