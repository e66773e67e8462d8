"""Run history over real HTTP: messages, the event log, token usage and feedback.

Runs are made with the official SDK; the history endpoints (which the SDK does not have) are
called with httpx. The `usage` example graph makes three model calls of 7 input + 3 output
tokens each: one in a subgraph (`fake-small`), one by the graph itself and one tagged
`middleware` (both `fake-large`); a run adds three messages (human, subagent AI, lead AI).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient

from graphport.impl.runtime.run_messages import added_messages
from graphport.impl.runtime.token_usage import caller_of
from graphport.impl.serde import to_jsonable
from live_server import LiveServer

RUN_USAGE = {
    "total_input_tokens": 21,
    "total_output_tokens": 9,
    "total_tokens": 30,
    "llm_call_count": 3,
    "lead_agent_tokens": 10,
    "subagent_tokens": 10,
    "middleware_tokens": 10,
    "message_count": 3,
}
HISTORY_EVENT_NAMES = {"human_message", "ai_message", "tool_message", "token_usage"}


def said(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.fixture
async def client(live: LiveServer) -> AsyncIterator[LangGraphClient]:
    sdk = get_client(url=live.url, api_key=None)
    yield sdk
    await sdk.http.client.aclose()


@pytest.fixture
async def http(live: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as session:
        yield session


async def new_thread(client: LangGraphClient) -> str:
    return str((await client.threads.create())["thread_id"])


async def finished_run(
    client: LangGraphClient, thread_id: str, text: str, graph: str = "usage"
) -> str:
    run = await client.runs.create(thread_id, graph, input=said(text))
    await client.runs.join(thread_id, run["run_id"])
    return str(run["run_id"])


def counters(run: dict[str, Any]) -> dict[str, int]:
    return {key: run[key] for key in RUN_USAGE}


async def get_json(http: httpx.AsyncClient, path: str, **params: Any) -> Any:
    response = await http.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


# -- token usage -----------------------------------------------------------------------


async def test_token_usage_per_run_and_per_thread_split_by_model_and_caller(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    first = await finished_run(client, thread_id, "one")
    second = await finished_run(client, thread_id, "two")
    for run_id in (first, second):
        assert counters(dict(await client.runs.get(thread_id, run_id))) == RUN_USAGE
    listed = await client.runs.list(thread_id)
    assert [counters(dict(run)) for run in listed] == [RUN_USAGE, RUN_USAGE]

    usage = await get_json(http, f"/threads/{thread_id}/token-usage")
    assert usage == {
        "thread_id": thread_id,
        "total_tokens": 60,
        "total_input_tokens": 42,
        "total_output_tokens": 18,
        "total_runs": 2,
        "by_model": {
            "fake-large": {"tokens": 40, "runs": 2},
            "fake-small": {"tokens": 20, "runs": 2},
        },
        "by_caller": {"lead_agent": 20, "subagent": 20, "middleware": 20},
    }
    assert await get_json(http, f"/threads/{thread_id}/token-usage", include_active=True) == usage


async def test_a_run_without_model_calls_counts_its_messages_and_no_tokens(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    run_id = await finished_run(client, thread_id, "hi", graph="echo")
    run = dict(await client.runs.get(thread_id, run_id))
    assert counters(run) == {**dict.fromkeys(RUN_USAGE, 0), "message_count": 2}
    usage = await get_json(http, f"/threads/{thread_id}/token-usage")
    assert (usage["total_tokens"], usage["total_runs"], usage["by_model"]) == (0, 1, {})


async def test_include_active_counts_the_usage_so_far_of_a_running_run(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    path = f"/threads/{thread_id}/token-usage"
    # The subagent's call is made, then the run waits before the lead agent's call.
    run = await client.runs.create(
        thread_id, "usage", input=said("q"), config={"configurable": {"pause": 30}}
    )
    async with asyncio.timeout(10):
        while True:
            active = await get_json(http, path, include_active=True)
            if active["total_tokens"]:
                break
            await asyncio.sleep(0.01)
    assert (await client.runs.get(thread_id, run["run_id"]))["status"] == "running"
    assert active == {
        "thread_id": thread_id,
        "total_tokens": 10,
        "total_input_tokens": 7,
        "total_output_tokens": 3,
        "total_runs": 1,
        "by_model": {"fake-small": {"tokens": 10, "runs": 1}},
        "by_caller": {"lead_agent": 0, "subagent": 10, "middleware": 0},
    }
    finished_only = await get_json(http, path)
    assert (finished_only["total_tokens"], finished_only["total_runs"]) == (0, 0)

    # The tokens are counted when the model call ends; the reply joins the run's values when the
    # `research` step ends, a moment later. Cancel once the step's checkpoint is there.
    async with asyncio.timeout(10):
        while True:
            state = await client.threads.get_state(thread_id)
            if len(state["values"]["messages"]) >= 2:
                break
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # the executor reads the step's values just after its checkpoint
    await client.runs.cancel(thread_id, run["run_id"], wait=True)
    stopped = dict(await client.runs.get(thread_id, run["run_id"]))
    assert stopped["status"] == "interrupted"
    assert counters(stopped) == {
        **dict.fromkeys(RUN_USAGE, 0),
        "total_input_tokens": 7,
        "total_output_tokens": 3,
        "total_tokens": 10,
        "llm_call_count": 1,
        "subagent_tokens": 10,
        "message_count": 2,  # the human message and the subagent's reply
    }
    assert await get_json(http, path) == active
    assert await get_json(http, path, include_active=True) == active


# -- messages --------------------------------------------------------------------------


async def walk(http: httpx.AsyncClient, path: str, forward: bool, limit: int) -> list[int]:
    """Every seq a client sees paging `path` from one end to the other."""
    seen: list[int] = []
    cursor: int | None = None
    while True:
        params: dict[str, int] = {"limit": limit}
        if forward:
            params["after_seq"] = cursor or 0
        elif cursor is not None:
            params["before_seq"] = cursor
        page = await get_json(http, path, **params)
        rows = page["data"] if isinstance(page, dict) else page
        seqs = [row["seq"] for row in rows]
        assert seqs == sorted(seqs)
        seen.extend(seqs if forward else reversed(seqs))
        more = page["has_more"] if isinstance(page, dict) else len(rows) == limit
        if not more:
            return seen if forward else list(reversed(seen))
        cursor = seqs[-1] if forward else seqs[0]


async def test_paging_visits_every_message_exactly_once_in_both_directions(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    runs = [await finished_run(client, thread_id, text) for text in ("one", "two", "three")]
    everything = await get_json(http, f"/threads/{thread_id}/messages", limit=200)
    assert [(m["run_id"], m["event_type"]) for m in everything] == [
        (run, kind) for run in runs for kind in ("human_message", "ai_message", "ai_message")
    ]
    assert [m["message"]["content"] for m in everything[:3]] == [
        "one",
        "found two sources",
        "here is the answer",
    ]
    assert everything[1]["message"]["usage_metadata"]["total_tokens"] == 10
    all_seqs = [m["seq"] for m in everything]
    assert all_seqs == sorted(set(all_seqs))
    for limit in (1, 2, 4):
        assert await walk(http, f"/threads/{thread_id}/messages", True, limit) == all_seqs
        assert await walk(http, f"/threads/{thread_id}/messages", False, limit) == all_seqs

    second = runs[1]
    own = [m["seq"] for m in everything if m["run_id"] == second]
    run_path = f"/threads/{thread_id}/runs/{second}/messages"
    for limit in (1, 2, 3):
        assert await walk(http, run_path, True, limit) == own
        assert await walk(http, run_path, False, limit) == own
    window = await get_json(http, run_path, after_seq=own[0], before_seq=own[2])
    assert ([m["seq"] for m in window["data"]], window["has_more"]) == ([own[1]], False)
    last_page = await get_json(http, f"/threads/{thread_id}/messages", limit=2)
    assert [m["seq"] for m in last_page] == all_seqs[-2:]

    for bad in ({"limit": 0}, {"limit": 201}, {"after_seq": -1}):
        assert (await http.get(run_path, params=bad)).status_code == 422
        assert (await http.get(f"/threads/{thread_id}/messages", params=bad)).status_code == 422


async def test_run_event_log_holds_stream_events_history_rows_and_lifecycle(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    parts = [
        part
        async for part in client.runs.stream(
            thread_id, "usage", input=said("q"), stream_mode=["values", "updates"]
        )
    ]
    assert not {part.event for part in parts} & HISTORY_EVENT_NAMES  # never streamed
    run_id = parts[0].data["run_id"]
    path = f"/threads/{thread_id}/runs/{run_id}/events"
    log = await get_json(http, path)
    names = [e["event_type"] for e in log]
    assert names[0] == "metadata"
    assert names[-5:] == ["human_message", "ai_message", "ai_message", "token_usage", "run_done"]
    assert [e["seq"] for e in log] == sorted({e["seq"] for e in log})
    streamed = [(p.event, p.data) for p in parts]
    assert [
        (e["event_type"], e["data"]) for e in log if e["event_type"] in ("values", "updates")
    ] == [item for item in streamed if item[0] in ("values", "updates")]
    usage = next(e["data"] for e in log if e["event_type"] == "token_usage")
    assert usage["by_model"]["fake-large"] == {
        "input_tokens": 14,
        "output_tokens": 6,
        "total_tokens": 20,
        "calls": 2,
    }
    chosen = await http.get(
        path, params=[("event_types", "token_usage,run_done"), ("event_types", "metadata")]
    )
    assert [e["event_type"] for e in chosen.json()] == ["metadata", "token_usage", "run_done"]
    assert [e["seq"] for e in await get_json(http, path, limit=2)] == [e["seq"] for e in log[:2]]


async def test_unknown_threads_and_runs_are_404(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    other = await new_thread(client)
    run_id = await finished_run(client, thread_id, "hi", graph="echo")
    missing = "00000000-0000-4000-8000-000000000000"
    for path in (
        f"/threads/{missing}/messages",
        f"/threads/{missing}/token-usage",
        f"/threads/{missing}/feedback",
        f"/threads/{missing}/feedback/stats",
        f"/threads/{other}/runs/{run_id}/messages",
        f"/threads/{other}/runs/{run_id}/events",
        f"/threads/{other}/runs/{run_id}/feedback",
        f"/threads/{thread_id}/runs/{missing}/feedback",
    ):
        assert (await http.get(path)).status_code == 404, path
    wrong_thread = await http.put(f"/threads/{other}/runs/{run_id}/feedback", json={"rating": 1})
    assert wrong_thread.status_code == 404


# -- feedback --------------------------------------------------------------------------


async def test_feedback_goes_on_the_last_ai_message_of_its_run_only(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    rated, unrated = [await finished_run(client, thread_id, text) for text in ("one", "two")]
    path = f"/threads/{thread_id}/runs/{rated}/feedback"
    given = await http.put(path, json={"rating": -1, "comment": "missed the point"})
    assert given.status_code == 200
    feedback = given.json()
    summary = {"feedback_id": feedback["feedback_id"], "rating": -1, "comment": "missed the point"}

    messages = await get_json(http, f"/threads/{thread_id}/messages")
    carrying = [(m["run_id"], m["message"]["content"]) for m in messages if m["feedback"]]
    assert carrying == [(rated, "here is the answer")]
    assert next(m["feedback"] for m in messages if m["feedback"]) == summary
    # A page that ends before the run's last AI message shows no feedback on its other one.
    first_page = await get_json(http, f"/threads/{thread_id}/messages", after_seq=0, limit=2)
    assert [m["feedback"] for m in first_page] == [None, None]
    last_of_run = await get_json(
        http, f"/threads/{thread_id}/messages", after_seq=messages[1]["seq"], limit=1
    )
    assert last_of_run[0]["feedback"] == summary

    replaced = (await http.put(path, json={"rating": 1})).json()
    assert (replaced["feedback_id"], replaced["rating"], replaced["comment"]) == (
        feedback["feedback_id"],
        1,
        None,
    )
    assert replaced["created_at"] == feedback["created_at"]
    assert (await http.post(path, json={"rating": 1})).status_code == 409
    other = await http.post(f"/threads/{thread_id}/runs/{unrated}/feedback", json={"rating": -1})
    assert other.status_code == 200
    assert await get_json(http, path) == replaced
    listed = await get_json(http, f"/threads/{thread_id}/feedback")
    assert [f["run_id"] for f in listed] == [rated, unrated]
    stats = await get_json(http, f"/threads/{thread_id}/feedback/stats")
    assert stats == {"thread_id": thread_id, "total": 2, "positive": 1, "negative": 1}

    assert (await http.delete(path)).status_code == 204
    assert (await http.get(path)).status_code == 404
    assert (await http.delete(path)).status_code == 404
    assert (await get_json(http, f"/threads/{thread_id}/feedback/stats"))["total"] == 1
    after = await get_json(http, f"/threads/{thread_id}/messages")
    assert [m["run_id"] for m in after if m["feedback"]] == [unrated]
    assert (await http.put(path, json={"rating": 2})).status_code == 422


async def test_deleting_a_run_deletes_its_history_and_feedback(
    client: LangGraphClient, http: httpx.AsyncClient
) -> None:
    thread_id = await new_thread(client)
    kept = await finished_run(client, thread_id, "kept")
    gone = await finished_run(client, thread_id, "gone")
    await http.put(f"/threads/{thread_id}/runs/{gone}/feedback", json={"rating": 1})
    await client.runs.delete(thread_id, gone)
    messages = await get_json(http, f"/threads/{thread_id}/messages")
    assert {m["run_id"] for m in messages} == {kept}
    assert await get_json(http, f"/threads/{thread_id}/feedback") == []
    assert (await get_json(http, f"/threads/{thread_id}/token-usage"))["total_runs"] == 1


# -- units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "namespace", "caller"),
    [
        ([], "answer:1", "lead_agent"),
        (["seq:step:1"], "research:1|search:2", "subagent"),
        (["subagent:researcher"], "answer:1", "subagent"),
        (["middleware"], "title:1", "middleware"),
        (["middleware:summarise"], "research:1|search:2", "middleware"),
    ],
)
def test_a_model_call_is_put_down_to_its_caller(
    tags: list[str], namespace: str, caller: str
) -> None:
    assert caller_of(tags, {"langgraph_checkpoint_ns": namespace}) == caller


def test_added_messages_are_the_new_ones_whether_or_not_they_have_ids() -> None:
    before = to_jsonable(
        {"messages": [HumanMessage("hi", id="h1"), AIMessage("hello"), AIMessage("again")]}
    )
    after = {
        "messages": [
            HumanMessage("hi, edited", id="h1"),  # changed, not added
            AIMessage("hello"),
            AIMessage("again"),
            AIMessage("again"),  # a second, identical message without an id is new
            ToolMessage("42", tool_call_id="c1", id="t1"),
            {"role": "user", "content": "raw"},
        ]
    }
    added = [(kind, data) for kind, data in added_messages(before, after)]
    assert [kind for kind, _ in added] == ["ai_message", "tool_message", "human_message"]
    assert b'"again"' in added[0][1]
