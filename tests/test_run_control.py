"""Run control through `langgraph_sdk`: double texting, cancellation, human in the loop,
resumable streams, the thread stream and delayed runs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import ConflictError, NotFoundError

from golden import parse_sse
from live_server import LiveServer

HI = {"messages": [{"role": "user", "content": "hi"}]}
SLOW = {"configurable": {"delay": 5}}


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.fixture
async def client(live: LiveServer) -> AsyncIterator[LangGraphClient]:
    sdk = get_client(url=live.url, api_key=None)
    yield sdk
    await sdk.http.client.aclose()


async def new_thread(client: LangGraphClient) -> str:
    return str((await client.threads.create())["thread_id"])


async def until_status(
    client: LangGraphClient, thread_id: str, run_id: str, *wanted: str, within: float = 10
) -> dict[str, Any]:
    async with asyncio.timeout(within):
        while True:
            run = await client.runs.get(thread_id, run_id)
            if run["status"] in wanted:
                return dict(run)
            await asyncio.sleep(0.01)


async def human_texts(client: LangGraphClient, thread_id: str) -> list[str]:
    thread = await client.threads.get(thread_id)
    values = thread.get("values") or {}
    return [m["content"] for m in values.get("messages", []) if m["type"] == "human"]


async def first_events(
    http: httpx.AsyncClient, thread_id: str, body: dict[str, Any], count: int
) -> tuple[httpx.Headers, list[Any]]:
    """Stream a new run and leave after its first `count` events (the run goes on when its
    body says `on_disconnect: continue`): the answer's headers and those events."""
    async with http.stream("POST", f"/threads/{thread_id}/runs/stream", json=body) as response:
        buffer = b""
        async for chunk in response.aiter_bytes():
            buffer += chunk
            done = parse_sse(buffer.rsplit(b"\r\n\r\n", 1)[0] + b"\r\n\r\n")
            if len(done) >= count:
                return response.headers, done[:count]
    raise AssertionError(f"the run ended before {count} events")


# -- double texting -------------------------------------------------------------------


