"""The thread TTL sweeper: a background task that applies expired threads' TTLs.

Started and stopped with the services. Every `interval` seconds it asks the thread service to
apply the TTL of each thread whose `expires_at` has passed (`delete` removes the thread,
`keep_latest` drops all but its latest checkpoints and counts the TTL again). The clock and the
interval are injectable so tests need not wait; `sweep()` runs one pass on demand.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from graphport.impl.runtime.thread_service import ThreadService
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)


class TtlSweeper:
    def __init__(
        self,
        threads: ThreadService,
        *,
        interval: float = 300.0,
        limit: int = 1000,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.threads = threads
        self.interval = interval
        self.limit = limit
        self.clock = clock
        self._task: asyncio.Task[None] | None = None

    async def sweep(self) -> int:
        """One pass; returns how many threads had their TTL applied."""
        return await self.threads.sweep_expired(self.clock(), self.limit)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="graphport-ttl-sweeper")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _loop(self) -> None:
        while True:
            try:
                await self.sweep()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("the thread TTL sweep failed; trying again later")
            await asyncio.sleep(self.interval)
