"""Query arrays check each item against its schema (a `pattern`, lengths), not only the list.

`select` on a thread's state took any strings: a bad field name on an existing thread got a
200, which the stateful schemathesis run found (negative data accepted). The routes now carry
the items' constraints (codegen/gen_routes.py), so FastAPI answers 422 with a `detail`.
"""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_bad_select_item_is_a_422_on_an_existing_thread(client: TestClient) -> None:
    thread_id = client.post("/threads", json={}).json()["thread_id"]
    for path in (f"/threads/{thread_id}/state", f"/threads/{thread_id}/state/some-checkpoint"):
        response = client.get(path, params=[("select", "values"), ("select", "\x05*")])
        assert response.status_code == 422, path
        assert response.json()["detail"]


def test_good_select_items_are_accepted(client: TestClient) -> None:
    thread_id = client.post("/threads", json={}).json()["thread_id"]
    response = client.get(
        f"/threads/{thread_id}/state", params=[("select", "values.messages"), ("select", "next")]
    )
    assert response.status_code == 200
