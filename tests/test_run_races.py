"""Cancellation has no races, and the SDK's reconnect sees every event exactly once.

- 200 create-then-cancel iterations at seeded random delays (0-50 ms), both actions: every
  wait is bounded, no run is left pending or running, every status is right.
- Cancelling the moment a run has started (its `metadata` event, before its first awaited
  step) ends it `interrupted`, 50 times in a row.
- A proxy cuts the SSE connection mid-run; `langgraph_sdk` reconnects with `Last-Event-ID`
  and yields every event exactly once, in order.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import httpx
import pytest
from langgraph_sdk import get_client

from golden import parse_sse
from live_server import LiveServer
from tcp_proxy import CuttingProxy

HI = {"messages": [{"role": "user", "content": "hi"}]}
SLOW = {"configurable": {"steps": 3, "pause": 0.3}}


@pytest.fixture
async def http(live: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as client:
        yield client


async def test_two_hundred_cancels_at_random_moments(http: httpx.AsyncClient) -> None:
    chance = random.Random(20261126)
    thread_id = (await http.post("/threads", json={})).json()["thread_id"]
    wrong: list[str] = []
    for iteration in range(200):
        action = "interrupt" if iteration % 2 == 0 else "rollback"
        run = (
            await http.post(
                f"/threads/{thread_id}/runs",
                json={"assistant_id": "steps", "input": HI, "config": SLOW},
            )
        ).json()
        path = f"/threads/{thread_id}/runs/{run['run_id']}"
        await asyncio.sleep(chance.uniform(0, 0.05))
        async with asyncio.timeout(10):  # a hang fails the test here
            cancelled = await http.post(f"{path}/cancel", params={"action": action, "wait": 1})
        assert cancelled.status_code == 200, cancelled.text
        after = await http.get(path)
        if action == "interrupt" and after.json().get("status") != "interrupted":
            wrong.append(f"{iteration}: interrupt left {after.json().get('status')}")
        if action == "rollback" and after.status_code != 404:
            wrong.append(f"{iteration}: rollback left the run ({after.json().get('status')})")
    assert wrong == []
    runs = (await http.get(f"/threads/{thread_id}/runs", params={"limit": 1000})).json()
    assert not [r for r in runs if r["status"] in ("pending", "running")]
    assert {r["status"] for r in runs} == {"interrupted"}
    assert len(runs) == 100  # the rolled-back half is gone
    assert (await http.get(f"/threads/{thread_id}")).json()["status"] != "busy"


async def test_cancel_as_soon_as_the_run_has_started(http: httpx.AsyncClient) -> None:
    thread_id = (await http.post("/threads", json={})).json()["thread_id"]
    for _ in range(50):
        async with http.stream(
            "POST",
            f"/threads/{thread_id}/runs/stream",
            json={"assistant_id": "steps", "input": HI, "config": SLOW},
        ) as response:
            run_path = response.headers["content-location"]
            events = []
            async with asyncio.timeout(10):
                async for line in response.aiter_lines():
                    if line.startswith("event: metadata"):
                        # Started: the first event, before the graph's first awaited step.
                        cancel = await http.post(
                            f"{run_path}/cancel", params={"action": "interrupt"}
                        )
                        assert cancel.status_code == 202
                    if line.startswith("event:"):
                        events.append(line)
        status = (await http.get(run_path)).json()["status"]
        assert status == "interrupted", f"run ended {status} after events {events}"


async def test_sdk_reconnects_after_a_cut_and_yields_each_event_once(live: LiveServer) -> None:
    proxy = CuttingProxy(live.port, cut_after_events=3)
    await proxy.start()
    client = get_client(url=f"http://127.0.0.1:{proxy.port}", api_key=None)
    try:
        thread_id = (await client.threads.create())["thread_id"]
        parts = [
            (part.event, part.data)
            async for part in client.runs.stream(
                thread_id,
                "steps",
                input=HI,
                stream_mode=["custom", "updates", "values"],
                stream_resumable=True,
                config={"configurable": {"steps": 4, "pause": 0.15}},
            )
        ]
    finally:
        await client.http.client.aclose()
        await proxy.stop()
    assert proxy.cuts == 1
    run_id = parts[0][1]["run_id"]
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        stored = parse_sse(
            (
                await http.get(
                    f"/threads/{thread_id}/runs/{run_id}/stream", headers={"Last-Event-ID": "-1"}
                )
            ).content
        )
    assert parts == [(e.event, e.data) for e in stored]
    assert [event for event, _ in parts].count("custom") == 4
