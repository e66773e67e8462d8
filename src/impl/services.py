"""The server's long-lived services, built once per app and started in its lifespan.

This is the composition root: it opens the database and the checkpointer, loads the
graphs, and wires repositories, the stream broker, the executor and the run service
together. API implementations receive this object and use only what they need.
"""

from __future__ import annotations

import logging
import os
import sys
from contextlib import AsyncExitStack
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver

from graphport.impl.config import Settings
from graphport.impl.runtime.broker import MemoryBroker
from graphport.impl.runtime.executor import ExecutorSettings, RunExecutor
from graphport.impl.runtime.graphs import GraphRegistry
from graphport.impl.runtime.run_service import RunService
from graphport.impl.storage.assistants import AssistantRepository
from graphport.impl.storage.checkpoints import open_checkpointer
from graphport.impl.storage.database import Database
from graphport.impl.storage.events import EventLogRepository
from graphport.impl.storage.feedback import FeedbackRepository
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadRepository

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
        self.broker = MemoryBroker()
        self.executor = RunExecutor(
            runs=self.runs,
            threads=self.threads,
            events=self.events,
            broker=self.broker,
            graphs=self.graphs,
            settings=ExecutorSettings(
                jobs=settings.jobs_per_worker, run_timeout=settings.run_timeout
            ),
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
        self.executor.on_run_end.append(self.run_service.delete_temporary_thread)
        self.executor.on_thread_changed.append(self.run_service.refresh_thread)
        self.checkpointer: BaseCheckpointSaver[str] | None = None
        self._stack = AsyncExitStack()

    async def start(self) -> None:
        await self.db.create_schema()
        self.checkpointer = await self._stack.enter_async_context(open_checkpointer(self.db.url))
        shared_lock = getattr(self.checkpointer, "lock", None)
        if self.db.dialect == "sqlite" and shared_lock is not None:
            self.db.write_lock = shared_lock
        self.graphs.bind(self.checkpointer, None)
        for graph_id in self.graphs.graph_ids:
            await self.assistants.ensure_system(graph_id)
        await self.executor.start()

    async def stop(self) -> None:
        try:
            await self.executor.stop()
        finally:
            self.broker.clear()
            await self._stack.aclose()
            self.db.write_lock = None
            await self.db.close()


def _prepare_imports(settings: Settings) -> None:
    """Make the project importable as `langgraph dev` does: env vars, then dependency paths."""
    for key, value in settings.env.items():
        os.environ.setdefault(key, value)
    paths = [settings.project_dir, *(settings.project_dir / d for d in settings.dependencies)]
    for path in paths:
        resolved = str(Path(path).resolve())
        if Path(resolved).is_dir() and resolved not in sys.path:
            sys.path.insert(0, resolved)
