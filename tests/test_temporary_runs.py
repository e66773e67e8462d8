"""Temporary runs (stateless, `on_completion: delete`) and the hand-over of a run's slot.

A temporary run's checkpoints live in memory (`GraphRegistry.ephemeral`), and its end deletes
its thread, runs and events in one transaction: these tests check that nothing of it is left
anywhere, that it behaves as a stateless run should meanwhile, and that runs waiting for a
slot start when one ends (the end's own transaction claims them).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_client

from live_server import LiveServer, example_settings, live_server

HI = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
async def http(live: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as client:
        yield client


async def _in_server_loop(server: LiveServer, coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine on the live server's event loop (where its services live)."""
    loop = server.app.state.services.executor._loop_task.get_loop()
    return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, loop))


async def _stored_checkpoint(server: LiveServer, thread_id: str) -> Any:
    checkpointer = server.app.state.services.checkpointer
    config = {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}
    return await _in_server_loop(server, checkpointer.aget_tuple(config))


async def test_a_temporary_run_keeps_its_checkpoints_in_memory_and_leaves_nothing(
    live: LiveServer, http: httpx.AsyncClient
) -> None:
    ephemeral = live.app.state.services.graphs.ephemeral
    body = {
        "assistant_id": "steps",
        "input": {},
        "config": {"configurable": {"steps": 3, "pause": 0.2}},
        "stream_mode": ["custom"],
    }
    created = await http.post("/runs", json=body)
    assert created.status_code == 200, created.text
    run = created.json()
    thread_id, run_id = run["thread_id"], run["run_id"]

    # While it runs (a step has been taken): its thread and run are there, and the server's
    # checkpointer and event log hold nothing of it. (A join streams from the moment it joins: under load
    # it may miss the first step's event.)
    path = f"/threads/{thread_id}/runs/{run_id}"
    seen_steps = 0
    async with http.stream("GET", f"{path}/stream") as stream:
        async for line in stream.aiter_lines():
            if not line.startswith("event: custom"):
                continue
            seen_steps += 1
            if seen_steps == 1:
                assert (await http.get(f"/threads/{thread_id}")).json()["status"] == "busy"
                assert (await http.get(path)).json()["status"] == "running"
                assert await _stored_checkpoint(live, thread_id) is None
            if seen_steps == 2:  # 0.2 s on: a kept run's events would have been written
                events = live.app.state.services.events
                assert await _in_server_loop(live, events.last_seq(thread_id)) == 0
    assert seen_steps >= 1

    joined = await http.get(f"{path}/join")
    assert joined.status_code in (200, 404)  # gone already, or its last values

    # Once it has ended: no thread, run, events or checkpoints, in storage or in memory.
    assert (await http.get(f"/threads/{thread_id}")).status_code == 404
    assert (await http.get(path)).status_code == 404
    assert thread_id not in ephemeral.storage
    assert not [key for key in ephemeral.writes if key[0] == thread_id]
    assert not [key for key in ephemeral.blobs if key[0] == thread_id]
    assert await _stored_checkpoint(live, thread_id) is None


async def test_a_temporary_run_answers_with_its_last_values(http: httpx.AsyncClient) -> None:
    body = {
        "assistant_id": "steps",
        "input": {},
        "config": {"configurable": {"steps": 3, "pause": 0}},
    }
    answer = await http.post("/runs/wait", json=body)
    assert answer.status_code == 200, answer.text
    assert [m["content"] for m in answer.json()["messages"]] == ["step 1", "step 2", "step 3"]


async def test_a_kept_stateless_run_is_checkpointed_as_any_thread(
    live: LiveServer, http: httpx.AsyncClient
) -> None:
    body = {"assistant_id": "echo", "input": HI, "on_completion": "keep"}
    answer = await http.post("/runs/wait", json=body)
    assert answer.status_code == 200, answer.text
    thread_id = answer.headers["content-location"].split("/")[2]
    assert (await _stored_checkpoint(live, thread_id)) is not None
    state = (await http.get(f"/threads/{thread_id}/state")).json()
    assert state["values"]["count"] == 2
    assert thread_id not in live.app.state.services.graphs.ephemeral.storage


async def test_temporary_runs_that_fail_or_interrupt_answer_and_leave_nothing(
    live: LiveServer, http: httpx.AsyncClient
) -> None:
    failed = await http.post("/runs/wait", json={"assistant_id": "boom", "input": HI})
    assert failed.status_code == 200, failed.text
    assert "__error__" in failed.json()
    # `hitl` stops at its interrupt: the thread (with the pending interrupt) still goes.
    paused = await http.post("/runs/wait", json={"assistant_id": "hitl", "input": HI})
    assert paused.status_code == 200, paused.text
    assert "__interrupt__" in paused.json()
    for answer in (failed, paused):
        thread_id = answer.headers["content-location"].split("/")[2]
        assert (await http.get(f"/threads/{thread_id}")).status_code == 404
        assert await _stored_checkpoint(live, thread_id) is None
    assert not live.app.state.services.graphs.ephemeral.storage


async def test_runs_waiting_for_a_slot_start_as_runs_end(tmp_path: Path) -> None:
    """Two slots, far more runs: each end hands its slot on, and a thread's runs keep
    their order."""
    settings = example_settings(tmp_path, jobs_per_worker=2)
    with live_server(settings) as server:
        executor = server.app.state.services.executor
        async with get_client(url=server.url) as client:
            thread = await client.threads.create()
            queued = [
                await client.runs.create(
                    thread["thread_id"],
                    "steps",
                    input={},
                    config={"configurable": {"steps": 1, "pause": 0.02}},
                    multitask_strategy="enqueue",
                )
                for _ in range(4)
            ]
            busiest = 0

            async def watch() -> None:
                nonlocal busiest
                while True:
                    busiest = max(busiest, executor.active_count)
                    await asyncio.sleep(0.005)

            watcher = asyncio.create_task(watch())
            try:
                answers = await asyncio.gather(
                    *(
                        client.runs.wait(
                            None,
                            "steps",
                            input={},
                            config={"configurable": {"steps": 2, "pause": 0.02}},
                        )
                        for _ in range(12)
                    )
                )
                for run in queued:
                    await client.runs.join(thread["thread_id"], run["run_id"])
            finally:
                watcher.cancel()
            assert all(len(a["messages"]) == 2 for a in answers)  # type: ignore[index]
            runs = await client.runs.list(thread["thread_id"], limit=10)
            assert {r["status"] for r in runs} == {"success"}
            state = await client.threads.get_state(thread["thread_id"])
            assert state["values"]["step"] == 4  # each queued run took the next step
            assert 1 <= busiest <= 2
