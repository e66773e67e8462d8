"""The body of a wait answer: newlines while the run goes on, then the run's JSON.

On the reference a wait answer is streamed, with a `\\n` keep-alive every heartbeat interval
(5 s) until the run's JSON. graphport sends the same bytes; a run that ends before the first
keep-alive is due is answered in one piece (a plain JSON response), one that ends later is
streamed as before. Measured here with a 0.2 s interval.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from live_server import LiveServer, example_settings, live_server

HEARTBEAT = 0.2


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data: Path = tmp_path_factory.mktemp("wait-answers")
    with live_server(example_settings(data, heartbeat_interval=HEARTBEAT)) as live:
        yield live


def _wait(server: LiveServer, pause: float) -> tuple[httpx.Response, list[tuple[float, bytes]]]:
    """POST /runs/wait on the `steps` graph (2 steps of `pause` s); the body's chunks as they
    arrived, with the seconds since the request was sent."""
    body: dict[str, Any] = {
        "assistant_id": "steps",
        "input": {},
        "config": {"configurable": {"steps": 2, "pause": pause}},
    }
    chunks: list[tuple[float, bytes]] = []
    with httpx.Client(base_url=server.url, timeout=30) as client:
        start = time.monotonic()
        with client.stream("POST", "/runs/wait", json=body) as response:
            for chunk in response.iter_raw():
                chunks.append((time.monotonic() - start, chunk))
    return response, chunks


def test_a_run_that_ends_before_the_first_keep_alive_is_answered_in_one_piece(
    server: LiveServer,
) -> None:
    response, chunks = _wait(server, pause=0.01)
    body = b"".join(chunk for _, chunk in chunks)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-length"] == str(len(body))
    assert response.headers["location"].endswith("/join")
    assert len(json.loads(body)["messages"]) == 2


def test_a_longer_run_gets_keep_alives_then_its_json(server: LiveServer) -> None:
    response, chunks = _wait(server, pause=0.4)  # ~0.8 s: three or four keep-alives
    body = b"".join(chunk for _, chunk in chunks)
    assert response.status_code == 200
    assert "content-length" not in response.headers
    newlines = len(body) - len(body.lstrip(b"\n"))
    assert newlines >= 2
    assert len(json.loads(body)["messages"]) == 2
    # The first keep-alive came when one was due: not at once, and before the run's JSON.
    first = next(at for at, chunk in chunks if chunk.startswith(b"\n"))
    json_at = next(at for at, chunk in chunks if b"{" in chunk)
    assert HEARTBEAT * 0.8 <= first < json_at
