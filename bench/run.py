"""`make bench`: graphport against the reference server and the in-process floor.

    python -m bench.run --ref-venv PATH [--quick] [--out results.json] [--only graphport,...]

Starts each server on a free loopback port from a scratch copy of bench/graphs (so no state
folder lands in the repo), runs the scenarios against it with plain httpx reading raw SSE lines,
stops it, and prints one table with ratios plus the issue's targets. Progress goes to stderr;
the figures are also written as JSON.

Servers: `graphport` (embedded SQLite), `graphport-pg` (PostgreSQL, a fresh database per run),
`reference` (`langgraph dev`, in memory), and for scenario 6 `pg-redis-1w` / `pg-redis-2w`
(`graphport serve --workers N --redis-url ...`, when the CLI offers it and both servers answer).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import itertools
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil

from bench.report import (
    SseParser,
    check_targets,
    comparison_table,
    events_lost,
    percentile,
    targets_table,
)

ROOT = Path(__file__).resolve().parent.parent
GRAPHS = Path(__file__).resolve().parent / "graphs"
POSTGRES = os.environ.get("GRAPHPORT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
REDIS = os.environ.get("GRAPHPORT_BENCH_REDIS", "redis://127.0.0.1:6379")
REFERENCE = "reference"


@dataclass(frozen=True)
class Plan:
    """How much work each scenario does (full run, or the quick development run)."""

    s1_runs: int = 300
    s2_runs: int = 480
    s2_concurrency: int = 16
    s3_events: int = 5000
    s3_repeats: int = 7
    """Scenario 3 and the floor are medians of several samples: the 2-vCPU VM this was tuned
    on ran the same work at two speeds (the stream in 0.039-0.046 s or 0.059-0.070 s, the floor
    in 0.024-0.028 s or 0.045 s), and a median of three was decided by which speed two of them
    met."""
    s4_samples: int = 60
    s4_tokens: int = 20
    s5_streams: int = 500
    s5_events: int = 100
    floor_repeats: int = 5
    budget: float = 45.0
    """Seconds after which scenarios 1-4 stop taking more samples (a slow server gets fewer)."""
    scenario_timeout: float = 300.0
    """Seconds before a scenario is given up (reported as an error, the run goes on)."""


QUICK = Plan(
    s1_runs=40,
    s2_runs=96,
    s3_repeats=1,
    s4_samples=15,
    s5_streams=100,
    floor_repeats=1,
    budget=15.0,
    scenario_timeout=120.0,
)


def say(message: str) -> None:
    stamp = time.strftime("%H:%M:%S")
    print(f"[bench {stamp}] {message}", file=sys.stderr, flush=True)


# -- servers ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    cleanup: list[Callable[[], None]] = field(default_factory=list)

    def processes(self) -> list[psutil.Process]:
        """The server's process and all of its children (none once it has gone)."""
        try:
            root = psutil.Process(self.process.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def rss_bytes(self) -> int:
        """Resident memory of the server: its process and all of its children."""
        total = 0
        for proc in self.processes():
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += proc.memory_info().rss
        return total

    def cpu_seconds(self) -> float:
        """CPU time (user + system) of the server's live processes so far."""
        total = 0.0
        for proc in self.processes():
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                times = proc.cpu_times()
                total += times.user + times.system
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            # Started in its own session: the group is exactly this server and its children.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        steps, self.cleanup = self.cleanup, []
        for step in reversed(steps):
            try:
                step()
            except Exception as exc:  # cleanup is best effort; say what was left behind
                say(f"{self.name}: cleanup failed: {exc}")


def _scratch_project(scratch: Path, name: str) -> Path:
    """A copy of bench/graphs for one server: its state folder lives (and dies) there."""
    project = scratch / name
    shutil.copytree(GRAPHS, project, ignore=shutil.ignore_patterns("__pycache__"))
    return project


# Every server this run started, so an interrupted run still stops them (and drops databases).
LAUNCHED: list[Server] = []


def _launch(name: str, argv: list[str], cwd: Path, env: dict[str, str], port: int) -> Server:
    log = cwd / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            argv,
            cwd=cwd,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = Server(name, f"http://127.0.0.1:{port}", process, log)
    LAUNCHED.append(server)
    return server


async def wait_ready(server: Server, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(base_url=server.url, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                break
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get("/ok")).status_code == 200:
                    return
            await asyncio.sleep(0.2)
    tail = server.log.read_text(errors="replace")[-2000:]
    server.stop()
    raise RuntimeError(f"{server.name} did not become ready; its log ends with:\n{tail}")


def listening_sockets(port: int) -> int | None:
    """How many IPv4 sockets listen on `port` (Linux /proc/net/tcp; None where it is missing)."""
    table = Path("/proc/net/tcp")
    if not table.exists():
        return None
    rows = [line.split() for line in table.read_text().splitlines()[1:]]
    return sum(1 for row in rows if int(row[1].split(":")[1], 16) == port and row[3] == "0A")


async def wait_listening(server: Server, sockets: int, within: float = 90.0) -> None:
    """Until `sockets` sockets listen on the server's port (no wait where /proc is missing)."""
    port = int(server.url.rsplit(":", 1)[1])
    deadline = time.monotonic() + within
    while (listening := listening_sockets(port)) is not None and listening < sockets:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{server.name}: {listening} of {sockets} workers listen")
        await asyncio.sleep(0.2)


def graphport_bin() -> Path:
    return Path(sys.executable).with_name("graphport")


def start_graphport(
    name: str, scratch: Path, *, database_url: str | None = None, extra: list[str] | None = None
) -> Server:
    project = _scratch_project(scratch, name)
    port = free_port()
    argv = [str(graphport_bin()), "serve", "--config", "langgraph.json", "--port", str(port)]
    if database_url:
        argv += ["--database-url", database_url]
    argv += extra or []
    return _launch(name, argv, project, {}, port)


def start_reference(ref_venv: Path, scratch: Path) -> Server:
    project = _scratch_project(scratch, REFERENCE)
    port = free_port()
    argv = [
        str(ref_venv / "bin" / "langgraph"),
        "dev",
        "--no-browser",
        "--no-reload",
        "--port",
        str(port),
    ]
    env = {
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGSMITH_TRACING": "false",
        "LANGGRAPH_NO_VERSION_CHECK": "true",
    }
    return _launch(REFERENCE, argv, project, env, port)


def fresh_postgres_database() -> tuple[str, Callable[[], None]] | str:
    """A new, empty database (and how to drop it), or the reason there is none."""
    try:
        import psycopg

        admin = psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=3)
    except Exception as exc:
        return f"PostgreSQL does not answer at {POSTGRES} ({type(exc).__name__})"
    name = f"graphport_bench_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            admin.close()

    return f"{POSTGRES}/{name}", drop


def redis_answers() -> str | None:
    """None when Redis answers PING, else the reason it does not."""
    try:
        import redis

        client = redis.Redis.from_url(REDIS, socket_connect_timeout=2, socket_timeout=2)
        try:
            client.ping()
        finally:
            client.close()
    except Exception as exc:
        return f"Redis does not answer at {REDIS} ({type(exc).__name__})"
    return None


def serve_supports_workers() -> str | None:
    """None when `graphport serve --help` offers --workers and --redis-url, else why not."""
    try:
        out = subprocess.run(
            [str(graphport_bin()), "serve", "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        ).stdout
    except Exception as exc:
        return f"`graphport serve --help` failed ({exc})"
    missing = [flag for flag in ("--workers", "--redis-url") if flag not in out]
    return f"`graphport serve` has no {' or '.join(missing)}" if missing else None


# -- client helpers -----------------------------------------------------------------------


def client_for(server: Server, connections: int = 64, timeout: float = 600.0) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(base_url=server.url, timeout=httpx.Timeout(timeout), limits=limits)


@contextlib.asynccontextmanager
async def user_clients(
    server: Server, users: int, workers: int = 1
) -> AsyncIterator[list[httpx.AsyncClient]]:
    """One client, holding one kept-alive connection, per concurrent user.

    Why not one shared pool: httpcore scans every pooled connection, polling each idle
    socket, whenever a request starts or ends (encode/httpx#3215). On the 2-vCPU machine
    this was tuned on, a pool shared by 16 users spent 1.8 ms of client CPU a request and
    topped out near 540 requests/s against an ASGI app that does nothing; a client per user
    spent 0.9 ms and reached 1,090. Concurrent users of a server (SDK clients, browsers)
    hold connections of their own too.

    With several `workers`, the users' connections are spread evenly over them: the kernel
    hands each new connection to a worker by a hash of its addresses, and 16 connections
    split 11/5 or worse about one time in five, which measured the luck of the split rather
    than the server. A connection whose worker has its share already is closed and opened
    again (Linux: the owner is read from /proc; elsewhere connections stay as they land).
    """
    async with contextlib.AsyncExitStack() as stack:
        if workers <= 1:
            yield [await stack.enter_async_context(client_for(server, 1)) for _ in range(users)]
            return
        share = -(-users // workers)
        held: dict[int | None, int] = {}
        clients: list[httpx.AsyncClient] = []
        for _ in range(50 * users):
            if len(clients) == users:
                break
            client = client_for(server, 1)
            response = await client.get("/ok")
            response.raise_for_status()
            owner = connection_owner(server, response)
            if owner is not None and held.get(owner, 0) >= share:
                await client.aclose()
                continue
            held[owner] = held.get(owner, 0) + 1
            stack.push_async_callback(client.aclose)
            clients.append(client)
        while len(clients) < users:  # the kernel kept choosing full workers: take any
            clients.append(await stack.enter_async_context(client_for(server, 1)))
        split = "/".join(str(n) for owner, n in sorted(held.items(), key=str) if owner)
        say(f"  {users} users over {workers} workers: {split or 'split unknown'}")
        yield clients


def connection_owner(server: Server, response: httpx.Response) -> int | None:
    """The pid of the server process holding the kept-alive connection `response` came on
    (Linux's /proc), or None when it cannot be told."""
    try:
        stream = response.extensions["network_stream"]  # httpcore's, still open
        client_port = stream.get_extra_info("client_addr")[1]
        table = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except (KeyError, AttributeError, IndexError, OSError, TypeError):
        return None
    server_port = int(server.url.rsplit(":", 1)[1])
    inode = next(
        (
            row[9]
            for row in (line.split() for line in table)
            if int(row[1].split(":")[1], 16) == server_port
            and int(row[2].split(":")[1], 16) == client_port
            and row[3] == "01"  # established
        ),
        None,
    )
    if inode is None:
        return None
    target = f"socket:[{inode}]"
    for proc in server.processes():
        fd_dir = Path(f"/proc/{proc.pid}/fd")
        with contextlib.suppress(OSError):
            for fd in fd_dir.iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) == target:
                        return int(proc.pid)
    return None


async def create_thread(client: httpx.AsyncClient) -> str:
    response = await client.post("/threads", json={})
    response.raise_for_status()
    thread_id: str = response.json()["thread_id"]
    return thread_id


@dataclass
class StreamResult:
    events: dict[str, int] = field(default_factory=dict)
    first_event: float | None = None
    first_of: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


async def read_stream(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> StreamResult:
    """POST a streaming run and read its raw SSE lines to the end."""
    result = StreamResult()
    parser = SseParser()
    start = time.perf_counter()
    async with client.stream("POST", path, json=body) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            event = parser.feed(line)
            if event is None:
                continue
            now = time.perf_counter() - start
            if result.first_event is None:
                result.first_event = now
            name = event.event
            if name not in result.first_of:
                result.first_of[name] = now
            result.events[name] = result.events.get(name, 0) + 1
        tail = parser.feed("")
        if tail is not None:
            result.events[tail.event] = result.events.get(tail.event, 0) + 1
    result.seconds = time.perf_counter() - start
    errors = result.events.get("error")
    if errors:
        raise RuntimeError(f"{path}: the run streamed {errors} error event(s)")
    return result


async def wait_run(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> None:
    response = await client.post(path, json=body)
    response.raise_for_status()
    if isinstance(payload := response.json(), dict) and "__error__" in payload:
        raise RuntimeError(f"{path}: {payload['__error__']}")


NOOP = {"assistant_id": "noop", "input": {}}


def custom_run(n: int) -> dict[str, Any]:
    return {"assistant_id": "custom", "input": {"n": n}, "stream_mode": ["custom"]}


def chat_run(n: int) -> dict[str, Any]:
    return {
        "assistant_id": "chat",
        "input": {"n": n, "messages": [{"role": "user", "content": "hi"}]},
        "stream_mode": ["messages-tuple"],
    }


class Ticker:
    """Progress for long scenarios: a line at most every few seconds."""

    def __init__(self, label: str, total: int, every: float = 5.0) -> None:
        self.label, self.total, self.every = label, total, every
        self.done = 0
        self._last = time.monotonic()

    def step(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            say(f"  {self.label}: {self.done}/{self.total}")


# -- scenarios ----------------------------------------------------------------------------


async def warm_up(client: httpx.AsyncClient) -> None:
    """Load every graph once so no scenario pays for the first import."""
    thread = await create_thread(client)
    await wait_run(client, f"/threads/{thread}/runs/wait", NOOP)
    await read_stream(client, f"/threads/{thread}/runs/stream", custom_run(10))
    await read_stream(client, f"/threads/{thread}/runs/stream", chat_run(3))
    await wait_run(client, "/runs/wait", NOOP)


async def s1_sequential_waits(client: httpx.AsyncClient, plan: Plan) -> dict[str, float]:
    thread = await create_thread(client)
    path = f"/threads/{thread}/runs/wait"
    for _ in range(5):
        await wait_run(client, path, NOOP)
    ticker = Ticker("sequential waits", plan.s1_runs)
    latencies: list[float] = []
    start = time.perf_counter()
    deadline = start + plan.budget
    while len(latencies) < plan.s1_runs and (len(latencies) < 10 or time.perf_counter() < deadline):
        t = time.perf_counter()
        await wait_run(client, path, NOOP)
        latencies.append(time.perf_counter() - t)
        ticker.step()
    elapsed = time.perf_counter() - start
    return {
        "s1_runs": len(latencies),
        "s1_runs_per_s": len(latencies) / elapsed,
        "s1_p50_ms": percentile(latencies, 50) * 1000,
        "s1_p99_ms": percentile(latencies, 99) * 1000,
    }


async def concurrent_waits(
    server: Server, plan: Plan, prefix: str, per_run: float | None = None, workers: int = 1
) -> dict[str, float]:
    """`plan.s2_concurrency` users, each with a client of its own, spread evenly over the
    server's `workers` (see `user_clients`).
    `per_run`: seconds one wait may take (a wait answer carries heartbeats, so the client's
    read timeout never fires on a run that is never picked up)."""
    counter = itertools.count()
    ticker = Ticker("stateless waits", plan.s2_runs)
    deadline = time.perf_counter() + plan.budget

    async def worker(client: httpx.AsyncClient) -> None:
        while next(counter) < plan.s2_runs and (
            ticker.done < 2 * plan.s2_concurrency or time.perf_counter() < deadline
        ):
            try:
                async with asyncio.timeout(per_run):
                    await wait_run(client, "/runs/wait", NOOP)
            except TimeoutError:
                raise RuntimeError(f"a POST /runs/wait did not answer within {per_run} s") from None
            ticker.step()

    async with user_clients(server, plan.s2_concurrency, workers) as clients:
        cpu = server.cpu_seconds()
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for client in clients))
        elapsed = time.perf_counter() - start
        cpu = server.cpu_seconds() - cpu
    return {
        f"{prefix}_runs": ticker.done,
        f"{prefix}_runs_per_s": ticker.done / elapsed,
        # What a run costs the server, whatever part of the machine it could use: a server
        # that leaves a core idle and one that is short of CPU are told apart here.
        f"{prefix}_cpu_ms_per_run": 1000 * cpu / max(ticker.done, 1),
    }


async def s3_big_stream(client: httpx.AsyncClient, plan: Plan) -> dict[str, float]:
    thread = await create_thread(client)
    times: list[float] = []
    deadline = time.perf_counter() + plan.budget
    while len(times) < plan.s3_repeats and (not times or time.perf_counter() < deadline):
        result = await read_stream(
            client, f"/threads/{thread}/runs/stream", custom_run(plan.s3_events)
        )
        got = result.events.get("custom", 0)
        if got != plan.s3_events:
            raise RuntimeError(f"expected {plan.s3_events} custom events, got {got}")
        times.append(result.seconds)
    return {"s3_seconds": statistics.median(times)}


async def s4_first_event(client: httpx.AsyncClient, plan: Plan) -> dict[str, float]:
    """A fresh thread per sample (created outside the timing): an idle thread's first run."""
    firsts: list[float] = []
    tokens: list[float] = []
    deadline = time.perf_counter() + plan.budget
    while len(firsts) < plan.s4_samples and (len(firsts) < 10 or time.perf_counter() < deadline):
        thread = await create_thread(client)
        result = await read_stream(
            client, f"/threads/{thread}/runs/stream", chat_run(plan.s4_tokens)
        )
        if result.first_event is None or "messages" not in result.first_of:
            raise RuntimeError(f"the chat run streamed no token: {result.events}")
        firsts.append(result.first_event)
        tokens.append(result.first_of["messages"])
    return {
        "s4_ttfe_p50_ms": percentile(firsts, 50) * 1000,
        "s4_ttfe_p99_ms": percentile(firsts, 99) * 1000,
        "s4_first_token_p50_ms": percentile(tokens, 50) * 1000,
    }


async def s5_many_streams(server: Server, plan: Plan) -> dict[str, float]:
    n = plan.s5_streams
    async with client_for(server, connections=16) as setup, user_clients(server, n) as clients:
        # Created 16 at a time (a setup outside the timing), then one stream per user.
        limit = asyncio.Semaphore(16)

        async def new_thread() -> str:
            async with limit:
                return await create_thread(setup)

        threads = await asyncio.gather(*(new_thread() for _ in range(n)))
        ticker = Ticker("concurrent streams", n)
        peak = server.rss_bytes()
        sampling = True

        async def sample() -> None:
            nonlocal peak
            while sampling:
                peak = max(peak, server.rss_bytes())
                await asyncio.sleep(0.05)

        async def one(client: httpx.AsyncClient, thread: str) -> int:
            try:
                result = await read_stream(
                    client, f"/threads/{thread}/runs/stream", custom_run(plan.s5_events)
                )
                return result.events.get("custom", 0)
            except Exception as exc:
                say(f"  stream on {thread} failed: {type(exc).__name__}: {exc}")
                return -1
            finally:
                ticker.step()

        sampler = asyncio.create_task(sample())
        start = time.perf_counter()
        received = await asyncio.gather(*(one(c, t) for c, t in zip(clients, threads, strict=True)))
        elapsed = time.perf_counter() - start
        sampling = False
        await sampler
    return {
        "s5_streams": n,
        "s5_seconds": elapsed,
        "s5_peak_rss_mb": peak / 2**20,
        "s5_events_lost": events_lost(plan.s5_events, [max(0, r) for r in received]),
        "s5_failed_streams": sum(1 for r in received if r < 0),
    }


async def run_scenarios(server: Server, plan: Plan) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    async with client_for(server) as client:
        say(f"{server.name}: warming up")
        await warm_up(client)
        steps: list[tuple[str, Callable[[], Awaitable[dict[str, Any]]]]] = [
            ("1/5 sequential waits on one thread", lambda: s1_sequential_waits(client, plan)),
            ("2/5 stateless waits, concurrency 16", lambda: concurrent_waits(server, plan, "s2")),
            (
                f"3/5 one run streaming {plan.s3_events} custom events",
                lambda: s3_big_stream(client, plan),
            ),
            ("4/5 time to first event", lambda: s4_first_event(client, plan)),
        ]
        for label, step in steps:
            say(f"{server.name}: {label}")
            try:
                async with asyncio.timeout(plan.scenario_timeout):
                    figures.update(await step())
            except Exception as exc:
                say(f"{server.name}: {label} failed: {type(exc).__name__}: {exc}")
                figures.setdefault("errors", []).append(f"{label}: {type(exc).__name__}: {exc}")
    label = f"5/5 {plan.s5_streams} concurrent streams of {plan.s5_events} events"
    say(f"{server.name}: {label}")
    try:
        async with asyncio.timeout(plan.scenario_timeout):
            figures.update(await s5_many_streams(server, plan))
    except Exception as exc:
        say(f"{server.name}: {label} failed: {type(exc).__name__}: {exc}")
        figures.setdefault("errors", []).append(f"{label}: {type(exc).__name__}: {exc}")
    figures["idle_rss_mb"] = server.rss_bytes() / 2**20
    return figures


@contextlib.asynccontextmanager
async def running(server: Server) -> AsyncIterator[Server]:
    try:
        await wait_ready(server)
        yield server
    finally:
        server.stop()


def measure_floor(plan: Plan, python: str) -> dict[str, Any]:
    """The same graph in a fresh process, first run; the median over a few processes."""
    times = []
    for _ in range(plan.floor_repeats):
        out = subprocess.run(
            [
                python,
                str(Path(__file__).with_name("floor.py")),
                str(GRAPHS),
                "custom",
                str(plan.s3_events),
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        if figures["events"] != plan.s3_events:
            raise RuntimeError(f"the floor run yielded {figures['events']} events")
        times.append(figures["seconds"])
    return {"seconds": statistics.median(times), "runs": times}


async def scaling(plan: Plan, scratch: Path) -> dict[str, Any]:
    """Scenario 6: stateless waits on Postgres + Redis with 1 and then 2 workers.

    The client keeps its connections alive and opens them only once every worker listens:
    each worker has a socket of its own (graphport.impl.supervisor), and the kernel picks one
    per new connection, so connections opened while a worker was still starting would all
    stay on the others.
    """
    reason = serve_supports_workers() or redis_answers()
    if reason is None:
        database = fresh_postgres_database()
        if isinstance(database, str):
            reason = database
    if reason is not None:
        return {"skipped": reason}
    assert not isinstance(database, str)
    url, drop = database
    figures: dict[str, Any] = {}
    try:
        for workers in (1, 2):
            name = f"pg-redis-{workers}w"
            server = start_graphport(
                name,
                scratch,
                database_url=url,
                extra=["--redis-url", REDIS, "--workers", str(workers)],
            )
            async with running(server):
                await wait_listening(server, workers)
                say(f"{name}: 6 stateless waits, concurrency {plan.s2_concurrency}")
                client = client_for(server)
                async with client, asyncio.timeout(plan.scenario_timeout):
                    await warm_up(client)
                    # Every worker process loads its graphs and opens its connections on its
                    # first runs: a few rounds at full concurrency reach each of them before
                    # the measured ones.
                    warm = dataclasses.replace(plan, s2_runs=4 * plan.s2_concurrency)
                    await concurrent_waits(server, warm, "warm", per_run=30.0, workers=workers)
                    figures[name] = await concurrent_waits(
                        server, plan, "s6", per_run=30.0, workers=workers
                    )
    except Exception as exc:
        what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return {"skipped": f"graphport with {workers} worker(s) failed ({what})", **figures}
    finally:
        drop()
    one, two = figures["pg-redis-1w"]["s6_runs_per_s"], figures["pg-redis-2w"]["s6_runs_per_s"]
    return {**figures, "ratio": two / one}


async def main_async(args: argparse.Namespace) -> int:
    plan = QUICK if args.quick else Plan()
    only = set(args.only.split(",")) if args.only else None
    wanted = lambda name: only is None or name in only  # noqa: E731
    servers: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    started = time.monotonic()
    # Servers run in scratch folders: a relative path would be read from there.
    ref_venv = args.ref_venv.absolute()
    with tempfile.TemporaryDirectory(prefix="graphport-bench-") as tmp:
        scratch = Path(tmp)
        floor: dict[str, Any] | None = None
        if wanted("floor"):
            say(f"floor: graph.astream of {plan.s3_events} custom events in a fresh process")
            floor = measure_floor(plan, sys.executable)

        async def measure(name: str, start: Callable[[], Server | str]) -> None:
            """Start one server, run every scenario on it; a server that fails is reported."""
            if not wanted(name):
                return
            try:
                server = start()
                if isinstance(server, str):
                    skipped[name] = server
                    say(f"{name}: skipped: {server}")
                    return
                async with running(server):
                    servers[name] = await run_scenarios(server, plan)
            except Exception as exc:
                skipped[name] = f"failed: {type(exc).__name__}: {exc}"
                say(f"{name}: {skipped[name]}")

        def graphport_pg() -> Server | str:
            database = fresh_postgres_database()
            if isinstance(database, str):
                return database
            url, drop = database
            server = start_graphport("graphport-pg", scratch, database_url=url)
            server.cleanup.append(drop)
            return server

        def reference() -> Server | str:
            binary = ref_venv / "bin" / "langgraph"
            if not binary.exists():
                return f"{binary} does not exist (make bench installs it)"
            return start_reference(ref_venv, scratch)

        await measure("graphport", lambda: start_graphport("graphport", scratch))
        await measure("graphport-pg", graphport_pg)
        await measure(REFERENCE, reference)
        scale: dict[str, Any] = {"skipped": "not selected"}
        if wanted("scaling"):
            scale = await scaling(plan, scratch)
            if "skipped" in scale:
                say(f"6 scaling: skipped: {scale['skipped']}")

    table_servers = dict(servers)
    for name in ("pg-redis-1w", "pg-redis-2w"):
        if name in scale:
            table_servers[name] = scale[name]
    print()
    print(
        f"graphport bench ({'quick' if args.quick else 'full'} run, {time.monotonic() - started:.0f} s)"
    )
    print(comparison_table(table_servers, REFERENCE, floor))
    if "ratio" in scale:
        print(f"6 scaling, Postgres + Redis: 2 workers / 1 worker = {scale['ratio']:.2f}x")
    elif "skipped" in scale:
        print(f"6 scaling, Postgres + Redis: skipped: {scale['skipped']}")
    for name, reason in skipped.items():
        print(f"{name}: skipped: {reason}")
    checks_out: dict[str, Any] = {}
    for subject in ("graphport", "graphport-pg"):
        if subject in servers:
            checks = check_targets(servers, subject, REFERENCE, floor, scale)
            checks_out[subject] = [_check_dict(c) for c in checks]
            print()
            print(targets_table(subject, checks))
    for name, figures in servers.items():
        for error in figures.get("errors", []):
            print(f"{name}: {error}")

    out = args.out or ROOT / ".cache" / "bench" / f"bench-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(),
                "mode": "quick" if args.quick else "full",
                "plan": plan.__dict__,
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "load_average": os.getloadavg(),
                },
                "floor": floor,
                "servers": servers,
                "skipped": skipped,
                "scaling": scale,
                "targets": checks_out,
            },
            indent=2,
        )
    )
    print(f"\nresults: {out}")
    return 0


def _check_dict(check: Any) -> dict[str, Any]:
    return {"target": check.target, "measured": check.measured, "met": check.met}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--ref-venv",
        type=Path,
        default=Path(os.environ.get("GRAPHPORT_REF_VENV", ".cache/ref-venv")),
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs and 100 streams (development)"
    )
    parser.add_argument("--out", type=Path, help="where to write the JSON results")
    parser.add_argument(
        "--only",
        help="comma-separated subset of floor,graphport,graphport-pg,reference,scaling",
    )
    args = parser.parse_args(argv)
    # A terminated run (Ctrl-C, `timeout`, CI) still stops its servers and drops its databases.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        return asyncio.run(main_async(args))
    finally:
        for server in LAUNCHED:
            server.stop()


if __name__ == "__main__":
    raise SystemExit(main())
