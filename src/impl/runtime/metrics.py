"""Prometheus metrics of one worker: runs by status, queue depth, streams, durations, events.

Counts that live in the database (runs by status, the queue) are read when `/metrics` is
scraped, so every worker reports the same shared figures; what is per process (open streams,
events published, run durations) is this worker's. Each app has its own registry (tests start
several apps in one process); the process-wide default registry is served alongside it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from graphport.impl.storage.records import RunRecord
from graphport.impl.storage.types import utcnow

if TYPE_CHECKING:
    from graphport.impl.runtime.broker import MemoryBroker
    from graphport.impl.runtime.executor import RunExecutor
    from graphport.impl.storage.runs import RunRepository

RUN_STATUSES = ("pending", "running", "success", "error", "timeout", "interrupted")
DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, float("inf"))


class StreamCounter:
    """SSE streams being served by this process (all apps in it: one per worker)."""

    def __init__(self) -> None:
        self.active = 0

    async def counted(self, body: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        self.active += 1
        try:
            async for chunk in body:
                yield chunk
        finally:
            self.active -= 1


STREAMS = StreamCounter()


class _Snapshot(Collector):
    """The figures read at scrape time (set by `RunMetrics.render` just before collecting)."""

    def __init__(self, metrics: RunMetrics) -> None:
        self.metrics = metrics
        self.by_status: dict[str, int] = {}

    def collect(self) -> Iterator[Any]:
        runs = GaugeMetricFamily(
            "graphport_runs", "Runs in the database, by status.", labels=["status"]
        )
        for status in sorted({*RUN_STATUSES, *self.by_status}):
            runs.add_metric([status], self.by_status.get(status, 0))
        yield runs
        yield GaugeMetricFamily(
            "graphport_run_queue_depth",
            "Runs waiting in the shared queue (pending).",
            value=self.by_status.get("pending", 0),
        )
        yield GaugeMetricFamily(
            "graphport_runs_executing",
            "Runs this worker is executing now.",
            value=self.metrics.executor.active_count,
        )
        yield GaugeMetricFamily(
            "graphport_active_streams",
            "SSE streams this worker is serving now (run and thread streams).",
            value=STREAMS.active,
        )
        yield CounterMetricFamily(
            "graphport_run_events",
            "Run events this worker published (throughput: rate() of this).",
            value=self.metrics.broker.published,
        )


class RunMetrics:
    def __init__(self, runs: RunRepository, executor: RunExecutor, broker: MemoryBroker) -> None:
        self.runs = runs
        self.executor = executor
        self.broker = broker
        self.registry = CollectorRegistry(auto_describe=True)
        self._snapshot = _Snapshot(self)
        self.registry.register(self._snapshot)
        self.run_duration = Histogram(
            "graphport_run_duration_seconds",
            "How long runs took, from their claim to their end, by final status.",
            ["status"],
            buckets=DURATION_BUCKETS,
            registry=self.registry,
        )

    def run_ended(self, run: RunRecord, status: str) -> None:
        """An executor run-end hook: the run's duration since this attempt claimed it."""
        self.run_duration.labels(status).observe(
            max(0.0, (utcnow() - run.updated_at).total_seconds())
        )

    async def render(self) -> bytes:
        self._snapshot.by_status = await self.runs.count_by_status()
        return generate_latest(self.registry)
