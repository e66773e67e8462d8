"""Several server processes sharing PostgreSQL + Redis: any worker can accept, execute, stream,
join and cancel any run; a worker killed mid-run loses nothing.

Each test starts real `uvicorn` processes (what `graphport serve --workers N` starts) on a fresh
database; skipped with the reason when PostgreSQL or Redis does not answer.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import psycopg
import pytest
from langgraph_sdk import get_client
from typer.testing import CliRunner

from backends import postgres_database, redis_url
from graphport.impl.cli import cli
from graphport.impl.runtime.redis_broker import key_prefix
from graphport.impl.storage.database import DatabaseUrl
from live_server import EXAMPLES_CONFIG, free_port, serve_workers_argv

LEASE_SECONDS = 1.5


@dataclass
class Shared:
    database_url: str
    redis_url: str
    servers: list[ServerProcess] = field(default_factory=list)

    def start(self, **env: str) -> ServerProcess:
        server = ServerProcess(self, env)
        self.servers.append(server)
        server.wait_ready()
        return server

    def worker_pid(self, run_id: str) -> int | None:
        """The process holding a run's lease (worker ids are `host:pid:random`)."""
        conninfo = DatabaseUrl.parse(self.database_url).postgres_conninfo
        with psycopg.connect(str(conninfo)) as conn:
            row = conn.execute("SELECT worker_id FROM runs WHERE run_id = %s", (run_id,)).fetchone()
        if row is None or row[0] is None or row[0].count(":") != 2:
            return None
        return int(row[0].split(":")[1])


