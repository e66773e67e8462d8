"""Location / Content-Location on streams, as the reference answers (captures 33, 42).

The SDKs read them: the run id comes from Content-Location, a dropped stream is rejoined through
Location, and a thread-scoped Location makes them check the run's status after the stream.
"""

from __future__ import annotations

import httpx

from live_server import LiveServer

ECHO = {"assistant_id": "echo", "input": {"messages": [{"role": "user", "content": "hi"}]}}


def test_a_stateless_stream_names_the_run_alone(live: LiveServer) -> None:
    with (
        httpx.Client(base_url=live.url, timeout=30) as client,
        client.stream("POST", "/runs/stream", json=ECHO) as response,
    ):
        response.read()
    assert response.status_code == 200
    run_path = response.headers["content-location"]
    assert run_path.startswith("/runs/")
    assert run_path.count("/") == 2
    assert response.headers["location"] == f"{run_path}/stream"


def test_a_join_stream_says_where_to_rejoin(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        thread_id = client.post("/threads", json={}).json()["thread_id"]
        run = client.post(f"/threads/{thread_id}/runs/wait", json=ECHO)
        run_path = run.headers["content-location"]
        with client.stream("GET", f"{run_path}/stream") as response:
            response.read()
    assert response.status_code == 200
    assert run_path == f"/threads/{thread_id}/runs/{run_path.rsplit('/', 1)[1]}"
    assert response.headers["content-location"] == run_path
    assert response.headers["location"] == f"{run_path}/stream"
