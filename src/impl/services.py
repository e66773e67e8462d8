"""The server's long-lived services, built once per app and started in its lifespan.

This is the composition root: it opens the database and the checkpointer, loads the
graphs, and wires repositories, the stream broker, the executor and the run service
together. API implementations receive this object and use only what they need.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from graphport.impl.config import Settings
from graphport.impl.runtime.assistant_service import AssistantService
from graphport.impl.runtime.cron_scheduler import CronScheduler
from graphport.impl.runtime.cron_service import CronService
from graphport.impl.runtime.executor import RunExecutor
from graphport.impl.runtime.graphs import GraphRegistry
from graphport.impl.runtime.metrics import RunMetrics
from graphport.impl.runtime.run_service import RunService
from graphport.impl.runtime.scale_out import executor_settings, new_worker_id, open_broker
from graphport.impl.runtime.thread_service import ThreadService
from graphport.impl.runtime.ttl_sweeper import TtlSweeper
from graphport.impl.runtime.webhooks import WebhookPolicy, WebhookSender, resolve_headers
from graphport.impl.storage.assistants import AssistantRepository
from graphport.impl.storage.checkpoints import open_checkpointer
from graphport.impl.storage.crons import CronRepository
from graphport.impl.storage.database import Database
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.feedback import FeedbackRepository
from graphport.impl.storage.long_term_store import GraphportStore, open_store
from graphport.impl.storage.records import TtlPolicy
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.store_config import StoreConfig

logger = logging.getLogger(__name__)


class Services:
    """Everything with a lifetime longer than a request."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        _prepare_imports(settings)
        self.graphs = GraphRegistry.load(settings.graphs, settings.project_dir)
        self.db = Database.open(settings.database_url)
        self.threads = ThreadRepository(self.db)
        self.runs = RunRepository(self.db)
        self.assistants = AssistantRepository(self.db)
        self.events = EventLogRepository(self.db)
        self.feedback = FeedbackRepository(self.db)
        worker_id = new_worker_id()
        self.broker = open_broker(settings, worker_id)
        self.executor = RunExecutor(
            runs=self.runs,
            threads=self.threads,
            events=self.events,
            broker=self.broker,
            graphs=self.graphs,
            settings=executor_settings(settings),
            worker_id=worker_id,
        )
        self.broker.wake_handler = self.executor.notify
        self.broker.cancel_handler = (
            self.executor.cancel_local if settings.redis_url else self.executor.cancel_when_claimed
        )
        self.run_service = RunService(
            db=self.db,
            threads=self.threads,
            runs=self.runs,
            assistants=self.assistants,
            graphs=self.graphs,
            broker=self.broker,
            executor=self.executor,
            events=self.events,
        )
        self.metrics = RunMetrics(self.runs, self.executor, self.broker)
        self.executor.on_run_end.append(self.metrics.run_ended)
        self.webhooks = WebhookSender(
            runs=self.runs,
            threads=self.threads,
            policy=WebhookPolicy.from_config(settings.webhooks),
            headers=resolve_headers(settings.webhooks, os.environ),
            allowed_fields=(settings.webhooks or {}).get("allowed_fields"),
            enabled=not (settings.http or {}).get("disable_webhooks", False),
        )
        # A temporary run's thread is deleted after the run-end hooks (executor.py).
        self.executor.on_run_end.append(self.webhooks.on_run_end)
        self.run_service.check_webhook = self.webhooks.check
        self.executor.on_thread_changed.append(self.run_service.refresh_thread)
        ttl = (settings.checkpointer or {}).get("ttl") or {}
        self.thread_service = ThreadService(
            threads=self.threads,
            runs=self.runs,
            run_service=self.run_service,
            graphs=self.graphs,
            default_ttl=_default_ttl(ttl),
        )
        self.assistant_service = AssistantService(
            assistants=self.assistants,
            graphs=self.graphs,
            runs=self.runs,
            run_service=self.run_service,
            threads=self.thread_service,
        )
        self.ttl_sweeper = TtlSweeper(
            self.thread_service,
            interval=float(ttl.get("sweep_interval_minutes", 5)) * 60,
            limit=int(ttl.get("sweep_limit", 1000)),
        )
        self.crons = CronRepository(self.db)
        self.cron_service = CronService(
            crons=self.crons,
            threads=self.threads,
            run_service=self.run_service,
            check_webhook=self.webhooks.check,
        )
        self.cron_scheduler = CronScheduler(self.crons, self.cron_service.fire)
        self.cron_service.on_change.append(self.cron_scheduler.notify)
        self.checkpointer: BaseCheckpointSaver[str] | None = None
        self.store_config = StoreConfig.model_validate(settings.store or {})
        self.store: GraphportStore | None = None
        self._stack = AsyncExitStack()

    async def start(self) -> None:
        await self.db.create_schema()
        self.checkpointer = await self._stack.enter_async_context(open_checkpointer(self.db.url))
        shared_lock = getattr(self.checkpointer, "lock", None)
        if self.db.dialect == "sqlite" and shared_lock is not None:
            self.db.write_lock = shared_lock
        self.store = await self._stack.enter_async_context(
            open_store(self.db, self.store_config, self.settings.project_dir)
        )
        self.graphs.bind(self.checkpointer, self.store)
        await self.broker.start()
        for graph_id in self.graphs.graph_ids:
            await self.assistants.ensure_system(graph_id)
        await self.executor.start()
        await self.ttl_sweeper.start()
        await self.cron_scheduler.start()

    async def stop(self) -> None:
        try:
            await self.cron_scheduler.stop()
            await self.ttl_sweeper.stop()
            await self.executor.stop()
            await self.webhooks.drain()
        finally:
            await self.broker.stop()
            await self._stack.aclose()
            # The checkpointer's lock belonged to this start; a later start shares its own.
            self.db.write_lock = asyncio.Lock() if self.db.dialect == "sqlite" else None
            await self.db.close()


def _default_ttl(ttl: dict[str, Any]) -> TtlPolicy | None:
    """`checkpointer.ttl.default_ttl` of langgraph.json: the TTL of threads created without one."""
    minutes = ttl.get("default_ttl")
    if not minutes:
        return None
    return TtlPolicy(strategy=str(ttl.get("strategy") or "delete"), minutes=float(minutes))


def _prepare_imports(settings: Settings) -> None:
    """Make the project importable as `langgraph dev` does: env vars, then dependency paths."""
    for key, value in settings.env.items():
        os.environ.setdefault(key, value)
    paths = [settings.project_dir, *(settings.project_dir / d for d in settings.dependencies)]
    for path in paths:
        resolved = str(Path(path).resolve())
        if Path(resolved).is_dir() and resolved not in sys.path:
            sys.path.insert(0, resolved)