class ServerProcess:
    def __init__(self, shared: Shared, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        variables = {
            **os.environ,
            "GRAPHPORT_CONFIG": str(EXAMPLES_CONFIG),
            "GRAPHPORT_DATABASE_URL": shared.database_url,
            "GRAPHPORT_REDIS_URL": shared.redis_url,
            "GRAPHPORT_RUN_LEASE_SECONDS": str(LEASE_SECONDS),
            "GRAPHPORT_SHUTDOWN_GRACE": "0",
            **env,
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "graphport.impl.app:create_app_from_env",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            env=variables,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/ok", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError("server did not start within 240 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def shared(request: pytest.FixtureRequest) -> Iterator[Shared]:
    if "postgres-redis" not in request.config.getoption("backend"):
        pytest.skip(
            "several workers need PostgreSQL + Redis: run with --backend postgres-redis "
            "(make test-backends)"
        )
    redis = redis_url()
    with postgres_database() as database_url:
        backends = Shared(database_url, redis)
        try:
            yield backends
        finally:
            for server in backends.servers:
                server.stop()
            _drop_redis_keys(redis, database_url)


def _drop_redis_keys(url: str, database_url: str) -> None:
    import redis as sync_redis

    client = sync_redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=key_prefix(database_url) + "*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def steps(n: int, pause: float) -> dict[str, Any]:
    return {"configurable": {"steps": n, "pause": pause}}


async def _events(stream: Any) -> list[tuple[str, Any]]:
    return [(part.event, part.data) async for part in stream]


async def test_a_run_created_on_a_is_streamed_from_b_and_joined_from_a(shared: Shared) -> None:
    a, b = shared.start(), shared.start()
    async with get_client(url=a.url) as on_a, get_client(url=b.url) as on_b:
        for _ in range(3):  # whichever worker claims each, A or B
            thread = await on_a.threads.create()
            run = await on_a.runs.create(
                thread["thread_id"],
                "steps",
                input={"messages": []},
                config=steps(6, 0.2),
                stream_mode=["values", "custom"],
            )
            streamed = await _events(
                on_b.runs.join_stream(thread["thread_id"], run["run_id"], stream_mode="custom")
            )
            joined = await on_a.runs.join(thread["thread_id"], run["run_id"])
            assert [m["content"] for m in joined["messages"]] == [f"step {i}" for i in range(1, 7)]
            custom = [data["step"] for event, data in streamed if event == "custom"]
            # B joined while the run was going on: it sees the rest of it, in order, to the end.
            assert custom
            assert custom == list(range(7 - len(custom), 7))
            assert (await on_b.runs.get(thread["thread_id"], run["run_id"]))["status"] == "success"


async def test_a_run_created_on_a_is_cancelled_from_b(shared: Shared) -> None:
    a, b = shared.start(), shared.start()
    async with get_client(url=a.url) as on_a, get_client(url=b.url) as on_b:
        thread = await on_a.threads.create()
        run = await on_a.runs.create(
            thread["thread_id"], "steps", input={"messages": []}, config=steps(50, 0.1)
        )
        stream = asyncio.ensure_future(
            _events(on_b.runs.join_stream(thread["thread_id"], run["run_id"]))
        )
        for _ in range(2_000):
            if (await on_b.runs.get(thread["thread_id"], run["run_id"]))["status"] == "running":
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        await on_b.runs.cancel(thread["thread_id"], run["run_id"])
        joined = await asyncio.wait_for(on_a.runs.join(thread["thread_id"], run["run_id"]), 20)
        streamed = await asyncio.wait_for(stream, 20)
        final = await on_a.runs.get(thread["thread_id"], run["run_id"])
    assert final["status"] == "interrupted"
    assert 0 < len(joined["messages"]) < 50
    assert any(event == "values" for event, _ in streamed)


async def _kill_the_worker_mid_run(shared: Shared, **env: str) -> tuple[dict[str, Any], ...]:
    a, b = shared.start(**env), shared.start(**env)
    by_pid = {a.process.pid: a, b.process.pid: b}
    async with get_client(url=a.url) as on_a:
        thread = await on_a.threads.create()
        run = await on_a.runs.create(
            thread["thread_id"],
            "steps",
            input={"messages": []},
            config=steps(12, 0.25),
            stream_mode=["values", "custom"],
        )
        deadline = time.monotonic() + 20
        while (pid := shared.worker_pid(run["run_id"])) not in by_pid:
            assert time.monotonic() < deadline, "no worker claimed the run"
            await asyncio.sleep(0.05)
    victim = by_pid[pid]
    survivor = b if victim is a else a
    async with get_client(url=survivor.url) as client:
        stream = asyncio.ensure_future(
            _events(client.runs.join_stream(thread["thread_id"], run["run_id"]))
        )
        await asyncio.sleep(1.0)  # a few steps in, with checkpoints
        os.kill(victim.process.pid, signal.SIGKILL)
        victim.process.wait()
        streamed = await asyncio.wait_for(stream, 60)
        final = await client.runs.get(thread["thread_id"], run["run_id"])
        state = await client.threads.get_state(thread["thread_id"])
        thread_after = await client.threads.get(thread["thread_id"])
        history = await client.threads.get_history(thread["thread_id"], limit=100)
    return final, state, thread_after, {"events": streamed, "history": history}


async def test_a_worker_killed_mid_run_the_run_completes_on_the_other_as_attempt_2(
    shared: Shared,
) -> None:
    final, state, thread, streamed = await _kill_the_worker_mid_run(shared)
    assert final["status"] == "success"
    assert thread["status"] == "idle"
    assert [m["content"] for m in state["values"]["messages"]] == [
        f"step {i}" for i in range(1, 13)
    ]
    events = streamed["events"]
    custom = [data["step"] for event, data in events if event == "custom"]
    # The joined client saw the run to its end, through attempt 2 ...
    assert custom
    assert custom[-1] == 12
    assert {"run_id": final["run_id"], "attempt": 2} in [d for e, d in events if e == "metadata"]
    assert not [e for e, _ in events if e == "error"]
    # ... which went on from the last checkpoint: the graph took its input once.
    sources = [h["metadata"]["source"] for h in streamed["history"]]
    assert sources.count("input") == 1


async def test_a_worker_killed_on_the_last_attempt_ends_the_run_in_error_and_tells_joiners(
    shared: Shared,
) -> None:
    final, _state, thread, streamed = await _kill_the_worker_mid_run(
        shared, GRAPHPORT_RUN_MAX_ATTEMPTS="1"
    )
    assert final["status"] == "error"
    assert thread["status"] == "error"
    errors = [data for event, data in streamed["events"] if event == "error"]
    assert errors
    assert errors[-1]["error"] == "WorkerLost"


def test_serve_refuses_several_workers_on_the_embedded_backend() -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--config", str(EXAMPLES_CONFIG), "--workers", "2", "--port", "0"]
    )
    assert result.exit_code == 2
    assert "--workers 2 needs a PostgreSQL --database-url and a --redis-url" in result.output
    assert "SQLite" in result.output


def test_serve_workers_starts_n_processes_that_share_runs(shared: Shared) -> None:
    port = free_port()
    process = subprocess.Popen(
        serve_workers_argv(port, shared.database_url, shared.redis_url, workers=2)
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while True:
            try:
                if httpx.get(f"{url}/ok", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline
            assert process.poll() is None
            time.sleep(0.2)
        with httpx.Client(base_url=url, timeout=30) as http:
            results = [
                http.post(
                    "/runs/wait",
                    json={"assistant_id": "steps", "input": {}, "config": steps(2, 0)},
                ).json()
                for _ in range(4)
            ]
        assert all(len(r["messages"]) == 2 for r in results)
        workers = subprocess.run(
            ["pgrep", "-P", str(process.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        assert len(workers) >= 2  # uvicorn's N worker processes (and its helper, if any)
    finally:
        process.terminate()
        process.wait(timeout=30)
