"""schemathesis over a live server; the test suite's helpers come from tests/ (put on sys.path)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from live_server import LiveServer, example_settings, live_server


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real server (uvicorn on a free port) serving the example graphs, shared by the suite."""
    with live_server(example_settings(tmp_path_factory.mktemp("live"))) as server:
        yield server
