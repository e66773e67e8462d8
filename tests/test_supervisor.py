"""`graphport serve --workers N`: each worker listens on a socket of its own, so the kernel
spreads new connections over the workers, kept-alive ones included.

With uvicorn's one shared socket, the first worker to wake accepted every waiting connection:
a client's 16 kept-alive connections all landed on one worker (the scaling benchmark saw 800
requests of 800 on one pid). The live test reads which process holds each accepted connection
from /proc (Linux), so it asserts where connections went, not how fast they were served.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from uvicorn import Config

from backends import postgres_database, redis_url
from graphport.impl.supervisor import bind_worker_sockets, reuse_port_available
from live_server import free_port, serve_workers_argv

pytestmark = pytest.mark.skipif(not reuse_port_available(), reason="no SO_REUSEPORT here")

LISTEN, ESTABLISHED = "0A", "01"


def test_worker_sockets_share_one_port() -> None:
    sockets = bind_worker_sockets(Config("app:app", host="127.0.0.1", port=0, workers=3))
    try:
        ports = {sock.getsockname()[1] for sock in sockets}
        assert len(sockets) == 3
        assert len(ports) == 1
        assert all(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) for sock in sockets)
    finally:
        for sock in sockets:
            sock.close()


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="counts open files in /proc")
def test_a_taken_port_is_refused_without_leaking_sockets() -> None:
    with socket.socket() as taken:  # bound without SO_REUSEPORT: nobody may share it
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        open_before = len(os.listdir("/proc/self/fd"))
        with pytest.raises(OSError, match="in use"):
            bind_worker_sockets(Config("app:app", host="127.0.0.1", port=port, workers=2))
        assert len(os.listdir("/proc/self/fd")) == open_before


def _tcp_sockets(port: int, state: str) -> set[str]:
    """Inodes of the IPv4 sockets on local `port` in `state` (/proc/net/tcp)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == state:
            inodes.add(fields[9])
    return inodes


def _holders(pids: list[int], inodes: set[str]) -> Counter[int]:
    """How many of the sockets `inodes` each process holds."""
    held: Counter[int] = Counter()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                held[pid] += 1
    return held


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(child) for child in out.stdout.split()]


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads /proc/net/tcp (Linux)")
def test_kept_alive_connections_spread_over_the_workers() -> None:
    redis = redis_url()
    with postgres_database() as database_url:
        port = free_port()
        process = subprocess.Popen(serve_workers_argv(port, database_url, redis, workers=2))
        try:
            deadline = time.monotonic() + 120
            while len(_tcp_sockets(port, LISTEN)) < 2:  # both workers have started listening
                assert process.poll() is None, "the server stopped"
                assert time.monotonic() < deadline, "two workers were not listening in time"
                time.sleep(0.2)

            connections = [socket.create_connection(("127.0.0.1", port)) for _ in range(32)]
            try:
                for conn in connections:  # a kept-alive request each: all were accepted
                    conn.sendall(b"GET /ok HTTP/1.1\r\nHost: test\r\n\r\n")
                    assert conn.recv(65536).startswith(b"HTTP/1.1 200")
                accepted = _tcp_sockets(port, ESTABLISHED)
                per_worker = _holders(_children(process.pid), accepted)
            finally:
                for conn in connections:
                    conn.close()
            # 32 connections, each worker picked by a hash: all on one has odds of 2^-31.
            assert len(per_worker) == 2, per_worker
            assert sum(per_worker.values()) == 32, per_worker
        finally:
            process.terminate()
            process.wait(timeout=30)
