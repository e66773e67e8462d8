"""Integers past 64 bits in offsets, sequence bounds and versions: exact answers, never a 500.

The spec bounds these below only, so such a request is valid; SQLite and PostgreSQL drivers
refuse the value, which the stateful schemathesis run found as 500s (storage/sql_ints.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from live_server import LiveServer

HUGE = 722174211145965415122595188047872  # > 2**63, as schemathesis drew it


@pytest.fixture
def http(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


@pytest.fixture
def finished_run(http: httpx.Client) -> tuple[str, str]:
    """A thread with one finished `echo` run, so it has messages and stored events."""
    thread_id = http.post("/threads", json={}).json()["thread_id"]
    run = http.post(
        f"/threads/{thread_id}/runs",
        json={"assistant_id": "echo", "input": {"messages": [{"type": "human", "content": "hi"}]}},
    ).json()
    assert http.get(f"/threads/{thread_id}/runs/{run['run_id']}/join").status_code == 200
    return thread_id, run["run_id"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/threads/search", {"offset": HUGE}),
        ("/assistants/search", {"offset": HUGE}),
    ],
)
def test_an_offset_past_64_bits_is_an_empty_page(
    http: httpx.Client, path: str, body: dict[str, int]
) -> None:
    response = http.post(path, json=body)
    assert (response.status_code, response.json()) == (200, [])


def test_run_lists_and_versions_past_64_bits(
    http: httpx.Client, finished_run: tuple[str, str]
) -> None:
    thread_id, _ = finished_run
    runs = http.get(f"/threads/{thread_id}/runs", params={"offset": HUGE})
    assert (runs.status_code, runs.json()) == (200, [])

    assistant_id = http.post("/assistants", json={"graph_id": "echo"}).json()["assistant_id"]
    # An empty page of versions is a 404, as on the reference (assistant_service.versions).
    versions = http.post(f"/assistants/{assistant_id}/versions", json={"offset": HUGE})
    assert versions.status_code == 404
    latest = http.post(f"/assistants/{assistant_id}/latest", json={"version": HUGE})
    assert latest.status_code == 404
    assert "detail" in latest.json()


def test_message_bounds_past_64_bits(http: httpx.Client, finished_run: tuple[str, str]) -> None:
    thread_id, _ = finished_run
    every = http.get(f"/threads/{thread_id}/messages").json()
    assert every  # the run wrote messages

    after = http.get(f"/threads/{thread_id}/messages", params={"after_seq": HUGE})
    assert (after.status_code, after.json()) == (200, [])
    before = http.get(f"/threads/{thread_id}/messages", params={"before_seq": HUGE})
    assert (before.status_code, before.json()) == (200, every)


def test_a_last_event_id_past_64_bits_replays_nothing(
    http: httpx.Client, finished_run: tuple[str, str]
) -> None:
    thread_id, run_id = finished_run
    response = http.get(
        f"/threads/{thread_id}/runs/{run_id}/stream", headers={"Last-Event-ID": str(HUGE)}
    )
    assert response.status_code == 200
    assert "event: values" not in response.text
