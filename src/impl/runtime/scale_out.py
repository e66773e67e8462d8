"""What differs between one worker and several: the broker, and the executor's timings.

One worker keeps streams and cancels in memory and sleeps until something happens; several
workers (PostgreSQL + Redis, `graphport serve --workers N`) share them through Redis and also
look at the shared run queue periodically, in case a wake-up was missed.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta

from graphport.impl.config import Settings
from graphport.impl.runtime.broker import MemoryBroker
from graphport.impl.runtime.executor import ExecutorSettings
from graphport.impl.runtime.redis_broker import RedisBroker, key_prefix

SHARED_QUEUE_POLL_SECONDS = 1.0


def new_worker_id() -> str:
    """Host, process and a random part: unique even when a pid is reused."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def open_broker(settings: Settings, worker_id: str) -> MemoryBroker:
    if not settings.redis_url:
        return MemoryBroker()
    return RedisBroker(
        settings.redis_url, prefix=key_prefix(settings.database_url), worker_id=worker_id
    )


def executor_settings(settings: Settings) -> ExecutorSettings:
    return ExecutorSettings(
        jobs=settings.jobs_per_worker,
        run_timeout=settings.run_timeout,
        lease=timedelta(seconds=settings.run_lease_seconds),
        max_attempts=settings.run_max_attempts,
        shutdown_grace=settings.shutdown_grace,
        poll_interval=SHARED_QUEUE_POLL_SECONDS if settings.redis_url else None,
        shared_queue=bool(settings.redis_url),
    )