async def test_reject_answers_409_while_a_run_is_active(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    first = await client.runs.create(thread_id, "echo", input=HI, config=SLOW)
    with pytest.raises(ConflictError, match="Thread is already running a task"):
        await client.runs.create(thread_id, "echo", input=HI, multitask_strategy="reject")
    await client.runs.cancel(thread_id, first["run_id"], wait=True)


async def test_concurrent_creations_with_reject_on_an_idle_thread_accept_exactly_one(
    client: LangGraphClient,
) -> None:
    """Creations on one thread take turns (its row is locked on PostgreSQL), so only the first
    finds the thread idle; it starts at once, and every other one sees it and is rejected."""
    thread_id = await new_thread(client)

    async def create() -> str | None:
        try:
            run = await client.runs.create(
                thread_id, "echo", input=HI, config=SLOW, multitask_strategy="reject"
            )
        except ConflictError:
            return None
        return str(run["run_id"])

    created = await asyncio.gather(*(create() for _ in range(8)))
    accepted = [run_id for run_id in created if run_id is not None]
    assert len(accepted) == 1
    assert (await until_status(client, thread_id, accepted[0], "running"))["status"] == "running"
    await client.runs.cancel(thread_id, accepted[0], wait=True)


async def test_enqueue_runs_after_the_active_run_in_order(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    first = await client.runs.create(
        thread_id, "echo", input=said("one"), config={"configurable": {"delay": 0.3}}
    )
    second = await client.runs.create(
        thread_id, "echo", input=said("two"), multitask_strategy="enqueue"
    )
    assert (await client.runs.get(thread_id, second["run_id"]))["status"] == "pending"
    await client.runs.join(thread_id, second["run_id"])
    assert (await client.runs.get(thread_id, first["run_id"]))["status"] == "success"
    assert await human_texts(client, thread_id) == ["one", "two"]


async def test_interrupt_ends_the_active_run_interrupted_and_keeps_its_progress(
    client: LangGraphClient,
) -> None:
    thread_id = await new_thread(client)
    first = await client.runs.create(
        thread_id, "steps", input=said("one"), config={"configurable": {"steps": 5, "pause": 0.3}}
    )
    await until_status(client, thread_id, first["run_id"], "running")
    await asyncio.sleep(0.5)  # at least one step checkpointed
    second = await client.runs.create(
        thread_id, "echo", input=said("two"), multitask_strategy="interrupt"
    )
    await client.runs.join(thread_id, second["run_id"])
    assert (await client.runs.get(thread_id, first["run_id"]))["status"] == "interrupted"
    assert (await client.runs.get(thread_id, second["run_id"]))["status"] == "success"
    values = (await client.threads.get(thread_id))["values"]
    contents = [m["content"] for m in values["messages"]]
    assert "step 1" in contents  # the interrupted run's checkpointed progress is kept
    assert contents[-1] == "echo: two"


async def test_rollback_deletes_the_active_run_and_its_checkpoints(
    client: LangGraphClient,
) -> None:
    thread_id = await new_thread(client)
    await client.runs.wait(thread_id, "echo", input=said("zero"))
    first = await client.runs.create(
        thread_id, "steps", input=said("one"), config={"configurable": {"steps": 5, "pause": 0.3}}
    )
    await until_status(client, thread_id, first["run_id"], "running")
    await asyncio.sleep(0.5)
    second = await client.runs.create(
        thread_id, "echo", input=said("two"), multitask_strategy="rollback"
    )
    await client.runs.join(thread_id, second["run_id"])
    with pytest.raises(NotFoundError):
        await client.runs.get(thread_id, first["run_id"])
    runs = await client.runs.list(thread_id)
    assert first["run_id"] not in [r["run_id"] for r in runs]
    assert await human_texts(client, thread_id) == ["zero", "two"]  # "one" rolled back


async def test_interrupt_strategy_also_cancels_pending_runs(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    running = await client.runs.create(thread_id, "echo", input=said("a"), config=SLOW)
    queued = await client.runs.create(thread_id, "echo", input=said("b"))
    latest = await client.runs.create(
        thread_id, "echo", input=said("c"), multitask_strategy="interrupt"
    )
    await client.runs.join(thread_id, latest["run_id"])
    assert (await client.runs.get(thread_id, running["run_id"]))["status"] == "interrupted"
    assert (await client.runs.get(thread_id, queued["run_id"]))["status"] == "interrupted"
    assert "b" not in await human_texts(client, thread_id)


# -- cancellation ---------------------------------------------------------------------


async def inside_echo(client: LangGraphClient, thread_id: str) -> str:
    """Start a slow `echo` run and return its id once its node is running."""
    run = await client.runs.create(
        thread_id, "echo", input=HI, config=SLOW, stream_mode="custom", stream_resumable=True
    )
    async for part in client.runs.join_stream(thread_id, run["run_id"], last_event_id="-1"):
        if part.event == "custom":
            break
    return str(run["run_id"])


async def test_cancel_interrupt_marks_run_and_thread(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run_id = await inside_echo(client, thread_id)
    response = await client.http.client.post(
        f"/threads/{thread_id}/runs/{run_id}/cancel", params={"action": "interrupt"}
    )
    assert response.status_code == 202
    assert response.content == b""
    await until_status(client, thread_id, run_id, "interrupted")
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "interrupted"  # cancelled inside `echo`: it is still next
    assert thread["error"] == {
        "error": "UserInterrupt",
        "message": "interrupt requested via POST /threads/{thread_id}/runs/{run_id}/cancel",
    }


async def test_cancel_before_the_first_checkpoint_leaves_the_thread_idle(
    client: LangGraphClient,
) -> None:
    thread_id = await new_thread(client)
    run = await client.runs.create(thread_id, "echo", input=HI, config=SLOW, after_seconds=5)
    await client.runs.cancel(thread_id, run["run_id"], wait=True)
    assert (await client.runs.get(thread_id, run["run_id"]))["status"] == "interrupted"
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "idle"  # nothing ran: nothing to resume
    assert thread["values"] is None


async def test_cancel_rollback_with_wait_answers_empty_values(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run = await client.runs.create(thread_id, "echo", input=HI, config=SLOW)
    await until_status(client, thread_id, run["run_id"], "running")
    response = await client.http.client.post(
        f"/threads/{thread_id}/runs/{run['run_id']}/cancel",
        params={"action": "rollback", "wait": 1},
    )
    assert response.status_code == 200
    assert response.json() == {}
    with pytest.raises(NotFoundError):
        await client.runs.get(thread_id, run["run_id"])
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "idle"  # not left busy, unlike the reference
    assert thread["values"] is None


async def test_cancel_with_wait_answers_the_final_values(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run_id = await inside_echo(client, thread_id)
    values = await client.runs.cancel(thread_id, run_id, wait=True)
    assert isinstance(values, dict)
    assert [m["content"] for m in values["messages"]] == ["hi"]


async def test_cancelling_a_finished_run_is_404(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run = await client.runs.create(thread_id, "echo", input=HI)
    await client.runs.join(thread_id, run["run_id"])
    with pytest.raises(NotFoundError, match="No matching runs to cancel"):
        await client.runs.cancel(thread_id, run["run_id"])


async def test_a_pending_run_is_cancelled_without_running(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    active = await client.runs.create(thread_id, "echo", input=said("a"), config=SLOW)
    queued = await client.runs.create(thread_id, "echo", input=said("b"))
    await client.runs.cancel(thread_id, queued["run_id"])
    assert (await client.runs.get(thread_id, queued["run_id"]))["status"] == "interrupted"
    await client.runs.cancel(thread_id, active["run_id"], wait=True)
    assert "b" not in await human_texts(client, thread_id)


async def test_cancel_many_by_ids_and_by_status(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    runs = [await client.runs.create(thread_id, "echo", input=HI, config=SLOW) for _ in range(3)]
    await until_status(client, thread_id, runs[0]["run_id"], "running")
    await client.runs.cancel_many(status="pending")  # the two queued behind the first
    for run in runs[1:]:
        assert (await client.runs.get(thread_id, run["run_id"]))["status"] == "interrupted"
    await client.runs.cancel_many(thread_id=thread_id, run_ids=[runs[0]["run_id"]])
    await until_status(client, thread_id, runs[0]["run_id"], "interrupted")
    response = await client.http.client.post(
        "/runs/cancel", json={"status": "all", "thread_id": thread_id, "run_ids": []}
    )
    assert response.status_code == 422  # one selector or the other, not both


async def test_a_cancelled_stream_just_closes(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    events: list[str] = []
    run_id = ""
    async for part in client.runs.stream(
        thread_id, "echo", input=HI, config=SLOW, stream_mode=["values", "custom"]
    ):
        events.append(part.event)
        if part.event == "metadata":
            run_id = part.data["run_id"]
        if part.event == "custom":
            await client.runs.cancel(thread_id, run_id, action="interrupt")
    assert events == ["metadata", "values", "custom"]  # no `end`, no `error`


async def test_cancel_then_stream_and_cancel_then_wait(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        run = (
            await http.post(
                f"/threads/{thread_id}/runs",
                json={"assistant_id": "echo", "input": HI, "config": SLOW},
            )
        ).json()
        path = f"/threads/{thread_id}/runs/{run['run_id']}"
        for _ in range(500):
            if (await http.get(path)).json()["status"] == "running":
                break
            await asyncio.sleep(0.01)
        streamed = await http.post(f"{path}/stream", params={"action": "interrupt"})
        assert streamed.status_code == 200
        assert streamed.headers["content-type"].startswith("text/event-stream")
        assert all(e.event != "error" for e in parse_sse(streamed.content))
        assert (await http.get(path)).json()["status"] == "interrupted"
        second = (
            await http.post(
                f"/threads/{thread_id}/runs",
                json={"assistant_id": "echo", "input": HI, "config": SLOW},
            )
        ).json()
        waited = await http.post(
            f"/threads/{thread_id}/runs/{second['run_id']}/stream",
            params={"action": "rollback", "wait": "true"},
        )
        assert waited.status_code == 204
        assert (await http.get(f"/threads/{thread_id}/runs/{second['run_id']}")).status_code == 404


# -- human in the loop ----------------------------------------------------------------


async def test_interrupt_then_resume_by_stream(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    parts = [
        p
        async for p in client.runs.stream(
            thread_id, "hitl", input=HI, stream_mode=["values", "updates"]
        )
    ]
    assert parts[-1].data["__interrupt__"][0]["value"] == {"question": "approve?"}
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "interrupted"
    (interrupts,) = thread["interrupts"].values()
    assert interrupts[0]["value"] == {"question": "approve?"}
    run = await client.runs.get(thread_id, parts[0].data["run_id"])
    assert run["status"] == "success"  # a pause is not a cancel
    resumed = [
        p async for p in client.runs.stream(thread_id, "hitl", command={"resume": "approved"})
    ]
    assert resumed[-1].data["messages"][-1]["content"] == "human said: approved"
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "idle"
    assert thread["interrupts"] == {}


async def test_command_update_and_goto(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    await client.runs.wait(thread_id, "echo", input=HI)
    updated = await client.runs.wait(
        thread_id, "echo", command={"update": {"count": 100}, "goto": "counter"}
    )
    assert isinstance(updated, dict)
    assert updated["count"] == 101  # updated, then only `counter` ran
    sent = await client.runs.wait(
        thread_id, "echo", command={"goto": {"node": "counter", "input": {"count": 7}}}
    )
    assert isinstance(sent, dict)
    assert sent["count"] == 8


async def test_interrupt_before_and_after(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    paused = await client.runs.wait(thread_id, "echo", input=HI, interrupt_before=["counter"])
    assert isinstance(paused, dict)
    assert paused["count"] == 1
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "interrupted"
    done = await client.runs.wait(thread_id, "echo", input=None)
    assert isinstance(done, dict)
    assert done["count"] == 2
    assert (await client.threads.get(thread_id))["status"] == "idle"
    other = await new_thread(client)
    after = await client.runs.wait(other, "echo", input=HI, interrupt_after="*")
    assert isinstance(after, dict)
    assert after["count"] == 1
    assert (await client.threads.get(other))["status"] == "interrupted"


async def test_a_new_message_after_a_cancel_is_not_a_resume(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run_id = await inside_echo(client, thread_id)
    await client.runs.cancel(thread_id, run_id, wait=True)
    assert (await client.threads.get(thread_id))["status"] == "interrupted"
    after = await client.runs.wait(thread_id, "echo", input=said("second"))
    assert isinstance(after, dict)
    assert after["messages"][-1]["content"] == "echo: second"


async def test_run_from_an_earlier_checkpoint_branches_the_thread(
    client: LangGraphClient,
) -> None:
    thread_id = await new_thread(client)
    checkpoints = [
        p
        async for p in client.runs.stream(
            thread_id, "echo", input=said("one"), stream_mode="checkpoints"
        )
    ]
    after_one = checkpoints[-1].data["config"]["configurable"]["checkpoint_id"]
    await client.runs.wait(thread_id, "echo", input=said("two"))
    branched = await client.runs.wait(
        thread_id, "echo", input=said("other"), checkpoint_id=after_one
    )
    assert isinstance(branched, dict)
    humans = [m["content"] for m in branched["messages"] if m["type"] == "human"]
    assert humans == ["one", "other"]


# -- resumable streams ----------------------------------------------------------------


async def test_resumable_stream_ids_replay_and_filters(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        created = await http.post(
            f"/threads/{thread_id}/runs/stream",
            json={
                "assistant_id": "echo",
                "input": HI,
                "stream_mode": ["values", "updates"],
                "stream_resumable": True,
            },
        )
        events = parse_sse(created.content)
        ids = [int(e.id) for e in events if e.id is not None]
        assert len(ids) == len(events)
        assert ids == sorted(set(ids))  # strictly increasing
        path = created.headers["location"]
        after_first = parse_sse(
            (await http.get(path, headers={"Last-Event-ID": str(ids[0])})).content
        )
        assert [e.id for e in after_first] == [str(i) for i in ids[1:]]
        everything = parse_sse((await http.get(path, headers={"Last-Event-ID": "-1"})).content)
        assert [e.event for e in everything] == [e.event for e in events]
        nothing = await http.get(path)
        assert nothing.content == b""  # no header on a finished run: nothing to send
        repeated = parse_sse(
            (
                await http.get(
                    f"{path}?stream_mode=values&stream_mode=updates",
                    headers={"Last-Event-ID": "-1"},
                )
            ).content
        )
        assert [e.event for e in repeated] == [e.event for e in events][1:]  # metadata dropped
        as_json = parse_sse(
            (
                await http.get(
                    path, params={"stream_mode": '["values"]'}, headers={"Last-Event-ID": "-1"}
                )
            ).content
        )
        assert {e.event for e in as_json} == {"values"}
        bad = await http.get(path, headers={"Last-Event-ID": "x"})
        assert bad.status_code == 422


async def test_rejoin_mid_run_continues_without_gap_or_duplicate(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        headers, first = await first_events(
            http,
            thread_id,
            {
                "assistant_id": "steps",
                "input": HI,
                "stream_mode": ["custom", "updates"],
                "stream_resumable": True,
                "on_disconnect": "continue",
                "config": {"configurable": {"steps": 4, "pause": 0.2}},
            },
            3,
        )
        location = headers["location"]
        seen = [(e.event, e.id or "") for e in first]
        rest = parse_sse((await http.get(location, headers={"Last-Event-ID": seen[-1][1]})).content)
        everything = parse_sse((await http.get(location, headers={"Last-Event-ID": "-1"})).content)
        combined = seen + [(e.event, e.id or "") for e in rest]
        assert combined == [(e.event, e.id or "") for e in everything]
        assert [e.event for e in everything].count("custom") == 4


async def test_event_ids_keep_increasing_across_runs_and_a_rollback(live: LiveServer) -> None:
    """A thread's event ids never repeat: not for the next run, and not after a rolled-back
    run whose stored events were deleted (the next run starts on an idle thread, from what
    its creation read)."""

    async def resumable(http: httpx.AsyncClient, thread_id: str) -> list[int]:
        response = await http.post(
            f"/threads/{thread_id}/runs/stream",
            json={"assistant_id": "echo", "input": HI, "stream_resumable": True},
        )
        return [int(e.id) for e in parse_sse(response.content) if e.id is not None]

    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        first = await resumable(http, thread_id)
        # Three events of a run pausing 0.2 s between steps: past the log's first background
        # write (50 ms), so the rolled-back run has stored events.
        headers, streamed = await first_events(
            http,
            thread_id,
            {
                "assistant_id": "steps",
                "input": HI,
                "stream_mode": "custom",
                "stream_resumable": True,
                "on_disconnect": "continue",
                "config": {"configurable": {"steps": 6, "pause": 0.2}},
            },
            3,
        )
        run_path = headers["content-location"]
        rolled_back = [int(e.id) for e in streamed if e.id is not None]
        cancel = await http.post(f"{run_path}/cancel", params={"action": "rollback", "wait": 1})
        assert cancel.status_code in (200, 202, 204)
        assert (await http.get(run_path)).status_code == 404
        after = await resumable(http, thread_id)
    assert rolled_back
    assert min(rolled_back) > max(first)
    assert min(after) > max(rolled_back)
    assert after == sorted(set(after))


async def test_on_disconnect_cancel_and_continue(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        outcomes = {}
        for mode in ("cancel", "continue"):
            thread_id = (await http.post("/threads", json={})).json()["thread_id"]
            async with http.stream(
                "POST",
                f"/threads/{thread_id}/runs/stream",
                json={
                    "assistant_id": "steps",
                    "input": HI,
                    "stream_mode": "custom",
                    "on_disconnect": mode,
                    "config": {"configurable": {"steps": 3, "pause": 0.2}},
                },
            ) as response:
                run_path = response.headers["content-location"]
                async for _ in response.aiter_bytes():
                    break  # the client goes away after the first bytes
            for _ in range(300):
                status = (await http.get(run_path)).json()["status"]
                if status not in ("pending", "running"):
                    break
                await asyncio.sleep(0.02)
            outcomes[mode] = status
        assert outcomes == {"cancel": "interrupted", "continue": "success"}


async def test_join_with_cancel_on_disconnect_cancels_the_run(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        run = (
            await http.post(
                f"/threads/{thread_id}/runs",
                json={
                    "assistant_id": "steps",
                    "input": HI,
                    "stream_mode": "custom",
                    "config": {"configurable": {"steps": 5, "pause": 0.2}},
                },
            )
        ).json()
        path = f"/threads/{thread_id}/runs/{run['run_id']}"
        async with http.stream(
            "GET", f"{path}/stream", params={"cancel_on_disconnect": "true"}
        ) as response:
            async for _ in response.aiter_bytes():
                break
        for _ in range(300):
            status = (await http.get(path)).json()["status"]
            if status not in ("pending", "running"):
                break
            await asyncio.sleep(0.02)
        assert status == "interrupted"


# -- the thread stream ----------------------------------------------------------------


async def test_thread_stream_multiplexes_runs_and_marks_their_ends(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        received: list[Any] = []

        async def listen() -> None:
            buffer = b""
            async with http.stream(
                "GET", f"/threads/{thread_id}/stream", params={"stream_mode": "run_modes"}
            ) as response:
                assert response.status_code == 200
                async for chunk in response.aiter_bytes():
                    buffer += chunk
                    events = parse_sse(buffer.rsplit(b"\r\n\r\n", 1)[0] + b"\r\n\r\n")
                    done = [e for e in events if e.data.get("status") == "run_done"]
                    if len(done) == 2:
                        received.extend(events)
                        return

        listener = asyncio.create_task(listen())
        await asyncio.sleep(0.3)
        for text in ("one", "two"):
            await http.post(
                f"/threads/{thread_id}/runs/wait",
                json={"assistant_id": "echo", "input": said(text)},
            )
        await asyncio.wait_for(listener, 10)
        names = [e.event for e in received]
        assert names.count("metadata") == 4  # each run's start and end
        ids = [int(e.id) for e in received]
        assert ids == sorted(set(ids))
        ends = [e.data for e in received if e.data.get("status") == "run_done"]
        assert len({end["run_id"] for end in ends}) == 2
        replay = b""
        async with http.stream(
            "GET", f"/threads/{thread_id}/stream", headers={"Last-Event-ID": "-1"}
        ) as response:
            async for chunk in response.aiter_bytes():
                replay += chunk
                if replay.count(b'"run_done"') == 2:
                    break
        replayed = parse_sse(replay.rsplit(b"\r\n\r\n", 1)[0] + b"\r\n\r\n")
        assert [(e.event, e.id) for e in replayed] == [(e.event, e.id) for e in received]


async def test_thread_stream_lifecycle_mode_and_unknown_thread(live: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as http:
        missing = await http.get("/threads/00000000-0000-4000-8000-000000000000/stream")
        assert missing.status_code == 404
        thread_id = (await http.post("/threads", json={})).json()["thread_id"]
        await http.post(
            f"/threads/{thread_id}/runs/wait", json={"assistant_id": "echo", "input": HI}
        )
        body = b""
        async with http.stream(
            "GET",
            f"/threads/{thread_id}/stream",
            params={"stream_modes": "lifecycle"},
            headers={"Last-Event-ID": "-1"},
        ) as response:
            async for chunk in response.aiter_bytes():
                body += chunk
                if b"run_done" in body:
                    break
        events = parse_sse(body.rsplit(b"\r\n\r\n", 1)[0] + b"\r\n\r\n")
        assert [e.event for e in events] == ["metadata", "metadata"]


# -- delayed runs ---------------------------------------------------------------------


async def test_after_seconds_delays_the_start(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    loop = asyncio.get_running_loop()
    started = loop.time()
    run = await client.runs.create(thread_id, "echo", input=HI, after_seconds=0.6)
    await asyncio.sleep(0.2)
    assert (await client.runs.get(thread_id, run["run_id"]))["status"] == "pending"
    await client.runs.join(thread_id, run["run_id"])
    assert loop.time() - started >= 0.6
    assert (await client.runs.get(thread_id, run["run_id"]))["status"] == "success"
