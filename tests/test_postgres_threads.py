"""Threads and assistants on PostgreSQL: the same answers as on SQLite, and text it refuses.

Runs an app on a database of its own (created and dropped here) when a server answers on
127.0.0.1:5432; skipped otherwise. The SQLite back-end is what the rest of the suite uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient

from graphport.impl.app import create_app
from graphport.impl.config import Settings
from graphport.impl.errors import UNSTORABLE_TEXT_DETAIL
from live_server import EXAMPLES_CONFIG, example_settings

SERVER = "postgresql://postgres@127.0.0.1:5432"
HI = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def postgres() -> Iterator[TestClient]:
    name = f"graphport_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{SERVER}/postgres", autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        settings = Settings.load(EXAMPLES_CONFIG, database_url=f"{SERVER}/{name}")
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            yield client
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(
        create_app(example_settings(tmp_path)), raise_server_exceptions=False
    ) as client:
        yield client


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/threads", {"metadata": {"a": "x\u0000y"}}),
        ("POST", "/assistants", {"graph_id": "echo", "name": "nul\u0000"}),
        ("POST", "/threads", {"metadata": {"\u0000": 1}}),
    ],
)
def test_text_postgresql_cannot_store_is_a_422(
    postgres: TestClient, method: str, path: str, body: dict[str, object]
) -> None:
    response = postgres.request(method, path, json=body)
    assert response.status_code == 422, response.text
    assert response.json() == {"detail": UNSTORABLE_TEXT_DETAIL}


def test_filters_with_text_postgresql_cannot_store_match_nothing(postgres: TestClient) -> None:
    assert postgres.post("/threads/search", json={"metadata": {"a": "\u0000"}}).json() == []
    assert postgres.post("/threads/count", json={"values": {"a": ["\u0000"]}}).json() == 0
    assert postgres.post("/assistants/count", json={"metadata": {"\u0000": 1}}).json() == 0


def test_sqlite_stores_the_same_text(sqlite: TestClient) -> None:
    thread = sqlite.post("/threads", json={"metadata": {"a": "x\u0000y"}}).json()
    assert thread["metadata"] == {"a": "x\u0000y"}
    assert sqlite.get(f"/threads/{thread['thread_id']}").json()["metadata"] == {"a": "x\u0000y"}


def test_threads_runs_state_copy_and_prune_on_postgres(postgres: TestClient) -> None:
    marker = {"pg": uuid.uuid4().hex, "n": {"tags": ["a", "b"]}}
    thread = postgres.post("/threads", json={"metadata": marker}).json()
    thread_id = thread["thread_id"]
    result = postgres.post(
        f"/threads/{thread_id}/runs/wait", json={"assistant_id": "echo", "input": HI}
    )
    assert result.json()["count"] == 2

    found = postgres.post(
        "/threads/search", json={"metadata": {"n": {"tags": ["b"]}}, "values": {"count": 2}}
    )
    assert [t["thread_id"] for t in found.json()] == [thread_id]
    assert postgres.post("/threads/count", json={"metadata": marker}).json() == 1

    history = postgres.post(f"/threads/{thread_id}/history", json={"limit": 10}).json()
    assert len(history) == 4
    copy = postgres.post(f"/threads/{thread_id}/copy").json()
    copied = postgres.post(f"/threads/{copy['thread_id']}/history", json={"limit": 10}).json()
    assert [s["checkpoint"]["checkpoint_id"] for s in copied] == [
        s["checkpoint"]["checkpoint_id"] for s in history
    ]

    pruned = postgres.post(
        "/threads/prune", json={"thread_ids": [thread_id], "strategy": "keep_latest"}
    )
    assert pruned.json() == {"pruned_count": 1}
    left = postgres.post(f"/threads/{thread_id}/history", json={"limit": 10}).json()
    assert [s["checkpoint"] for s in left] == [history[0]["checkpoint"]]

    assert postgres.delete(f"/threads/{thread_id}").status_code == 204
    assert postgres.get(f"/threads/{thread_id}").status_code == 404
    assert postgres.get(f"/threads/{copy['thread_id']}/state").json()["values"]["count"] == 2


def test_assistant_versions_on_postgres(postgres: TestClient) -> None:
    created = postgres.post(
        "/assistants", json={"graph_id": "echo", "context": {"delay": 0}, "metadata": {"v": 1}}
    ).json()
    assistant_id = created["assistant_id"]
    patched = postgres.patch(f"/assistants/{assistant_id}", json={"metadata": {"w": 2}}).json()
    assert patched["version"] == 2
    versions = postgres.post(
        f"/assistants/{assistant_id}/versions", json={"metadata": {"w": 2}}
    ).json()
    assert [v["version"] for v in versions] == [2]
    latest = postgres.post(f"/assistants/{assistant_id}/latest", json={"version": 1}).json()
    assert latest["metadata"] == {"v": 1}
    found = postgres.post("/assistants/search", json={"metadata": {"v": 1}, "graph_id": "echo"})
    assert [a["assistant_id"] for a in found.json()] == [assistant_id]
