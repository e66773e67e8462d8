"""Runs through the official Python SDK (`langgraph_sdk`) over real HTTP.

Every client method of the runs API is called the way applications call it, against a live
server serving the example graphs (echo, chat, hitl, boom, parent).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import NotFoundError, UnprocessableEntityError

from live_server import LiveServer

HI = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
async def client(live: LiveServer) -> AsyncIterator[LangGraphClient]:
    sdk = get_client(url=live.url, api_key=None)
    yield sdk
    await sdk.http.client.aclose()


async def new_thread(client: LangGraphClient, **metadata: Any) -> str:
    thread = await client.threads.create(metadata=metadata or None)
    return str(thread["thread_id"])


async def collect(parts: AsyncIterator[Any]) -> list[Any]:
    return [part async for part in parts]


async def test_stream_values_yields_metadata_then_each_state(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    parts = await collect(client.runs.stream(thread_id, "echo", input=HI))
    assert [p.event for p in parts] == ["metadata", "values", "values", "values"]
    run_id = parts[0].data["run_id"]
    assert parts[0].data == {"run_id": run_id, "attempt": 1}
    final = parts[-1].data
    assert [m["type"] for m in final["messages"]] == ["human", "ai"]
    assert final["messages"][1]["content"] == "echo: hi"
    assert final["count"] == 2
    run = await client.runs.get(thread_id, run_id)
    assert run["status"] == "success"


@pytest.mark.parametrize(
    ("mode", "events"),
    [
        ("updates", ["metadata", "updates", "updates"]),
        ("custom", ["metadata", "custom"]),
        ("messages-tuple", ["metadata", "messages"]),
        ("messages", ["metadata", "messages/metadata", "messages/complete"]),
        ("tasks", ["metadata", "tasks", "tasks", "tasks", "tasks"]),
        ("checkpoints", ["metadata", "checkpoints", "checkpoints", "checkpoints", "checkpoints"]),
    ],
)
async def test_stream_in_each_mode_yields_the_modes_events(
    client: LangGraphClient, mode: str, events: list[str]
) -> None:
    thread_id = await new_thread(client)
    parts = await collect(client.runs.stream(thread_id, "echo", input=HI, stream_mode=mode))
    assert [p.event for p in parts] == events


async def test_stream_debug_and_events_modes(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    debug = await collect(client.runs.stream(thread_id, "echo", input=HI, stream_mode="debug"))
    assert {p.data["type"] for p in debug[1:]} == {"checkpoint", "task", "task_result"}
    events = await collect(client.runs.stream(thread_id, "echo", input=HI, stream_mode="events"))
    kinds = [p.data["event"] for p in events[1:]]
    assert kinds[0] == "on_chain_start"
    assert kinds[-1] == "on_chain_end"
    assert events[1].data["run_id"] == events[0].data["run_id"]  # the root chain is the run


async def test_stream_chat_tokens_share_one_message_id(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    parts = await collect(
        client.runs.stream(thread_id, "chat", input=HI, stream_mode=["messages-tuple", "values"])
    )
    chunks = [p.data[0] for p in parts if p.event == "messages"]
    assert "".join(c["content"] for c in chunks) == "hello there friend"
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[-1]["chunk_position"] == "last"
    assert parts[-1].event == "values"
    assert parts[-1].data["messages"][-1]["content"] == "hello there friend"


async def test_stream_subgraphs_names_events_by_namespace(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    parts = await collect(
        client.runs.stream(
            thread_id, "parent", input=HI, stream_mode=["values", "updates"], stream_subgraphs=True
        )
    )
    namespaced = [p.event for p in parts if "|" in p.event]
    assert namespaced
    assert all(e.split("|")[1].startswith("child:") for e in namespaced)
    assert {e.split("|")[0] for e in namespaced} == {"values", "updates"}
    plain = await collect(client.runs.stream(thread_id, "parent", input=HI, stream_mode="updates"))
    assert [p.event for p in plain] == ["metadata", "updates"]


async def test_a_graph_that_raises_streams_an_error_and_marks_the_thread(
    client: LangGraphClient,
) -> None:
    thread_id = await new_thread(client)
    parts = await collect(client.runs.stream(thread_id, "boom", input=HI))
    assert parts[-1].event == "error"
    assert parts[-1].data == {"error": "ValueError", "message": "boom: deliberate failure"}
    run = await client.runs.get(thread_id, parts[0].data["run_id"])
    assert run["status"] == "error"
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "error"
    assert thread["error"] == {"error": "ValueError", "message": "boom: deliberate failure"}
    body = await client.runs.wait(thread_id, "boom", input=HI, raise_error=False)
    assert body == {"__error__": {"error": "ValueError", "message": "boom: deliberate failure"}}
    with pytest.raises(Exception, match="boom: deliberate failure"):
        await client.runs.wait(thread_id, "boom", input=HI)


async def test_wait_returns_the_final_values(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    result = await client.runs.wait(thread_id, "echo", input=HI)
    assert isinstance(result, dict)
    assert result["count"] == 2
    assert result["messages"][-1]["content"] == "echo: hi"
    again = await client.runs.wait(thread_id, "echo", input=HI)
    assert isinstance(again, dict)
    assert again["count"] == 4


async def test_wait_on_an_interrupt_returns_the_interrupt(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    result = await client.runs.wait(thread_id, "hitl", input=HI)
    assert isinstance(result, dict)
    assert result["__interrupt__"][0]["value"] == {"question": "approve?"}
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "interrupted"
    resumed = await client.runs.wait(thread_id, "hitl", command={"resume": "yes"})
    assert isinstance(resumed, dict)
    assert resumed["messages"][-1]["content"] == "human said: yes"


async def test_create_then_join_and_join_stream(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    run = await client.runs.create(
        thread_id, "echo", input=HI, config={"configurable": {"delay": 0.5}}
    )
    assert run["status"] == "pending"
    assert run["thread_id"] == thread_id
    thread = await client.threads.get(thread_id)
    assert thread["status"] == "busy"  # from the moment the run is created
    stream = await collect(client.runs.join_stream(thread_id, run["run_id"]))
    assert stream
    assert stream[-1].event == "values"
    assert stream[-1].data["count"] == 2
    joined = await client.runs.join(thread_id, run["run_id"])
    assert isinstance(joined, dict)
    assert joined["count"] == 2
    finished = await client.runs.get(thread_id, run["run_id"])
    assert finished["status"] == "success"
    assert (await client.threads.get(thread_id))["status"] == "idle"


async def test_list_get_and_delete_runs(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    first = await client.runs.create(thread_id, "echo", input=HI)
    second = await client.runs.create(thread_id, "echo", input=HI)
    await client.runs.join(thread_id, second["run_id"])
    listed = await client.runs.list(thread_id)
    assert [r["run_id"] for r in listed] == [second["run_id"], first["run_id"]]  # newest first
    assert all(r["status"] == "success" for r in listed)
    assert [r["run_id"] for r in await client.runs.list(thread_id, limit=1, offset=1)] == [
        first["run_id"]
    ]
    selected = await client.runs.list(thread_id, select=["run_id", "status"])
    assert all(set(r) == {"run_id", "status"} for r in selected)
    await client.runs.delete(thread_id, first["run_id"])
    with pytest.raises(NotFoundError):
        await client.runs.get(thread_id, first["run_id"])
    assert [r["run_id"] for r in await client.runs.list(thread_id)] == [second["run_id"]]


async def test_runs_run_one_at_a_time_in_created_order(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    runs = [
        await client.runs.create(
            thread_id, "echo", input={"messages": [{"role": "user", "content": str(i)}]}
        )
        for i in range(4)
    ]
    await client.runs.join(thread_id, runs[-1]["run_id"])
    state = await client.runs.wait(thread_id, "echo", input=HI)
    assert isinstance(state, dict)
    contents = [m["content"] for m in state["messages"] if m["type"] == "human"]
    assert contents == ["0", "1", "2", "3", "hi"]


async def test_stateless_runs_and_batch(client: LangGraphClient) -> None:
    result = await client.runs.wait(None, "echo", input=HI)
    assert isinstance(result, dict)
    assert result["count"] == 2
    parts = await collect(client.runs.stream(None, "echo", input=HI, stream_mode="updates"))
    assert [p.event for p in parts] == ["metadata", "updates", "updates"]
    kept = await client.runs.create(None, "echo", input=HI, on_completion="keep")
    await client.runs.join(kept["thread_id"], kept["run_id"])
    assert (await client.threads.get(kept["thread_id"]))["status"] == "idle"
    batch = await client.runs.create_batch(
        [{"assistant_id": "echo", "input": HI}, {"assistant_id": "chat", "input": HI}]
    )
    assert len(batch) == 2
    assert len({r["thread_id"] for r in batch}) == 2
    for run in batch:
        joined = await client.runs.join(run["thread_id"], run["run_id"])
        assert isinstance(joined, dict)
        assert "messages" in joined


async def test_deleted_temporary_thread_is_gone(client: LangGraphClient) -> None:
    run = await client.runs.create(None, "echo", input=HI)
    await client.runs.join(run["thread_id"], run["run_id"])
    for _ in range(50):  # the thread is deleted right after the run ends
        try:
            await client.threads.get(run["thread_id"])
        except NotFoundError:
            return
        await asyncio.sleep(0.02)
    pytest.fail("the temporary thread of a stateless run was not deleted")


async def test_unknown_assistant_and_thread(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    with pytest.raises(UnprocessableEntityError, match="One of the registered graphs: echo"):
        await client.runs.create(thread_id, "nope", input=HI)
    with pytest.raises(NotFoundError, match="Thread or assistant not found"):
        await client.runs.create(str(uuid.uuid4()), "echo", input=HI)
    created = await client.runs.wait(str(uuid.uuid4()), "echo", input=HI, if_not_exists="create")
    assert isinstance(created, dict)
    assert created["count"] == 2


async def test_context_and_configurable_together_is_a_400(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    response = await client.http.client.post(
        f"/threads/{thread_id}/runs",
        json={
            "assistant_id": "echo",
            "input": HI,
            "config": {"configurable": {"delay": 0}},
            "context": {"delay": 0},
        },
    )
    assert response.status_code == 400
    assert "context" in response.json()["detail"]


async def test_run_config_carries_the_servers_keys(client: LangGraphClient) -> None:
    thread_id = await new_thread(client, user="alice")
    run = await client.runs.create(
        thread_id, "echo", input=HI, config={"configurable": {"delay": 0}}, metadata={"k": 1}
    )
    configurable = run["kwargs"]["config"]["configurable"]
    for key in ("run_id", "thread_id", "graph_id", "assistant_id", "user_id"):
        assert key in configurable
    assert configurable["run_id"] == run["run_id"]
    assert configurable["graph_id"] == "echo"
    assert run["kwargs"]["context"] == {"delay": 0}  # configurable is mirrored into context
    assert run["metadata"]["k"] == 1
    await client.runs.join(thread_id, run["run_id"])
    thread = await client.threads.get(thread_id)
    assert thread["metadata"]["graph_id"] == "echo"
    assert thread["metadata"]["assistant_id"] == run["assistant_id"]


async def test_run_metadata_merges_the_threads_the_configs_and_the_requests(
    client: LangGraphClient,
) -> None:
    # As the reference does: later sources win, and the run's graph and assistant are its own.
    thread_id = await new_thread(client, scenario="merge", shared="thread", graph_id="spoofed")
    run = await client.runs.create(
        thread_id,
        "echo",
        input=HI,
        config={"metadata": {"shared": "config", "from_config": True}},
        metadata={"from_request": 1},
    )
    expected = {
        "created_by": "system",  # the graph's system assistant's own metadata comes first
        "scenario": "merge",
        "shared": "config",
        "from_config": True,
        "from_request": 1,
        "graph_id": "echo",
        "assistant_id": run["assistant_id"],
    }
    assert run["metadata"] == expected
    await client.runs.join(thread_id, run["run_id"])
    assert (await client.runs.get(thread_id, run["run_id"]))["metadata"] == expected
    # The graph sees the same metadata (it is what LangSmith traces and checkpoints carry).
    state = await client.threads.get_state(thread_id)
    assert state["metadata"]["from_request"] == 1
    assert state["metadata"]["scenario"] == "merge"


async def test_every_field_the_sdk_sends_is_accepted(client: LangGraphClient) -> None:
    thread_id = await new_thread(client)
    parts = await collect(
        client.runs.stream(
            thread_id,
            "echo",
            input=HI,
            stream_mode=["values", "tools"],
            stream_subgraphs=False,
            stream_resumable=False,
            metadata={"a": 1},
            config={"tags": ["t"], "recursion_limit": 10},
            interrupt_before=None,
            feedback_keys=["score"],
            on_disconnect="continue",
            multitask_strategy="enqueue",
            if_not_exists="reject",
            after_seconds=0,
            durability="sync",
            on_completion="keep",
            strict_resume=False,
            langsmith_tracing={"project_name": "p"},
        )
    )
    assert parts[-1].event == "values"
