"""Every `crons` method of the official Python SDK, over HTTP, against a live graphport.

Covers what each method sends (its parameters) and what it gets back: the cron's shape as the
reference writes it (capture 94), `next_run_date` computed from the schedule in its time zone,
the stored `payload`, patches (`end_time` cleared, metadata merged, a new schedule moving the
next date), search filters, sorting, paging and `select`, count filters, and the error paths.
Schedules here lie far in the future (1 January), so the shared server's scheduler does not
fire them; firing is tested in test_cron_scheduler.py with an injected clock.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from croniter import croniter  # type: ignore[import-untyped]
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import BadRequestError, NotFoundError, UnprocessableEntityError

from graphport.impl.storage.ids import system_assistant_id

HI = {"messages": [{"role": "user", "content": "hi"}]}
YEARLY = "0 0 1 1 *"
CRON_KEYS = [
    "cron_id",
    "assistant_id",
    "thread_id",
    "user_id",
    "end_time",
    "schedule",
    "timezone",
    "payload",
    "next_run_date",
    "metadata",
    "on_run_completed",
    "enabled",
    "created_at",
    "updated_at",
]
ECHO = system_assistant_id("echo")


def _next(schedule: str, timezone: str = "UTC") -> datetime:
    now = datetime.now(ZoneInfo(timezone))
    following: datetime = croniter(schedule, now).get_next(datetime)
    return following.astimezone(UTC)


async def _get(sdk: LangGraphClient, cron_id: str) -> dict[str, Any]:
    got: dict[str, Any] = await sdk.http.get(f"/runs/crons/{cron_id}")
    return got


async def test_create_answers_the_cron_as_the_reference_shapes_it(
    sdk: LangGraphClient, marker: dict[str, str]
) -> None:
    cron = await sdk.crons.create("echo", schedule=YEARLY, input=HI, metadata=marker)
    assert list(cron) == CRON_KEYS
    assert cron["assistant_id"] == ECHO
    assert cron["thread_id"] is None
    assert cron["user_id"] == ""
    assert cron["end_time"] is None
    assert cron["timezone"] is None
    assert cron["on_run_completed"] == "delete"
    assert cron["enabled"] is True
    assert cron["metadata"] == marker
    assert cron["payload"]["assistant_id"] == ECHO
    assert cron["payload"]["input"] == HI
    assert cron["payload"]["schedule"] == YEARLY
    assert cron["payload"]["config"] == {"configurable": {"cron_id": cron["cron_id"]}}
    assert datetime.fromisoformat(cron["next_run_date"]) == _next(YEARLY)
    assert cron["created_at"] == cron["updated_at"]
    assert uuid.UUID(cron["cron_id"]).version == 7
    assert await _get(sdk, cron["cron_id"]) == cron


async def test_create_with_every_parameter(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    end = datetime.now(UTC) + timedelta(days=800)
    cron = await sdk.crons.create(
        "echo",
        schedule="0 8 * * *",
        input=HI,
        metadata=marker,
        config={"tags": ["scheduled"], "recursion_limit": 7},
        interrupt_before=["echo"],
        interrupt_after="*",
        webhook="https://hooks.example.com/cron",
        on_run_completed="keep",
        multitask_strategy="enqueue",
        end_time=end,
        enabled=False,
        timezone="Europe/Paris",
        stream_mode=["values", "updates"],
        stream_subgraphs=True,
        stream_resumable=True,
        durability="sync",
    )
    assert cron["enabled"] is False
    assert cron["on_run_completed"] == "keep"
    assert cron["timezone"] == "Europe/Paris"
    assert datetime.fromisoformat(cron["end_time"]) == end
    next_run = datetime.fromisoformat(cron["next_run_date"])
    assert next_run == _next("0 8 * * *", "Europe/Paris")
    assert next_run.astimezone(ZoneInfo("Europe/Paris")).hour == 8
    payload = cron["payload"]
    assert payload["config"] == {
        "tags": ["scheduled"],
        "recursion_limit": 7,
        "configurable": {"cron_id": cron["cron_id"]},
    }
    assert payload["interrupt_before"] == ["echo"]
    assert payload["interrupt_after"] == "*"
    assert payload["webhook"] == "https://hooks.example.com/cron"
    assert payload["multitask_strategy"] == "enqueue"
    assert payload["stream_mode"] == ["values", "updates"]
    assert payload["stream_subgraphs"] is True
    assert payload["stream_resumable"] is True
    assert payload["durability"] == "sync"
    assert "on_run_completed" not in payload


async def test_create_with_context(sdk: LangGraphClient) -> None:
    cron = await sdk.crons.create("greeter", schedule=YEARLY, context={"name": "Ada"})
    assert cron["payload"]["context"] == {"name": "Ada"}
    with pytest.raises(BadRequestError):
        await sdk.crons.create(
            "greeter",
            schedule=YEARLY,
            context={"name": "Ada"},
            config={"configurable": {"name": "Bob"}},
        )


async def test_create_for_thread(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    thread = await sdk.threads.create()
    cron = await sdk.crons.create_for_thread(
        thread["thread_id"],
        "echo",
        schedule="30 9 * * 1-5",
        input=HI,
        metadata=marker,
        multitask_strategy="reject",
        timezone="America/New_York",
        enabled=True,
        durability="exit",
        stream_mode="updates",
    )
    assert list(cron) == CRON_KEYS
    assert cron["thread_id"] == thread["thread_id"]
    assert cron["on_run_completed"] is None
    assert cron["payload"]["multitask_strategy"] == "reject"
    assert cron["payload"]["stream_mode"] == "updates"
    next_run = datetime.fromisoformat(cron["next_run_date"])
    assert next_run == _next("30 9 * * 1-5", "America/New_York")
    # The thread's crons go with it.
    await sdk.threads.delete(thread["thread_id"])
    with pytest.raises(NotFoundError):
        await _get(sdk, cron["cron_id"])


async def test_create_errors(sdk: LangGraphClient) -> None:
    with pytest.raises(NotFoundError):
        await sdk.crons.create_for_thread(str(uuid.uuid4()), "echo", schedule=YEARLY)
    with pytest.raises(NotFoundError):
        await sdk.crons.create(str(uuid.uuid4()), schedule=YEARLY)
    with pytest.raises(NotFoundError):
        await sdk.crons.create("no-such-graph", schedule=YEARLY)
    for schedule in ("every day", "61 * * * *", "* * * * * *"):
        with pytest.raises(UnprocessableEntityError) as bad:
            await sdk.crons.create("echo", schedule=schedule)
        assert "schedule" in bad.value.response.json()["detail"]
    with pytest.raises(UnprocessableEntityError) as bad:
        await sdk.crons.create("echo", schedule=YEARLY, timezone="Mars/Olympus")
    assert "timezone" in bad.value.response.json()["detail"]


async def test_update(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    end = datetime.now(UTC) + timedelta(days=900)
    cron = await sdk.crons.create(
        "echo", schedule=YEARLY, input=HI, metadata={**marker, "a": 1}, end_time=end
    )
    paused = await sdk.crons.update(cron["cron_id"], enabled=False)
    assert paused["enabled"] is False
    assert paused["payload"]["enabled"] is False
    assert paused["next_run_date"] == cron["next_run_date"]
    assert paused["updated_at"] > cron["updated_at"]

    moved = await sdk.crons.update(
        cron["cron_id"],
        schedule="15 6 * * *",
        timezone="Asia/Tokyo",
        end_time=None,
        input={"messages": [{"role": "user", "content": "later"}]},
        metadata={"b": 2},
        config={"tags": ["t"]},
        webhook="https://hooks.example.com/x",
        interrupt_before=["echo"],
        interrupt_after=["echo"],
        on_run_completed="keep",
        enabled=True,
        stream_mode=["values"],
        stream_subgraphs=True,
        stream_resumable=True,
        durability="exit",
    )
    assert moved["schedule"] == "15 6 * * *"
    assert moved["timezone"] == "Asia/Tokyo"
    assert moved["end_time"] is None
    assert datetime.fromisoformat(moved["next_run_date"]) == _next("15 6 * * *", "Asia/Tokyo")
    assert moved["metadata"] == {**marker, "a": 1, "b": 2}
    assert moved["on_run_completed"] == "keep"
    payload = moved["payload"]
    assert payload["input"]["messages"][0]["content"] == "later"
    assert payload["config"] == {"tags": ["t"], "configurable": {"cron_id": cron["cron_id"]}}
    assert payload["assistant_id"] == ECHO
    assert payload["webhook"] == "https://hooks.example.com/x"
    assert payload["durability"] == "exit"
    assert payload["stream_resumable"] is True
    assert await _get(sdk, cron["cron_id"]) == moved

    with pytest.raises(NotFoundError):
        await sdk.crons.update(str(uuid.uuid4()), enabled=False)
    with pytest.raises(UnprocessableEntityError):
        await sdk.crons.update(cron["cron_id"], schedule="nope")
    with pytest.raises(UnprocessableEntityError):
        await sdk.crons.update(cron["cron_id"])  # nothing to change


async def test_delete(sdk: LangGraphClient) -> None:
    cron = await sdk.crons.create("echo", schedule=YEARLY)
    await sdk.crons.delete(cron["cron_id"])
    with pytest.raises(NotFoundError):
        await _get(sdk, cron["cron_id"])
    with pytest.raises(NotFoundError):
        await sdk.crons.delete(cron["cron_id"])


async def test_search_and_count(sdk: LangGraphClient, marker: dict[str, str]) -> None:
    thread = await sdk.threads.create()
    assistant = await sdk.assistants.create("echo", metadata=marker)
    made = [
        await sdk.crons.create("echo", schedule="0 0 1 1 *", metadata={**marker, "n": 0}),
        await sdk.crons.create(
            assistant["assistant_id"], schedule="0 0 1 2 *", metadata={**marker, "n": 1}
        ),
        await sdk.crons.create_for_thread(
            thread["thread_id"], "echo", schedule="0 0 1 3 *", metadata={**marker, "n": 2}
        ),
        await sdk.crons.create(
            "echo", schedule="0 0 1 4 *", metadata={**marker, "n": 3}, enabled=False
        ),
    ]
    ids = [c["cron_id"] for c in made]

    found = await sdk.crons.search(metadata=marker)
    assert [c["cron_id"] for c in found] == ids[::-1]  # newest first
    assert await sdk.crons.count(metadata=marker) == 4

    by_assistant = await sdk.crons.search(assistant_id=assistant["assistant_id"])
    assert [c["cron_id"] for c in by_assistant] == [ids[1]]
    assert await sdk.crons.count(assistant_id=assistant["assistant_id"]) == 1
    by_thread = await sdk.crons.search(thread_id=thread["thread_id"])
    assert [c["cron_id"] for c in by_thread] == [ids[2]]
    assert await sdk.crons.count(thread_id=thread["thread_id"], metadata=marker) == 1

    disabled = await sdk.crons.search(metadata=marker, enabled=False)
    assert [c["cron_id"] for c in disabled] == [ids[3]]
    enabled = await sdk.crons.search(metadata=marker, enabled=True)
    assert len(enabled) == 3

    soonest = await sdk.crons.search(metadata=marker, sort_by="next_run_date", sort_order="asc")
    dates = [c["next_run_date"] for c in soonest]
    assert dates == sorted(dates)
    oldest_first = await sdk.crons.search(metadata=marker, sort_by="created_at", sort_order="asc")
    assert [c["cron_id"] for c in oldest_first] == ids

    page = await sdk.crons.search(metadata=marker, limit=2, offset=1, sort_order="asc")
    assert [c["cron_id"] for c in page] == ids[1:3]
    assert await sdk.crons.search(metadata={**marker, "n": 2}) == [await _get(sdk, ids[2])]

    slim = await sdk.crons.search(
        metadata=marker, select=["cron_id", "schedule", "next_run_date"], limit=1
    )
    assert list(slim[0]) == ["cron_id", "schedule", "next_run_date"]


async def test_search_pagination_headers(live_url: str, marker: dict[str, str]) -> None:
    async with httpx.AsyncClient(base_url=live_url) as http:
        for _ in range(3):
            made = await http.post(
                "/runs/crons", json={"assistant_id": "echo", "schedule": YEARLY, "metadata": marker}
            )
            assert made.status_code == 200
        first = await http.post("/runs/crons/search", json={"metadata": marker, "limit": 2})
        assert first.headers["x-pagination-total"] == "3"
        assert first.headers["x-pagination-next"] == "2"
        last = await http.post(
            "/runs/crons/search", json={"metadata": marker, "limit": 2, "offset": 2}
        )
        assert len(last.json()) == 1
        assert "x-pagination-next" not in last.headers
        bad = await http.post("/runs/crons/search", json={"sort_by": "schedule"})
        assert bad.status_code == 422


@pytest.fixture
def live_url(live: Any) -> str:
    url: str = live.url
    return url
