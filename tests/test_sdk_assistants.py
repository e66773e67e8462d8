"""Every `assistants` method of the official Python SDK, over HTTP, against a live graphport.

Covers create (ids, `if_exists`, config/context kept in step), get, update (a new version each
time), versions, set_latest, delete (with its threads), search and count (filters, order,
pages, select, pagination headers), the graph drawing (by id or graph id, `xray`), schemas and
subgraphs, the 404 / 409 / 422 / 400 paths, and that runs use the assistant's chosen version.
"""

from __future__ import annotations

import uuid
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

from graphport.impl.storage.ids import system_assistant_id
from live_server import LiveServer

ASSISTANT_KEYS = [
    "assistant_id",
    "graph_id",
    "config",
    "context",
    "metadata",
    "name",
    "created_at",
    "updated_at",
    "version",
    "description",
]
VERSION_KEYS = [
    "assistant_id",
    "version",
    "graph_id",
    "config",
    "context",
    "metadata",
    "created_at",
    "name",
    "description",
]
SCHEMA_KEYS = ["input_schema", "output_schema", "state_schema", "config_schema", "context_schema"]
MISSING = "00000000-0000-0000-0000-000000000000"
BOTH = "Cannot specify both configurable and context"


# -- create / get ------------------------------------------------------------------------


