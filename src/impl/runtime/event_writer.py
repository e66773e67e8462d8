"""Persisting a run's events in batches, off the streaming hot path.

Events are appended to a buffer as the run emits them; one background write at a time
takes the whole buffer, so a fast run produces few, large inserts instead of one
transaction per event. `close()` waits until everything is stored.
"""

from __future__ import annotations

import asyncio
import logging

from graphport.impl.runtime.events import RunEvent
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)


class EventWriter:
    def __init__(self, repository: EventLogRepository, thread_id: str, run_id: str) -> None:
        self._repository = repository
        self._thread_id = thread_id
        self._run_id = run_id
        self._buffer: list[RunEvent] = []
        self._task: asyncio.Task[None] | None = None
        self.failed: BaseException | None = None

    def add(self, event: RunEvent) -> None:
        self._buffer.append(event)
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        try:
            # Let the run emit a batch before the first write.
            await asyncio.sleep(0)
            while self._buffer:
                batch, self._buffer = self._buffer, []
                await self._repository.append(self._thread_id, self._run_id, batch, utcnow())
        except Exception as exc:  # keep streaming; the run reports the failure at its end
            logger.exception("storing events of run %s failed", self._run_id)
            self.failed = exc
            self._buffer.clear()
        finally:
            self._task = None

    async def close(self) -> None:
        """Wait until every buffered event is stored."""
        while self._task is not None:
            await asyncio.shield(self._task)
        if self._buffer and self.failed is None:
            self._task = asyncio.get_running_loop().create_task(self._drain())
            await asyncio.shield(self._task)
