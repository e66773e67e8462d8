"""Operations: /metrics, JSON logs naming the run, graceful shutdown that requeues runs."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from pathlib import Path

import httpx
from langgraph_sdk import get_client

from graphport.impl.logs import JsonFormatter, run_context
from live_server import LiveServer, example_settings, live_server


def _sample(text: str, name: str, labels: str = "") -> float:
    match = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.MULTILINE)
    assert match, f"{name}{labels} missing from /metrics"
    return float(match.group(1))


async def test_metrics_report_runs_queue_streams_durations_and_events(live: LiveServer) -> None:
    async with get_client(url=live.url) as sdk, httpx.AsyncClient(base_url=live.url) as http:
        before = (await http.get("/metrics")).text
        thread = await sdk.threads.create()
        stream = sdk.runs.stream(
            thread["thread_id"],
            "steps",
            input={"messages": []},
            config={"configurable": {"steps": 3, "pause": 0.2}},
        )
        during = ""
        async for part in stream:
            if part.event == "values" and not during:
                during = (await http.get("/metrics")).text
        after = (await http.get("/metrics")).text
    assert _sample(during, "graphport_active_streams") >= 1
    assert _sample(during, "graphport_runs_executing") >= 1
    assert _sample(after, "graphport_runs", '{status="success"}') >= 1
    assert _sample(after, "graphport_run_queue_depth") >= 0
    assert _sample(after, "graphport_run_events_total") > _sample(
        before, "graphport_run_events_total"
    )
    duration_count = 'graphport_run_duration_seconds_count{status="success"}'
    assert _sample(after, duration_count) >= 1
    assert _sample(after, 'graphport_run_duration_seconds_sum{status="success"}') >= 0.6
    assert "process_cpu_seconds_total" in after  # the process collectors are still served


def test_log_lines_are_json_naming_the_run_and_thread() -> None:
    record = logging.makeLogRecord(
        {"name": "graphport.test", "levelname": "WARNING", "msg": "lost %s", "args": ("it",)}
    )
    with run_context("run-1", "thread-1"):
        inside = json.loads(JsonFormatter().format(record))
    outside = json.loads(JsonFormatter().format(record))
    assert inside["message"] == "lost it"
    assert inside["level"] == "warning"
    assert (inside["run_id"], inside["thread_id"]) == ("run-1", "thread-1")
    assert "run_id" not in outside
    explicit = logging.makeLogRecord({"msg": "x", "run_id": "r", "thread_id": "t"})
    assert json.loads(JsonFormatter().format(explicit))["run_id"] == "r"


async def test_shutdown_lets_short_runs_finish_and_requeues_the_rest(tmp_path: Path) -> None:
    """Stopping takes no more runs; a run that ends within the grace period ends normally, a
    longer one goes back to the queue and runs again (attempt 2, from its last checkpoint)
    when the server is back."""
    settings = example_settings(tmp_path, shutdown_grace=1.0)
    with live_server(settings) as server:
        async with get_client(url=server.url) as sdk:
            short_thread = await sdk.threads.create()
            long_thread = await sdk.threads.create()
            short = await sdk.runs.create(
                short_thread["thread_id"],
                "steps",
                input={"messages": []},
                config={"configurable": {"steps": 2, "pause": 0.2}},
            )
            long = await sdk.runs.create(
                long_thread["thread_id"],
                "steps",
                input={"messages": []},
                config={"configurable": {"steps": 8, "pause": 0.5}},
            )
            for _ in range(200):
                statuses = {
                    (await sdk.runs.get(t, r))["status"]
                    for t, r in (
                        (short_thread["thread_id"], short["run_id"]),
                        (long_thread["thread_id"], long["run_id"]),
                    )
                }
                if statuses == {"running"}:
                    break
                await asyncio.sleep(0.05)
    with live_server(settings) as server:
        async with get_client(url=server.url) as sdk:
            assert (await sdk.runs.get(short_thread["thread_id"], short["run_id"]))[
                "status"
            ] == "success"
            joined = await sdk.runs.join(long_thread["thread_id"], long["run_id"])
            final = await sdk.runs.get(long_thread["thread_id"], long["run_id"])
    assert final["status"] == "success"
    assert [m["content"] for m in joined["messages"]] == [f"step {i}" for i in range(1, 9)]