async def test_create_answers_version_one(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    assistant = await sdk.assistants.create(
        "echo", config={"configurable": {"delay": 0}}, metadata=marker, name="my-echo"
    )
    assert list(assistant) == ASSISTANT_KEYS
    assert assistant["graph_id"] == "echo"
    assert assistant["config"] == {"configurable": {"delay": 0}}
    assert assistant["context"] == {"delay": 0}
    assert assistant["metadata"] == marker
    assert assistant["name"] == "my-echo"
    assert assistant["version"] == 1
    assert assistant["description"] is None
    assert assistant["created_at"] == assistant["updated_at"]
    assert await sdk.assistants.get(assistant["assistant_id"]) == assistant


async def test_create_defaults_and_context_mirroring(sdk: LangGraphClient) -> None:
    plain = await sdk.assistants.create("echo")
    assert (plain["name"], plain["config"], plain["context"], plain["metadata"]) == (
        "Untitled",
        {},
        {},
        {},
    )
    with_context = await sdk.assistants.create(
        "echo", config={"tags": ["x"]}, context={"delay": 1}, description="slow"
    )
    assert with_context["config"] == {"tags": ["x"], "configurable": {"delay": 1}}
    assert with_context["context"] == {"delay": 1}
    assert with_context["description"] == "slow"
    with pytest.raises(BadRequestError, match=BOTH):
        await sdk.assistants.create("echo", config={"configurable": {"a": 1}}, context={"b": 2})


async def test_create_with_an_id_conflicts_unless_do_nothing(sdk: LangGraphClient) -> None:
    assistant_id = str(uuid.uuid4())
    first = await sdk.assistants.create("echo", assistant_id=assistant_id, name="first")
    assert first["assistant_id"] == assistant_id
    with pytest.raises(ConflictError) as raised:
        await sdk.assistants.create("echo", assistant_id=assistant_id)
    assert raised.value.response.json() == {"detail": f"Assistant {assistant_id} already exists"}
    same = await sdk.assistants.create(
        "chat", assistant_id=assistant_id, if_exists="do_nothing", name="second"
    )
    assert same == first


async def test_create_refuses_unknown_graphs_and_bad_ids(sdk: LangGraphClient) -> None:
    with pytest.raises(NotFoundError, match="Graph 'nope' not found"):
        await sdk.assistants.create("nope")
    with pytest.raises(UnprocessableEntityError, match="Invalid assistant ID: must be a UUID"):
        await sdk.assistants.create("echo", assistant_id="not-a-uuid")


async def test_get_needs_a_uuid_of_an_existing_assistant(sdk: LangGraphClient) -> None:
    system = await sdk.assistants.get(system_assistant_id("echo"))
    assert system["name"] == "echo"
    assert system["metadata"] == {"created_by": "system"}
    with pytest.raises(UnprocessableEntityError, match="must be a UUID"):
        await sdk.assistants.get("echo")
    with pytest.raises(NotFoundError):
        await sdk.assistants.get(MISSING)


# -- update / versions / set_latest ------------------------------------------------------


async def test_each_update_is_a_new_version(sdk: LangGraphClient) -> None:
    created = await sdk.assistants.create(
        "echo", config={"tags": ["t"], "configurable": {"delay": 0}}, metadata={"a": 1}
    )
    assistant_id = created["assistant_id"]
    renamed = await sdk.assistants.update(assistant_id, name="renamed", metadata={"b": 2})
    assert renamed["version"] == 2
    assert renamed["name"] == "renamed"
    assert renamed["metadata"] == {"a": 1, "b": 2}
    assert renamed["config"] == created["config"]
    assert renamed["created_at"] == created["created_at"]
    assert renamed["updated_at"] > created["updated_at"]

    by_context = await sdk.assistants.update(assistant_id, context={"delay": 3})
    assert by_context["version"] == 3
    assert by_context["context"] == {"delay": 3}
    assert by_context["config"] == {"tags": ["t"], "configurable": {"delay": 3}}

    by_config = await sdk.assistants.update(
        assistant_id, config={"configurable": {"delay": 4}}, graph_id="chat", description="d"
    )
    assert by_config["version"] == 4
    assert (by_config["graph_id"], by_config["description"]) == ("chat", "d")
    assert by_config["config"] == {"configurable": {"delay": 4}}
    assert by_config["context"] == {"delay": 4}

    with pytest.raises(BadRequestError, match=BOTH):
        await sdk.assistants.update(
            assistant_id, config={"configurable": {"a": 1}}, context={"b": 2}
        )
    with pytest.raises(NotFoundError, match="Graph 'nope' not found"):
        await sdk.assistants.update(assistant_id, graph_id="nope")
    with pytest.raises(NotFoundError):
        await sdk.assistants.update(MISSING, name="x")
    assert (await sdk.assistants.get(assistant_id))["version"] == 4


async def test_versions_newest_first_and_set_latest(sdk: LangGraphClient) -> None:
    created = await sdk.assistants.create("echo", context={"delay": 1}, metadata={"v": 1})
    assistant_id = created["assistant_id"]
    await sdk.assistants.update(assistant_id, context={"delay": 2}, metadata={"reviewed": True})
    await sdk.assistants.update(assistant_id, context={"delay": 3})

    versions = await sdk.assistants.get_versions(assistant_id)
    assert [v["version"] for v in versions] == [3, 2, 1]
    assert all(list(v) == VERSION_KEYS for v in versions)
    assert [v["context"] for v in versions] == [{"delay": 3}, {"delay": 2}, {"delay": 1}]
    assert [
        v["version"] for v in await sdk.assistants.get_versions(assistant_id, limit=1, offset=1)
    ] == [2]
    reviewed = await sdk.assistants.get_versions(assistant_id, metadata={"reviewed": True})
    assert [v["version"] for v in reviewed] == [3, 2]
    # None matching is a 404, as on the reference.
    with pytest.raises(NotFoundError):
        await sdk.assistants.get_versions(assistant_id, metadata={"nope": 1})
    with pytest.raises(NotFoundError):
        await sdk.assistants.get_versions(MISSING)

    latest = await sdk.assistants.set_latest(assistant_id, 1)
    assert latest["version"] == 1
    assert latest["context"] == {"delay": 1}
    assert latest["config"] == {"configurable": {"delay": 1}}
    assert latest["metadata"] == {"v": 1}
    assert latest["created_at"] == created["created_at"]
    assert await sdk.assistants.get(assistant_id) == latest
    after = await sdk.assistants.update(assistant_id, name="next")
    assert after["version"] == 4
    assert after["context"] == {"delay": 1}
    with pytest.raises(NotFoundError, match="Version 99 not found"):
        await sdk.assistants.set_latest(assistant_id, 99)
    with pytest.raises(NotFoundError):
        await sdk.assistants.set_latest(MISSING, 1)


async def test_runs_use_the_chosen_version(sdk: LangGraphClient) -> None:
    assistant = await sdk.assistants.create(
        "echo", config={"tags": ["asst"], "recursion_limit": 7}, context={"a": "v1", "delay": 0}
    )
    assistant_id = assistant["assistant_id"]

    async def run_kwargs(**kwargs: Any) -> dict[str, Any]:
        thread = await sdk.threads.create()
        run = await sdk.runs.create(
            thread["thread_id"], assistant_id, input={"messages": []}, **kwargs
        )
        await sdk.runs.join(thread["thread_id"], run["run_id"])
        result: dict[str, Any] = run["kwargs"]
        return result

    first = await run_kwargs()
    assert first["context"] == {"a": "v1", "delay": 0}
    assert first["config"]["configurable"]["a"] == "v1"
    assert first["config"]["tags"] == ["asst"]
    assert first["config"]["recursion_limit"] == 7

    overridden = await run_kwargs(context={"a": "run"}, config={"tags": ["run"]})
    assert overridden["context"] == {"a": "run", "delay": 0}
    assert overridden["config"]["tags"] == ["run"]
    assert overridden["config"]["recursion_limit"] == 7

    await sdk.assistants.update(assistant_id, context={"a": "v2"})
    assert (await run_kwargs())["context"] == {"a": "v2"}
    await sdk.assistants.set_latest(assistant_id, 1)
    assert (await run_kwargs())["context"] == {"a": "v1", "delay": 0}


async def test_a_run_gives_the_thread_the_assistants_config(sdk: LangGraphClient) -> None:
    assistant = await sdk.assistants.create(
        "echo", config={"tags": ["asst"], "recursion_limit": 7, "configurable": {"a": "asst"}}
    )
    thread = await sdk.threads.create()
    await sdk.runs.wait(
        thread["thread_id"],
        assistant["assistant_id"],
        input={"messages": []},
        config={"tags": ["run"]},
    )
    assert (await sdk.threads.get(thread["thread_id"]))["config"] == {
        "tags": ["run"],
        "recursion_limit": 7,
        "configurable": {"a": "asst"},
    }


# -- delete ------------------------------------------------------------------------------


async def test_delete_removes_the_assistant_and_optionally_its_threads(
    sdk: LangGraphClient,
) -> None:
    assistant = await sdk.assistants.create("echo")
    assistant_id = assistant["assistant_id"]
    kept, owned = await sdk.threads.create(), await sdk.threads.create()
    await sdk.runs.wait(owned["thread_id"], assistant_id, input={"messages": []})
    await sdk.runs.wait(kept["thread_id"], "echo", input={"messages": []})

    assert await sdk.assistants.delete(assistant_id) is None
    with pytest.raises(NotFoundError):
        await sdk.assistants.get(assistant_id)
    with pytest.raises(NotFoundError):
        await sdk.assistants.delete(assistant_id)
    assert (await sdk.threads.get(owned["thread_id"]))["thread_id"] == owned["thread_id"]

    second = await sdk.assistants.create("echo")
    await sdk.runs.wait(owned["thread_id"], second["assistant_id"], input={"messages": []})
    await sdk.assistants.delete(second["assistant_id"], delete_threads=True)
    with pytest.raises(NotFoundError):
        await sdk.threads.get(owned["thread_id"])
    assert (await sdk.threads.get(kept["thread_id"]))["status"] == "idle"


async def test_delete_interrupts_the_assistants_active_runs(sdk: LangGraphClient) -> None:
    assistant = await sdk.assistants.create("echo", context={"delay": 30})
    thread = await sdk.threads.create()
    run = await sdk.runs.create(
        thread["thread_id"], assistant["assistant_id"], input={"messages": []}
    )
    await sdk.assistants.delete(assistant["assistant_id"])
    await sdk.runs.join(thread["thread_id"], run["run_id"])
    assert (await sdk.runs.get(thread["thread_id"], run["run_id"]))["status"] == "interrupted"


# -- search / count ----------------------------------------------------------------------


async def test_search_filters_sorts_pages_and_selects(
    sdk: LangGraphClient, marker: dict[str, str], live: LiveServer
) -> None:
    names = ["beta", "Alpha", "gamma", "delta"]
    created = [
        await sdk.assistants.create(
            "chat" if name == "gamma" else "echo", metadata={**marker, "i": i}, name=name
        )
        for i, name in enumerate(names)
    ]
    ids = [a["assistant_id"] for a in created]

    found = await sdk.assistants.search(metadata=marker)
    assert [a["assistant_id"] for a in found] == list(reversed(ids))  # newest first
    assert [
        a["assistant_id"] for a in await sdk.assistants.search(metadata={**marker, "i": 2})
    ] == [ids[2]]
    assert [a["name"] for a in await sdk.assistants.search(metadata=marker, graph_id="chat")] == [
        "gamma"
    ]
    assert [a["name"] for a in await sdk.assistants.search(metadata=marker, name="ALP")] == [
        "Alpha"
    ]
    by_name = await sdk.assistants.search(metadata=marker, sort_by="name", sort_order="asc")
    assert [a["name"] for a in by_name] == sorted(names)
    oldest = await sdk.assistants.search(metadata=marker, sort_by="created_at", sort_order="asc")
    assert [a["assistant_id"] for a in oldest] == ids
    selected = await sdk.assistants.search(
        metadata=marker, select=["assistant_id", "name"], limit=1
    )
    assert selected == [{"assistant_id": ids[-1], "name": "delta"}]

    paged = await sdk.assistants.search(
        metadata=marker, limit=3, offset=0, response_format="object"
    )
    assert [a["assistant_id"] for a in paged["assistants"]] == list(reversed(ids))[:3]
    assert paged["next"] == "3"
    last = await sdk.assistants.search(metadata=marker, limit=3, offset=3, response_format="object")
    assert last["next"] is None
    async with httpx.AsyncClient(base_url=live.url) as http:
        response = await http.post("/assistants/search", json={"metadata": marker, "limit": 3})
    assert response.headers["x-pagination-total"] == "4"

    assert await sdk.assistants.count(metadata=marker) == 4
    assert await sdk.assistants.count(metadata=marker, graph_id="echo") == 3
    assert await sdk.assistants.count(metadata=marker, name="a") == 4
    assert await sdk.assistants.count(graph_id="parent") >= 1
    with pytest.raises(NotFoundError, match="Graph 'nope' not found"):
        await sdk.assistants.search(graph_id="nope")
    with pytest.raises(NotFoundError):
        await sdk.assistants.count(graph_id="nope")
    with pytest.raises(UnprocessableEntityError):
        await sdk.assistants.search(sort_by="color")  # type: ignore[arg-type]


# -- graph, schemas, subgraphs -----------------------------------------------------------


async def test_graph_by_assistant_id_or_graph_id(sdk: LangGraphClient) -> None:
    by_graph_id = await sdk.assistants.get_graph("echo")
    assert by_graph_id == {
        "nodes": [
            {"id": "__start__", "type": "runnable", "data": {"name": "__start__"}},
            {"id": "echo", "type": "runnable", "data": {"name": "echo"}},
            {"id": "counter", "type": "runnable", "data": {"name": "counter"}},
            {"id": "__end__"},
        ],
        "edges": [
            {"source": "__start__", "target": "echo"},
            {"source": "echo", "target": "counter"},
            {"source": "counter", "target": "__end__"},
        ],
    }
    assert await sdk.assistants.get_graph(system_assistant_id("echo")) == by_graph_id
    with pytest.raises(UnprocessableEntityError, match="Invalid assistant: 'nope'"):
        await sdk.assistants.get_graph("nope")
    with pytest.raises(NotFoundError):
        await sdk.assistants.get_graph(MISSING)


async def test_graph_xray_draws_subgraphs_to_a_depth(sdk: LangGraphClient) -> None:
    flat = await sdk.assistants.get_graph("greeter")
    assert [n["id"] for n in flat["nodes"]] == ["__start__", "middle", "__end__"]
    one = await sdk.assistants.get_graph("greeter", xray=1)
    assert [n["id"] for n in one["nodes"]] == ["__start__", "__end__", "middle:inner"]
    deep = await sdk.assistants.get_graph("greeter", xray=True)
    assert [n["id"] for n in deep["nodes"]] == ["__start__", "__end__", "middle:inner:greet"]
    assert await sdk.assistants.get_graph("greeter", xray=2) == deep
    parent = await sdk.assistants.get_graph("parent", xray=True)
    assert {"source": "child:echo", "target": "child:counter"} in parent["edges"]


async def test_schemas_of_a_graph(sdk: LangGraphClient) -> None:
    echo = await sdk.assistants.get_schemas(system_assistant_id("echo"))
    assert list(echo) == ["graph_id", *SCHEMA_KEYS]
    assert echo["graph_id"] == "echo"
    assert list(echo["input_schema"]["properties"]) == ["messages", "count"]
    assert echo["state_schema"]["title"] == "echo_state"
    assert "required" not in echo["state_schema"]
    assert echo["config_schema"] == {}
    assert echo["context_schema"] is None

    greeter = await sdk.assistants.get_schemas(system_assistant_id("greeter"))
    context_schema = {
        "properties": {
            "greeting": {"default": "hello", "title": "Greeting", "type": "string"},
            "level": {"default": 1, "title": "Level", "type": "integer"},
        },
        "title": "Settings",
        "type": "object",
    }
    assert greeter["context_schema"] == context_schema
    assert greeter["config_schema"] == context_schema
    assert greeter["input_schema"] == {
        "properties": {"text": {"title": "Text", "type": "string"}},
        "required": ["text"],
        "title": "Text",
        "type": "object",
    }
    assert greeter["state_schema"] == {
        "properties": {"text": {"default": None, "title": "Text", "type": "string"}},
        "title": "greeter_state",
        "type": "object",
    }
    with pytest.raises(UnprocessableEntityError):
        await sdk.assistants.get_schemas("echo")
    with pytest.raises(NotFoundError):
        await sdk.assistants.get_schemas(MISSING)


async def test_subgraphs_by_namespace_and_recursion(sdk: LangGraphClient) -> None:
    greeter = system_assistant_id("greeter")
    direct = await sdk.assistants.get_subgraphs(greeter)
    assert list(direct) == ["middle"]
    assert list(direct["middle"]) == SCHEMA_KEYS
    assert direct["middle"]["state_schema"]["title"] == "LangGraphState"
    assert list(await sdk.assistants.get_subgraphs(greeter, recurse=True)) == [
        "middle",
        "middle|inner",
    ]
    assert list(await sdk.assistants.get_subgraphs(greeter, namespace="middle")) == ["middle"]
    assert await sdk.assistants.get_subgraphs(greeter, namespace="middle|inner") == {}
    nested = await sdk.assistants.get_subgraphs(greeter, namespace="middle|inner", recurse=True)
    assert list(nested) == ["middle|inner"]
    assert await sdk.assistants.get_subgraphs(greeter, namespace="nope") == {}
    assert await sdk.assistants.get_subgraphs(system_assistant_id("echo")) == {}
    with pytest.raises(NotFoundError):
        await sdk.assistants.get_subgraphs(MISSING)


def test_the_sync_client_makes_the_same_calls(live: LiveServer) -> None:
    with get_sync_client(url=live.url) as sdk:
        assistant = sdk.assistants.create("echo", name="sync")
        assert sdk.assistants.get(assistant["assistant_id"]) == assistant
        assert sdk.assistants.update(assistant["assistant_id"], name="sync2")["version"] == 2
        assert len(sdk.assistants.get_versions(assistant["assistant_id"])) == 2
        assert sdk.assistants.set_latest(assistant["assistant_id"], 1)["name"] == "sync"
        assert sdk.assistants.get_graph(assistant["assistant_id"])["nodes"]
        assert sdk.assistants.get_schemas(assistant["assistant_id"])["graph_id"] == "echo"
        assert sdk.assistants.get_subgraphs(assistant["assistant_id"]) == {}
        assert sdk.assistants.count(graph_id="echo") >= 1
        assert sdk.assistants.search(graph_id="echo", limit=1)
        sdk.assistants.delete(assistant["assistant_id"])
