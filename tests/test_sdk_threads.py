"""Every `threads` method of the official Python SDK, over HTTP, against a live graphport.

Covers what each method sends and what it gets back (shapes and values), the error paths
(404 / 409 / 422 / 400), and the thread rules: TTLs, metadata and values containment, sorting
and paging, select / extract, copy and prune, and the state endpoints (state at a checkpoint,
update_state, history, subgraph states, interrupts and task errors). `join_stream` and the v2
`stream` session are not covered: the thread stream is not built yet (it answers 501).
"""

from __future__ import annotations

import asyncio
import itertools
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_sync_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    UnprocessableEntityError,
)

from live_server import LiveServer

HI = {"messages": [{"role": "user", "content": "hi"}]}
THREAD_KEYS = [
    "thread_id",
    "created_at",
    "updated_at",
    "state_updated_at",
    "metadata",
    "status",
    "config",
    "values",
]
STATE_KEYS = [
    "values",
    "next",
    "tasks",
    "metadata",
    "created_at",
    "checkpoint",
    "parent_checkpoint",
    "interrupts",
    "checkpoint_id",
    "parent_checkpoint_id",
]
TASK_KEYS = ["id", "name", "path", "error", "interrupts", "checkpoint", "state", "result"]
MISSING = "00000000-0000-0000-0000-000000000000"


async def _ran(sdk: LangGraphClient, graph: str = "echo", **kwargs: Any) -> str:
    """A thread on which one run of `graph` has finished."""
    thread = await sdk.threads.create(**kwargs)
    await sdk.runs.wait(thread["thread_id"], graph, input=HI, raise_error=False)
    return thread["thread_id"]


# -- create / get / update / delete ------------------------------------------------------


async def test_create_answers_an_idle_empty_thread(
    sdk: LangGraphClient, marker: dict[str, str]
) -> None:
    thread = await sdk.threads.create(metadata=marker)
    assert list(thread) == THREAD_KEYS
    assert thread["metadata"] == marker
    assert thread["status"] == "idle"
    assert thread["config"] == {}
    assert thread["values"] is None
    assert thread["created_at"] == thread["updated_at"] == thread["state_updated_at"]
    assert uuid.UUID(thread["thread_id"]).version == 7
    assert await sdk.threads.get(thread["thread_id"]) == thread


async def test_create_with_an_id_and_graph_id(sdk: LangGraphClient) -> None:
    thread_id = str(uuid.uuid4())
    thread = await sdk.threads.create(thread_id=thread_id, graph_id="echo", metadata={"a": 1})
    assert thread["thread_id"] == thread_id
    assert thread["metadata"] == {"a": 1, "graph_id": "echo"}


