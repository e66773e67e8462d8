"""A real graphport server for tests: uvicorn on 127.0.0.1 and a free port, in a thread.

Tests that speak HTTP the way clients do (the official SDKs, schemathesis over the wire,
SSE with disconnects) use this instead of an in-process transport.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from graphport.impl.app import create_app
from graphport.impl.config import Settings
from helpers import ROOT

EXAMPLES_CONFIG = ROOT / "examples" / "langgraph.json"


def serve_workers_argv(port: int, database_url: str, redis_url: str, workers: int) -> list[str]:
    """`graphport serve --workers N` (the console script) on the example graphs."""
    return [
        str(Path(sys.executable).with_name("graphport")),
        "serve",
        "--config",
        str(EXAMPLES_CONFIG),
        "--port",
        str(port),
        "--database-url",
        database_url,
        "--redis-url",
        redis_url,
        "--workers",
        str(workers),
    ]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def example_settings(data_dir: Path, **options: Any) -> Settings:
    """The example graphs, with their database in `data_dir`."""
    options.setdefault("database_url", f"sqlite:///{data_dir / 'graphport.db'}")
    return Settings.load(EXAMPLES_CONFIG, **options)


class LiveServer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(settings)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            # The standard asyncio loop, not uvloop: a uvloop server run in a thread sometimes
            # never returned from closing its loop (`shutdown_default_executor`), and the
            # interpreter then crashed at exit with that thread still inside it.
            loop="asyncio",
            timeout_graceful_shutdown=5,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the test server failed to start")
            if time.monotonic() > deadline:
                raise TimeoutError("the test server did not start within 30 s")
            time.sleep(0.02)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)


@contextmanager
def live_server(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings)
    server.start()
    try:
        yield server
    finally:
        server.stop()
