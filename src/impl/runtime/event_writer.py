"""Persisting a run's events in batches, off the streaming hot path.

Events are appended to a buffer as the run emits them; one background write at a time
takes the whole buffer, so a fast run produces few, large inserts instead of one
transaction per event. The first write waits a little (`first_write_after`): a short run
has ended by then, and its events are stored with its end, in the transaction that records
it (`settle`), instead of in transactions of their own.
"""

from __future__ import annotations

import asyncio
import logging

from graphport.impl.runtime.events import RunEvent
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)

FIRST_WRITE_AFTER = 0.05
"""Seconds the first background write waits (live readers never wait for the log)."""


class EventWriter:
    def __init__(
        self,
        repository: EventLogRepository,
        thread_id: str,
        run_id: str,
        *,
        first_write_after: float | None = FIRST_WRITE_AFTER,
    ) -> None:
        """`first_write_after` None: nothing is written in the background, only by `close`
        (or by the caller, with what `settle` returns)."""
        self._repository = repository
        self._thread_id = thread_id
        self._run_id = run_id
        self._background = first_write_after is not None
        self._first_write_after = first_write_after or 0.0
        self._buffer: list[RunEvent] = []
        self._task: asyncio.Task[None] | None = None
        self._writing = False
        self._settling = False
        self.failed: BaseException | None = None

    def add(self, event: RunEvent) -> None:
        self._buffer.append(event)
        if self._task is None and not self._settling and self._background:
            self._task = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        try:
            await asyncio.sleep(self._first_write_after)
            while self._buffer and not self._settling:
                batch, self._buffer = self._buffer, []
                self._writing = True
                try:
                    await self._repository.append(self._thread_id, self._run_id, batch, utcnow())
                finally:
                    self._writing = False
        except asyncio.CancelledError:
            pass  # `settle` stopped the wait before the first write: the batch is still here
        except Exception as exc:  # keep streaming; the run reports the failure at its end
            logger.exception("storing events of run %s failed", self._run_id)
            self.failed = exc
            self._buffer.clear()
        finally:
            self._task = None

    async def settle(self) -> list[RunEvent]:
        """Stop writing in the background and return the events not stored yet.

        A write in flight finishes first (so the log keeps its order); the caller stores
        what is returned, typically in the transaction that records the run's end.
        """
        self._settling = True
        task = self._task
        if task is not None:
            if not self._writing:
                task.cancel()
            await asyncio.wait([task])
        rest, self._buffer = self._buffer, []
        return rest

    async def close(self) -> None:
        """Store every buffered event now (in a transaction of its own)."""
        rest = await self.settle()
        if rest and self.failed is None:
            try:
                await self._repository.append(self._thread_id, self._run_id, rest, utcnow())
            except Exception as exc:
                logger.exception("storing events of run %s failed", self._run_id)
                self.failed = exc
        self._settling = False
