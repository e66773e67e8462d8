"""The cron scheduler: a background task that fires each due cron exactly once.

Started and stopped with the services, in every worker. Each pass reads the enabled crons whose
`next_run_date` has passed and, for each, claims it with a compare-and-set UPDATE that moves
`next_run_date` to the schedule's next date after *now* (storage/crons.py), in the transaction
that stores the run it fires: of all schedulers that saw the cron due, only the one whose
UPDATE matched fires it, and a claimed date always has its run. The date lives in the
database, so a restart loses nothing: a cron that fell due while no server ran is due at the
first pass after the restart, and fires once (its missed dates are not replayed one by one).

Between passes the task sleeps until the earliest next run date, at most `interval` seconds
(another worker may have created a cron), and is woken early when this worker creates or
changes one. The clock is injectable and `tick()` runs one pass, so tests need not wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.contract import ApiError
from graphport.impl.runtime.cron_schedule import next_run_after
from graphport.impl.runtime.run_service import NotClaimed
from graphport.impl.storage.crons import CronRecord, CronRepository
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)


class CronScheduler:
    def __init__(
        self,
        crons: CronRepository,
        fire: Callable[[CronRecord, Callable[[AsyncConnection], Awaitable[bool]]], Awaitable[Any]],
        *,
        interval: float = 30.0,
        batch: int = 100,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.crons = crons
        self.fire = fire
        self.interval = interval
        self.batch = batch
        self.clock = clock
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None

    async def tick(self) -> list[str]:
        """One pass: claim and fire every due cron; returns the ids of the crons fired."""
        now = self.clock()
        fired: list[str] = []
        for cron in await self.crons.due(now, self.batch):
            if await self._fire_once(cron, now):
                fired.append(cron.cron_id)
        return fired

    async def _fire_once(self, cron: CronRecord, now: datetime) -> bool:
        """Claim `cron`'s due date and create its run in one transaction; True if this did.

        A crash can therefore not claim a date without its run (or the reverse). A run the
        run service refuses (its thread busy with `reject`, its assistant gone) rolls the
        claim back with it; the date is then claimed on its own, so the cron moves on to
        its next date instead of being tried again at every pass.
        """
        seen = cron.next_run_date
        assert seen is not None
        following = next_run_after(cron.schedule, now, cron.timezone, cron.end_time)

        async def claim(conn: AsyncConnection | None = None) -> bool:
            return await self.crons.claim(
                cron.cron_id, seen=seen, now=now, next_run_date=following, conn=conn
            )

        try:
            await self.fire(cron, claim)
            return True
        except NotClaimed:
            return False  # another scheduler fired it
        except ApiError as exc:
            if not await claim():
                return False
            logger.warning("cron %s: its run was not created: %s", cron.cron_id, exc.detail)
            return True
        except Exception:
            if not await claim():
                return False
            logger.exception("cron %s: its run could not be created", cron.cron_id)
            return True

    def notify(self) -> None:
        """A cron was created or changed here: look again now rather than after a sleep."""
        if self._wake is not None:
            self._wake.set()

    async def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._loop(), name="graphport-cron-scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._wake = None

    async def _loop(self) -> None:
        while True:
            delay = self.interval
            try:
                fired = await self.tick()
                if len(fired) >= self.batch:
                    continue  # more may be due right now
                delay = await self._sleep_budget()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("the cron scheduler pass failed; trying again later")
            wake = self._wake
            if wake is None:
                return
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await wake.wait()
            wake.clear()

    async def _sleep_budget(self) -> float:
        upcoming = await self.crons.next_due_date()
        if upcoming is None:
            return self.interval
        seconds = (upcoming - self.clock()).total_seconds()
        return min(self.interval, max(seconds, 0.0) + 0.01)
