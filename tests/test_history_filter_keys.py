"""History filters on metadata keys the SQLite checkpointer refuses: answered, never a 500.

The checkpointer builds SQL from filter keys and refuses any key beyond [a-zA-Z0-9_.-] with a
ValueError; the stateful schemathesis run found it as a 500 on a thread that had a run.
Those keys are matched in graphport instead (thread_service.split_history_filter).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from graphport.impl.runtime.thread_service import split_history_filter
from live_server import LiveServer

ODD_KEY = "«zZÁ key"


@pytest.fixture
def http(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


@pytest.fixture
def thread_with_history(http: httpx.Client) -> str:
    thread_id: str = http.post("/threads", json={}).json()["thread_id"]
    response = http.post(
        f"/threads/{thread_id}/runs/wait",
        json={"assistant_id": "echo", "input": {"messages": [{"type": "human", "content": "hi"}]}},
    )
    assert response.status_code == 200
    return thread_id


def test_the_filter_splits_on_the_keys_the_checkpointer_accepts() -> None:
    assert split_history_filter({"step": 1, "a.b-c_d": 2, ODD_KEY: 3}) == (
        {"step": 1, "a.b-c_d": 2},
        {ODD_KEY: 3},
    )


def test_an_odd_key_with_a_value_no_checkpoint_has_matches_nothing(
    http: httpx.Client, thread_with_history: str
) -> None:
    response = http.post(
        f"/threads/{thread_with_history}/history", json={"metadata": {ODD_KEY: "x"}}
    )
    assert (response.status_code, response.json()) == (200, [])


def test_an_odd_key_matches_like_any_other(http: httpx.Client, thread_with_history: str) -> None:
    every = http.post(f"/threads/{thread_with_history}/history", json={"limit": 100}).json()
    assert len(every) > 1
    # An absent key equals null, as the checkpointer's own filters have it; the limit still holds.
    absent = http.post(
        f"/threads/{thread_with_history}/history",
        json={"metadata": {ODD_KEY: None}, "limit": 100},
    )
    assert (absent.status_code, absent.json()) == (200, every)
    first = http.post(
        f"/threads/{thread_with_history}/history", json={"metadata": {ODD_KEY: None}, "limit": 1}
    )
    assert first.json() == every[:1]
    # Mixed with a key the checkpointer applies itself.
    step = every[0]["metadata"]["step"]
    mixed = http.post(
        f"/threads/{thread_with_history}/history",
        json={"metadata": {ODD_KEY: None, "step": step}},
    )
    assert [state["checkpoint_id"] for state in mixed.json()] == [every[0]["checkpoint_id"]]
