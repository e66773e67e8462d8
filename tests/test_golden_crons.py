"""Golden tests: crons answer with the reference's shapes (captures 94-99).

Replays the captured requests against a live graphport and compares the answers once ids and
timestamps are normalised (tests/resource_shapes.py): field names and their order, the stored
`payload` (the body, the assistant as a UUID, `config.configurable.cron_id`, later patches),
`next_run_date` as the schedule's next time, status codes and pagination headers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
from croniter import croniter  # type: ignore[import-untyped]

from live_server import LiveServer
from resource_shapes import assert_same_shape, capture, capture_headers, capture_request


@pytest.fixture
async def http(live: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live.url, timeout=30) as client:
        yield client


async def test_cron_lifecycle_answers_as_the_reference(http: httpx.AsyncClient) -> None:
    created = await http.post("/runs/crons", json=capture_request("94_cron_create.txt"))
    assert created.status_code == 200
    cron = created.json()
    assert_same_shape(cron, capture("94_cron_create.txt"))
    assert cron["payload"]["config"]["configurable"]["cron_id"] == cron["cron_id"]
    expected_next = croniter(cron["schedule"], datetime.now(UTC)).get_next(datetime)
    assert datetime.fromisoformat(cron["next_run_date"]) == expected_next

    thread = (await http.post("/threads", json={})).json()
    on_thread = await http.post(
        f"/threads/{thread['thread_id']}/runs/crons",
        json=capture_request("95_cron_thread_create.txt"),
    )
    assert on_thread.status_code == 200
    assert_same_shape(on_thread.json(), capture("95_cron_thread_create.txt"))

    found = await http.post(
        "/runs/crons/search",
        json={**capture_request("96_cron_search.txt"), "thread_id": thread["thread_id"]},
    )
    assert found.status_code == 200
    assert set(capture_headers("96_cron_search.txt")) >= {"x-pagination-total"}
    assert found.headers["x-pagination-total"] == "1"
    assert_same_shape(found.json(), capture("96_cron_search.txt")[:1])

    counted = await http.post("/runs/crons/count", json=capture_request("97_cron_count.txt"))
    assert counted.status_code == 200
    assert isinstance(counted.json(), int)
    assert counted.json() >= 2

    patched = await http.patch(
        f"/runs/crons/{cron['cron_id']}", json=capture_request("98_cron_patch.txt")
    )
    assert patched.status_code == 200
    assert_same_shape(patched.json(), capture("98_cron_patch.txt"))

    deleted = await http.delete(f"/runs/crons/{cron['cron_id']}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert (await http.get(f"/runs/crons/{cron['cron_id']}")).status_code == 404
