"""The store on PostgreSQL (langgraph's AsyncPostgresStore on the server's database).

The same operations as on SQLite, through HTTP: items, filters, semantic ranking, namespaces,
a graph sharing items with the API, and TTL expiry by the sweeper. Runs on a database of its
own (created and dropped here) when a server answers on 127.0.0.1:5432; skipped otherwise.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from fastapi.testclient import TestClient

from graphport.impl.app import create_app
from graphport.impl.config import Settings
from test_store_ttl import write_config

SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    name = f"graphport_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        ttl = {"refresh_on_read": True, "sweep_interval_minutes": 0.01}
        config = write_config(tmp_path_factory.mktemp("store_pg"), ttl)
        settings = Settings.load(config, database_url=f"{SERVER}/{name}")
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            yield client
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _put(client: TestClient, namespace: list[str], key: str, value: dict, **extra: object) -> None:
    body = {"namespace": namespace, "key": key, "value": value, **extra}
    response = client.put("/store/items", json=body)
    assert response.status_code == 204, response.text


def _search(client: TestClient, **body: object) -> list[dict]:
    response = client.post("/store/items/search", json=body)
    assert response.status_code == 200, response.text
    items: list[dict] = response.json()["items"]
    return items


def test_items_filters_and_namespaces(postgres: TestClient) -> None:
    root = f"t{uuid.uuid4().hex[:8]}"
    for n in range(1, 5):
        _put(postgres, [root, "n"], f"k{n}", {"n": n, "tag": "even" if n % 2 == 0 else "odd"})
    got = postgres.get("/store/items", params={"namespace": f"{root}.n", "key": "k2"}).json()
    assert got["value"] == {"n": 2, "tag": "even"}
    assert got["created_at"].endswith("+00:00")

    def keys(**body: object) -> list[str]:
        return sorted(item["key"] for item in _search(postgres, namespace_prefix=[root], **body))

    assert keys(filter={"tag": "even"}) == ["k2", "k4"]
    assert keys(filter={"n": {"$gt": 1, "$lte": 3}}) == ["k2", "k3"]
    assert keys(filter={"n": {"$ne": 1}}, limit=2, offset=1) != []
    _put(postgres, [root, "m", "deep"], "k", {"v": 1})
    listing = postgres.post("/store/namespaces", json={"prefix": [root], "max_depth": 2})
    assert listing.json() == {"namespaces": [[root, "m"], [root, "n"]]}
    deleted = postgres.request(
        "DELETE", "/store/items", json={"namespace": [root, "n"], "key": "k1"}
    )
    assert deleted.status_code == 204
    assert (
        postgres.get("/store/items", params={"namespace": f"{root}.n", "key": "k1"}).json() is None
    )
    # An unpaired surrogate (valid JSON, not storable text) is a 422 too.
    body = '{"namespace": ["' + root + '"], "key": "k", "value": {"x": "\\ud800"}}'
    refused = postgres.put(
        "/store/items", content=body, headers={"content-type": "application/json"}
    )
    assert refused.status_code == 422, refused.text


def test_semantic_search_and_graph_sharing(postgres: TestClient) -> None:
    user = f"u{uuid.uuid4().hex[:8]}"
    _put(postgres, ["users", user], "profile", {"name": "Ann"})
    _put(postgres, ["users", user, "notes"], "api", {"text": "buy milk and eggs"})
    run = postgres.post(
        "/runs/wait",
        json={"assistant_id": "memory", "input": {"user": user, "note": "water plants"}},
    )
    assert run.status_code == 200, run.text
    assert run.json()["profile"] == {"name": "Ann"}
    assert run.json()["notes"] == ["buy milk and eggs", "water plants"]
    ranked = _search(postgres, namespace_prefix=["users", user], query="plants water")
    assert [item["key"] for item in ranked[:2]] == ["graph-2", "api"]
    assert ranked[0]["score"] > ranked[1]["score"]


def test_the_sweeper_deletes_expired_items(postgres: TestClient) -> None:
    root = f"t{uuid.uuid4().hex[:8]}"
    _put(postgres, [root], "short", {"text": "short"}, ttl=0.02)
    _put(postgres, [root], "long", {"text": "long"}, ttl=60)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        params = {"namespace": root, "key": "short", "refresh_ttl": "false"}
        if postgres.get("/store/items", params=params).json() is None:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the expired item was not swept within 10 s")
    assert [item["key"] for item in _search(postgres, namespace_prefix=[root])] == ["long"]