async def test_create_an_existing_id_conflicts_unless_do_nothing(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create(metadata={"first": True})
    with pytest.raises(ConflictError) as raised:
        await sdk.threads.create(thread_id=thread["thread_id"])
    assert raised.value.response.json() == {
        "detail": f"Thread with ID {thread['thread_id']} already exists"
    }
    again = await sdk.threads.create(
        thread_id=thread["thread_id"], if_exists="do_nothing", metadata={"second": True}
    )
    assert again == thread


async def test_create_refuses_an_id_that_is_not_a_uuid(sdk: LangGraphClient) -> None:
    with pytest.raises(UnprocessableEntityError) as raised:
        await sdk.threads.create(thread_id="not-a-uuid")
    assert raised.value.response.json() == {"detail": "Invalid thread ID: must be a UUID"}


async def test_create_with_supersteps_prefills_the_history(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create(
        graph_id="echo",
        supersteps=[
            {
                "updates": [
                    {"values": {"messages": [{"type": "human", "content": "a"}]}, "as_node": "echo"}
                ]
            },
            {"updates": [{"values": {"count": 7}, "as_node": "counter"}]},
        ],
    )
    assert thread["status"] == "idle"
    assert thread["values"]["count"] == 7
    assert [m["content"] for m in thread["values"]["messages"]] == ["a"]
    assert thread["interrupts"] == {}
    assert thread["error"] is None
    history = await sdk.threads.get_history(thread["thread_id"])
    assert [s["metadata"]["source"] for s in history] == ["update", "update"]


async def test_create_with_bad_supersteps_creates_nothing(sdk: LangGraphClient) -> None:
    thread_id = str(uuid.uuid4())
    with pytest.raises(BadRequestError, match="Node nope does not exist"):
        await sdk.threads.create(
            thread_id=thread_id,
            graph_id="echo",
            supersteps=[{"updates": [{"values": {"count": 1}, "as_node": "nope"}]}],
        )
    with pytest.raises(BadRequestError, match=r"metadata\.graph_id"):
        await sdk.threads.create(supersteps=[{"updates": [{"values": {}, "as_node": "echo"}]}])
    with pytest.raises(NotFoundError):
        await sdk.threads.get(thread_id)


async def test_get_unknown_thread_is_404(sdk: LangGraphClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        await sdk.threads.get(MISSING)
    assert raised.value.response.json() == {"detail": f"Thread with ID {MISSING} not found"}


async def test_ttl_shows_with_include_and_restarts_on_update(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create(ttl=30)
    assert "ttl" not in thread
    shown = await sdk.threads.get(thread["thread_id"], include=["ttl"])
    ttl = shown["ttl"]
    assert ttl["strategy"] == "delete"
    assert ttl["ttl_minutes"] == 30
    expires = datetime.fromisoformat(ttl["expires_at"])
    assert expires - datetime.fromisoformat(thread["created_at"]) == timedelta(minutes=30)

    await sdk.threads.update(
        thread["thread_id"], metadata={}, ttl={"ttl": 2.5, "strategy": "keep_latest"}
    )
    updated = await sdk.threads.get(thread["thread_id"], include=["ttl"])
    assert updated["ttl"]["strategy"] == "keep_latest"
    assert updated["ttl"]["ttl_minutes"] == 2.5
    assert datetime.fromisoformat(updated["ttl"]["expires_at"]) < expires
    forever = await sdk.threads.create(ttl=4e307)
    shown = await sdk.threads.get(forever["thread_id"], include=["ttl,other"])
    assert shown["ttl"]["ttl_minutes"] == 4e307
    assert datetime.fromisoformat(shown["ttl"]["expires_at"]).year > 2900
    without = await sdk.threads.get((await sdk.threads.create())["thread_id"], include=["ttl"])
    assert "ttl" not in without


async def test_update_merges_metadata_and_can_answer_nothing(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create(metadata={"a": 1, "b": {"x": 1}})
    updated = await sdk.threads.update(thread["thread_id"], metadata={"b": {"y": 2}, "c": None})
    assert updated["metadata"] == {"a": 1, "b": {"y": 2}, "c": None}
    assert updated["updated_at"] > thread["updated_at"]
    assert updated["state_updated_at"] == thread["state_updated_at"]
    assert (
        await sdk.threads.update(thread["thread_id"], metadata={"d": 4}, return_minimal=True)
        is None
    )
    assert (await sdk.threads.get(thread["thread_id"]))["metadata"]["d"] == 4
    with pytest.raises(NotFoundError):
        await sdk.threads.update(MISSING, metadata={})


async def test_delete_removes_the_thread_its_runs_and_its_state(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk)
    runs = await sdk.runs.list(thread_id)
    assert len(runs) == 1
    assert await sdk.threads.delete(thread_id) is None
    with pytest.raises(NotFoundError):
        await sdk.threads.get(thread_id)
    with pytest.raises(NotFoundError):
        await sdk.runs.get(thread_id, runs[0]["run_id"])
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(thread_id)
    with pytest.raises(NotFoundError):
        await sdk.threads.delete(thread_id)
    # Nothing of the old thread comes back with a new thread of the same id.
    await sdk.threads.create(thread_id=thread_id, graph_id="echo")
    assert await sdk.threads.get_history(thread_id) == []


async def test_delete_cancels_the_active_runs_first(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    run = await sdk.runs.create(
        thread["thread_id"], "echo", input=HI, config={"configurable": {"delay": 30}}
    )
    await sdk.threads.delete(thread["thread_id"])
    with pytest.raises(NotFoundError):
        await sdk.runs.get(thread["thread_id"], run["run_id"])
    with pytest.raises(NotFoundError):
        await sdk.threads.get(thread["thread_id"])


# -- search / count ----------------------------------------------------------------------


async def test_search_filters_by_metadata_values_status_and_ids(
    sdk: LangGraphClient, marker: dict[str, str]
) -> None:
    idle_id = await _ran(sdk, metadata={**marker, "n": {"a": 1, "tags": ["x", "y"]}})
    interrupted_id = await _ran(sdk, "hitl", metadata={**marker, "n": {"a": 2}})
    empty = await sdk.threads.create(metadata=marker)

    def ids(found: list[Any]) -> set[str]:
        return {t["thread_id"] for t in found}

    assert ids(await sdk.threads.search(metadata=marker)) == {
        idle_id,
        interrupted_id,
        empty["thread_id"],
    }
    assert ids(await sdk.threads.search(metadata={**marker, "n": {"a": 1}})) == {idle_id}
    assert ids(await sdk.threads.search(metadata={**marker, "n": {"tags": ["y"]}})) == {idle_id}
    assert ids(await sdk.threads.search(metadata=marker, status="interrupted")) == {interrupted_id}
    assert ids(await sdk.threads.search(metadata=marker, values={"count": 2})) == {idle_id}
    assert ids(
        await sdk.threads.search(metadata=marker, values={"messages": [{"content": "echo: hi"}]})
    ) == {idle_id}
    assert ids(await sdk.threads.search(ids=[idle_id, MISSING])) == {idle_id}
    assert await sdk.threads.count(metadata=marker) == 3
    assert await sdk.threads.count(metadata=marker, status="idle") == 2
    assert await sdk.threads.count(metadata=marker, values={"count": 2}) == 1


async def test_search_sorts_pages_and_counts(
    sdk: LangGraphClient, marker: dict[str, str], live: LiveServer
) -> None:
    created = [(await sdk.threads.create(metadata=marker))["thread_id"] for _ in range(5)]
    newest_first = list(reversed(created))
    assert [t["thread_id"] for t in await sdk.threads.search(metadata=marker)] == newest_first
    oldest = await sdk.threads.search(metadata=marker, sort_by="created_at", sort_order="asc")
    assert [t["thread_id"] for t in oldest] == created
    by_id = await sdk.threads.search(metadata=marker, sort_by="thread_id")
    assert [t["thread_id"] for t in by_id] == sorted(created, reverse=True)

    page = await sdk.threads.search(metadata=marker, limit=2, offset=2)
    assert [t["thread_id"] for t in page] == newest_first[2:4]
    async with httpx.AsyncClient(base_url=live.url) as http:
        body = {"metadata": marker, "limit": 2, "offset": 2}
        response = await http.post("/threads/search", json=body)
        assert response.headers["x-pagination-total"] == "5"
        assert response.headers["x-pagination-next"] == "4"
        last = await http.post("/threads/search", json={**body, "offset": 4})
        assert last.headers["x-pagination-total"] == "5"
        assert "x-pagination-next" not in last.headers
        assert len(last.json()) == 1


async def test_search_select_and_extract(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    thread_id = await _ran(sdk, metadata={**marker, "owner": {"name": "ann"}})
    found = await sdk.threads.search(
        metadata=marker,
        select=["thread_id", "status", "context"],
        extract={
            "last": "values.messages[-1].content",
            "first_type": "values.messages[0].type",
            "count": "values.count",
            "owner": "metadata.owner.name",
            "nothing": "values.messages[9].content",
            "config": "config.configurable",
        },
    )
    assert found == [
        {
            "thread_id": thread_id,
            "status": "idle",
            "extracted": {
                "last": "echo: hi",
                "first_type": "human",
                "count": 2,
                "owner": "ann",
                "nothing": None,
                "config": {},
            },
        }
    ]
    full = await sdk.threads.search(metadata=marker, extract={"count": "values.count"})
    assert list(full[0]) == [*THREAD_KEYS, "error", "interrupts", "extracted"]


async def test_search_refuses_invalid_requests(sdk: LangGraphClient) -> None:
    with pytest.raises(UnprocessableEntityError):
        await sdk.threads.search(status="sleeping")  # type: ignore[arg-type]
    with pytest.raises(UnprocessableEntityError):
        await sdk.threads.search(extract={"x": "nowhere.y"})
    with pytest.raises(UnprocessableEntityError):
        await sdk.threads.search(limit=0)


# -- copy / prune ------------------------------------------------------------------------


async def test_copy_makes_a_new_thread_with_the_same_state(sdk: LangGraphClient) -> None:
    source_id = await _ran(sdk, metadata={"origin": "copy"})
    copy = await sdk.threads.copy(source_id)
    assert copy["thread_id"] != source_id
    assert copy["metadata"]["origin"] == "copy"
    source = await sdk.threads.get(source_id)
    assert copy["values"] == source["values"]
    assert copy["status"] == "idle"
    source_history = await sdk.threads.get_history(source_id)
    copy_history = await sdk.threads.get_history(copy["thread_id"])
    assert [s["checkpoint"]["checkpoint_id"] for s in copy_history] == [
        s["checkpoint"]["checkpoint_id"] for s in source_history
    ]
    assert {s["checkpoint"]["thread_id"] for s in copy_history} == {copy["thread_id"]}
    assert await sdk.runs.list(copy["thread_id"]) == []
    # The copy goes on on its own.
    await sdk.runs.wait(copy["thread_id"], "echo", input=HI)
    assert (await sdk.threads.get(copy["thread_id"]))["values"]["count"] == 4
    assert (await sdk.threads.get(source_id))["values"]["count"] == 2


async def test_copy_of_an_interrupted_thread_is_interrupted(sdk: LangGraphClient) -> None:
    copy = await sdk.threads.copy(await _ran(sdk, "hitl"))
    assert copy["status"] == "interrupted"
    assert len(copy["interrupts"]) == 1


async def test_copy_of_an_unknown_thread_conflicts_as_on_the_reference(
    sdk: LangGraphClient,
) -> None:
    with pytest.raises(ConflictError):
        await sdk.threads.copy(MISSING)


async def test_prune_delete_and_keep_latest(sdk: LangGraphClient) -> None:
    doomed, kept = await _ran(sdk), await _ran(sdk)
    await sdk.runs.wait(kept, "echo", input=HI)
    state = await sdk.threads.get_state(kept)
    assert len(await sdk.threads.get_history(kept, limit=100)) > 1

    assert await sdk.threads.prune([doomed, MISSING]) == {"pruned_count": 1}
    with pytest.raises(NotFoundError):
        await sdk.threads.get(doomed)

    assert await sdk.threads.prune([kept], strategy="keep_latest") == {"pruned_count": 1}
    history = await sdk.threads.get_history(kept, limit=100)
    assert len(history) == 1
    assert history[0]["checkpoint"] == state["checkpoint"]
    assert history[0]["values"] == state["values"]
    assert await sdk.threads.prune([]) == {"pruned_count": 0}


# -- state -------------------------------------------------------------------------------


async def test_state_of_a_new_thread_is_empty(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    state = await sdk.threads.get_state(thread["thread_id"])
    assert state == {
        "values": {},
        "next": [],
        "tasks": [],
        "metadata": None,
        "created_at": None,
        "checkpoint": None,
        "parent_checkpoint": None,
        "interrupts": [],
        "checkpoint_id": None,
        "parent_checkpoint_id": None,
    }
    assert await sdk.threads.get_history(thread["thread_id"]) == []


async def test_state_after_a_run(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk)
    state = await sdk.threads.get_state(thread_id)
    assert list(state) == STATE_KEYS
    assert state["values"]["count"] == 2
    assert [m["type"] for m in state["values"]["messages"]] == ["human", "ai"]
    assert state["next"] == []
    assert state["tasks"] == []
    assert state["interrupts"] == []
    assert state["metadata"]["source"] == "loop"
    assert state["checkpoint"] == {
        "checkpoint_id": state["checkpoint_id"],
        "thread_id": thread_id,
        "checkpoint_ns": "",
    }
    assert state["parent_checkpoint"]["checkpoint_id"] == state["parent_checkpoint_id"]
    narrowed = await sdk.threads.get_state(thread_id, select=["values.count"])
    assert narrowed["values"] == {"count": 2}
    assert narrowed["checkpoint"] == state["checkpoint"]


async def test_state_at_a_checkpoint_by_id_and_by_object(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk)
    history = await sdk.threads.get_history(thread_id)
    earlier = history[1]
    by_id = await sdk.threads.get_state(
        thread_id, checkpoint_id=earlier["checkpoint"]["checkpoint_id"]
    )
    by_object = await sdk.threads.get_state(thread_id, checkpoint=earlier["checkpoint"])
    assert by_id == by_object == earlier
    assert earlier["next"] == ["counter"]
    assert earlier["tasks"][0]["name"] == "counter"
    assert list(earlier["tasks"][0]) == TASK_KEYS
    assert earlier["tasks"][0]["result"] == {"count": 2}
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(thread_id, checkpoint_id="1f1e9492-a167-622d-8001-60ed8d05cc8e")
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(
            thread_id, checkpoint={"checkpoint_id": "1f1e9492-a167-622d-8001-60ed8d05cc8e"}
        )


async def test_state_of_an_interrupted_thread(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk, "hitl")
    thread = await sdk.threads.get(thread_id)
    state = await sdk.threads.get_state(thread_id)
    assert thread["status"] == "interrupted"
    assert state["next"] == ["ask"]
    (task,) = state["tasks"]
    assert task["interrupts"] == state["interrupts"]
    assert state["interrupts"] == [
        {"id": state["interrupts"][0]["id"], "value": {"question": "approve?"}}
    ]
    assert thread["interrupts"] == {task["id"]: state["interrupts"]}


async def test_state_shows_a_failed_task_with_its_error(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk, "boom")
    state = await sdk.threads.get_state(thread_id)
    assert state["next"] == ["boom"]
    assert state["tasks"][0]["error"] == "ValueError('boom: deliberate failure')"


async def test_subgraph_state_is_nested_when_asked_for(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    run = await sdk.runs.create(
        thread["thread_id"], "parent", input=HI, config={"configurable": {"delay": 1.5}}
    )
    await _until_child_started(sdk, thread["thread_id"])
    plain = await sdk.threads.get_state(thread["thread_id"])
    (task,) = plain["tasks"]
    assert task["name"] == "child"
    assert task["state"] is None
    assert task["checkpoint"]["checkpoint_ns"].startswith("child:")
    nested = await sdk.threads.get_state(thread["thread_id"], subgraphs=True)
    (task,) = nested["tasks"]
    assert task["checkpoint"] is None
    assert list(task["state"]) == STATE_KEYS
    assert task["state"]["next"] == ["echo"]
    assert task["state"]["checkpoint"]["checkpoint_ns"].startswith("child:")
    await sdk.runs.join(thread["thread_id"], run["run_id"])


async def _until_child_started(sdk: LangGraphClient, thread_id: str) -> None:
    for _ in range(100):
        state = await sdk.threads.get_state(thread_id)
        if state["next"] == ["child"]:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the subgraph never started")


async def test_update_state_writes_a_checkpoint_the_thread_follows(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk)
    written = await sdk.threads.update_state(thread_id, {"count": 100}, as_node="counter")
    checkpoint = {
        "thread_id": thread_id,
        "checkpoint_ns": "",
        "checkpoint_id": written["checkpoint_id"],
    }
    assert written == {
        "checkpoint": checkpoint,
        "configurable": checkpoint,
        "checkpoint_id": checkpoint["checkpoint_id"],
    }
    state = await sdk.threads.get_state(thread_id)
    assert state["checkpoint_id"] == written["checkpoint_id"]
    assert state["values"]["count"] == 100
    assert state["metadata"]["source"] == "update"
    thread = await sdk.threads.get(thread_id)
    assert thread["values"]["count"] == 100
    assert thread["status"] == "idle"

    # Written as `echo`, `counter` runs next: the thread waits for it.
    await sdk.threads.update_state(thread_id, {"count": 5}, as_node="echo")
    thread = await sdk.threads.get(thread_id)
    assert thread["status"] == "interrupted"
    assert (await sdk.threads.get_state(thread_id))["next"] == ["counter"]


async def test_update_state_forks_from_an_earlier_checkpoint(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk)
    first = (await sdk.threads.get_history(thread_id, limit=10))[-1]
    forked = await sdk.threads.update_state(
        thread_id, {"count": 50}, as_node="counter", checkpoint=first["checkpoint"]
    )
    state = await sdk.threads.get_state(thread_id)
    assert state["checkpoint_id"] == forked["checkpoint_id"]
    assert state["parent_checkpoint"]["checkpoint_id"] == first["checkpoint"]["checkpoint_id"]
    assert state["values"]["count"] == 50
    by_id = await sdk.threads.update_state(
        thread_id, {"count": 51}, as_node="counter", checkpoint_id=first["checkpoint_id"]
    )
    assert (await sdk.threads.get_state(thread_id))["checkpoint_id"] == by_id["checkpoint_id"]


async def test_update_state_refusals(sdk: LangGraphClient) -> None:
    no_graph = await sdk.threads.create()
    with pytest.raises(BadRequestError, match="has no assigned graph ID"):
        await sdk.threads.update_state(no_graph["thread_id"], {"count": 1})
    thread_id = await _ran(sdk)
    with pytest.raises(BadRequestError):
        await sdk.threads.update_state(thread_id, {"count": 1}, as_node="nope")
    with pytest.raises(NotFoundError):
        await sdk.threads.update_state(MISSING, {"count": 1})
    busy = await sdk.threads.create()
    run = await sdk.runs.create(
        busy["thread_id"], "echo", input=HI, config={"configurable": {"delay": 1}}
    )
    with pytest.raises(ConflictError):
        await sdk.threads.update_state(busy["thread_id"], {"count": 1}, as_node="echo")
    await sdk.runs.cancel(busy["thread_id"], run["run_id"], wait=True)


async def test_history_newest_first_with_limit_before_and_metadata(
    sdk: LangGraphClient,
) -> None:
    thread_id = await _ran(sdk)
    await sdk.threads.update_state(thread_id, {"count": 9}, as_node="counter")
    history = await sdk.threads.get_history(thread_id, limit=100)
    assert all(list(s) == STATE_KEYS for s in history)
    assert [s["metadata"]["source"] for s in history] == ["update", "loop", "loop", "loop", "input"]
    assert [s["metadata"]["step"] for s in history] == [3, 2, 1, 0, -1]
    for newer, older in itertools.pairwise(history):
        assert newer["parent_checkpoint"] == older["checkpoint"]

    assert await sdk.threads.get_history(thread_id, limit=2) == history[:2]
    assert await sdk.threads.get_history(thread_id, before=history[1]["checkpoint"]) == history[2:]
    assert (
        await sdk.threads.get_history(
            thread_id, before=history[1]["checkpoint"]["checkpoint_id"], limit=1
        )
        == history[2:3]
    )
    assert await sdk.threads.get_history(thread_id, metadata={"source": "update"}) == history[:1]
    narrowed = await sdk.threads.get_history(thread_id, limit=1, select=["values.count"])
    assert narrowed[0]["values"] == {"count": 9}
    with pytest.raises(NotFoundError):
        await sdk.threads.get_history(MISSING)


async def test_history_get_route_and_js_before_config(
    live: LiveServer, sdk: LangGraphClient
) -> None:
    thread_id = await _ran(sdk)
    history = await sdk.threads.get_history(thread_id)
    async with httpx.AsyncClient(base_url=live.url) as http:
        one = await http.get(f"/threads/{thread_id}/history")
        assert one.json() == history[:1]  # the default is 1, as on the reference
        before = history[0]["checkpoint"]["checkpoint_id"]
        paged = await http.get(
            f"/threads/{thread_id}/history", params={"limit": 10, "before": before}
        )
        assert paged.json() == history[1:]
        config = await http.post(
            f"/threads/{thread_id}/history",
            json={"limit": 10, "before": {"configurable": history[0]["checkpoint"]}},
        )
        assert config.json() == history[1:]


async def test_subgraph_history_by_namespace(sdk: LangGraphClient) -> None:
    thread_id = await _ran(sdk, "parent")
    root = await sdk.threads.get_history(thread_id, limit=10)
    (task,) = root[1]["tasks"]
    namespace = task["checkpoint"]["checkpoint_ns"]
    child = await sdk.threads.get_history(thread_id, checkpoint={"checkpoint_ns": namespace})
    assert child
    assert all(s["checkpoint"]["checkpoint_ns"] == namespace for s in child)


async def test_patch_state_merges_metadata_into_the_latest_checkpoint(
    live: LiveServer, sdk: LangGraphClient
) -> None:
    """The JS SDK's `threads.patchState` (the reference has no such route)."""
    thread_id = await _ran(sdk)
    before = await sdk.threads.get_state(thread_id)
    async with httpx.AsyncClient(base_url=live.url) as http:
        response = await http.patch(
            f"/threads/{thread_id}/state", json={"metadata": {"reviewed": True, "step": 99}}
        )
        assert response.status_code == 204
        empty = (await sdk.threads.create())["thread_id"]
        assert (
            await http.patch(f"/threads/{empty}/state", json={"metadata": {}})
        ).status_code == 409
        assert (
            await http.patch(f"/threads/{MISSING}/state", json={"metadata": {}})
        ).status_code == 404
    after = await sdk.threads.get_state(thread_id)
    assert after["checkpoint"] == before["checkpoint"]
    assert after["values"] == before["values"]
    assert after["metadata"] == {**before["metadata"], "reviewed": True, "step": 99}


async def test_state_endpoints_of_an_unknown_thread_are_404(sdk: LangGraphClient) -> None:
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(MISSING)
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(MISSING, checkpoint_id="x")
    with pytest.raises(NotFoundError):
        await sdk.threads.get_state(MISSING, checkpoint={"checkpoint_id": "x"})


def test_the_sync_client_makes_the_same_calls(live: LiveServer) -> None:
    with get_sync_client(url=live.url) as sdk:
        thread = sdk.threads.create(metadata={"sync": True})
        assert sdk.threads.get(thread["thread_id"]) == thread
        assert sdk.threads.update(thread["thread_id"], metadata={"x": 1})["metadata"] == {
            "sync": True,
            "x": 1,
        }
        assert sdk.threads.get_state(thread["thread_id"])["values"] == {}
        assert sdk.threads.get_history(thread["thread_id"]) == []
        assert sdk.threads.search(ids=[thread["thread_id"]])[0]["thread_id"] == thread["thread_id"]
        sdk.threads.delete(thread["thread_id"])
