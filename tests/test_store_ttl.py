"""Store TTLs: `store.ttl` of langgraph.json, per-item `ttl`, `refresh_ttl`, and the sweeper.

A server of its own is configured with TTLs of seconds (minutes as fractions) and a sweeper
running every 0.6 s, so expiry is watched happening rather than simulated. SQLite keeps the
store's timestamps to the second, hence the margins of a second or two.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient

from graphport.impl.config import Settings
from graphport.impl.services import Services
from helpers import ROOT
from live_server import LiveServer, live_server

TTL_MINUTES = 0.05  # 3 s


def write_config(tmp_path: Path, ttl: dict[str, Any]) -> Path:
    config = tmp_path / "langgraph.json"
    config.write_text(
        json.dumps(
            {
                "graphs": {"memory": f"{ROOT / 'examples' / 'store_graph.py'}:graph"},
                "store": {
                    "index": {
                        "embed": f"{ROOT / 'examples' / 'embeddings.py'}:embed",
                        "dims": 64,
                        "fields": ["text"],
                    },
                    "ttl": ttl,
                },
            }
        )
    )
    return config


@pytest.fixture(scope="module")
def ttl_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp_path = tmp_path_factory.mktemp("store_ttl")
    ttl = {"refresh_on_read": True, "default_ttl": TTL_MINUTES, "sweep_interval_minutes": 0.01}
    settings = Settings.load(
        write_config(tmp_path, ttl), database_url=f"sqlite:///{tmp_path / 'graphport.db'}"
    )
    with live_server(settings) as server:
        yield server


@pytest.fixture
async def ttl_sdk(ttl_server: LiveServer) -> AsyncIterator[LangGraphClient]:
    async with get_client(url=ttl_server.url) as client:
        yield client


async def test_items_expire_unless_read_with_refresh(
    ttl_server: LiveServer, ttl_sdk: LangGraphClient
) -> None:
    root = f"t{uuid.uuid4().hex[:12]}"
    store = ttl_sdk.store
    await store.put_item([root, "default"], "k", {"text": "takes default_ttl"})
    await store.put_item([root, "get"], "k", {"text": "read with get"}, ttl=TTL_MINUTES)  # type: ignore[arg-type]
    await store.put_item([root, "search"], "k", {"text": "read with search"}, ttl=TTL_MINUTES)  # type: ignore[arg-type]
    await store.put_item([root, "stale"], "k", {"text": "read, no refresh"}, ttl=TTL_MINUTES)  # type: ignore[arg-type]
    async with httpx.AsyncClient(base_url=ttl_server.url) as http:
        # `ttl: null` opts out of the default: the item never expires.
        forever = {"namespace": [root, "forever"], "key": "k", "value": {"a": 1}, "ttl": None}
        assert (await http.put("/store/items", json=forever)).status_code == 204

    deadline = time.monotonic() + 7
    while time.monotonic() < deadline:
        # refresh_on_read is on: a plain get refreshes, so does a search asking for it.
        assert await store.get_item([root, "get"], "k") is not None
        found = await store.search_items([root, "search"], refresh_ttl=True)
        assert len(found["items"]) == 1
        await store.get_item([root, "stale"], "k", refresh_ttl=False)
        await asyncio.sleep(1)

    assert await store.get_item([root, "default"], "k", refresh_ttl=False) is None
    assert await store.get_item([root, "stale"], "k", refresh_ttl=False) is None
    assert await store.get_item([root, "get"], "k", refresh_ttl=False) is not None
    assert await store.get_item([root, "search"], "k", refresh_ttl=False) is not None
    assert await store.get_item([root, "forever"], "k") is not None
    # The sweeper deleted the rows: their namespaces are gone, and so are their vectors.
    listed = (await store.list_namespaces(prefix=[root]))["namespaces"]
    assert listed == [[root, "forever"], [root, "get"], [root, "search"]]
    found = await store.search_items([root], query="takes default_ttl read no refresh")
    assert sorted(item["namespace"][1] for item in found["items"]) == ["forever", "get", "search"]
    database = ttl_server.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as conn:
        indexed = conn.execute(
            "SELECT DISTINCT prefix FROM graphport_store_vectors WHERE prefix LIKE ?",
            (f"{root}.%",),
        ).fetchall()
    assert sorted(prefix for (prefix,) in indexed) == [f"{root}.get", f"{root}.search"]


def _expires_at(database: Path, prefix: str) -> str:
    with sqlite3.connect(database) as conn:
        row = conn.execute("SELECT expires_at FROM store WHERE prefix = ?", (prefix,)).fetchone()
    assert row is not None
    return str(row[0])


async def test_refresh_on_read_false_refreshes_only_when_asked(tmp_path: Path) -> None:
    """With `refresh_on_read: false` a read keeps the expiry unless it passes refresh_ttl."""
    ttl = {"refresh_on_read": False, "sweep_interval_minutes": 60}
    database = tmp_path / "graphport.db"
    services = Services(
        Settings.load(write_config(tmp_path, ttl), database_url=f"sqlite:///{database}")
    )
    await services.start()
    try:
        store = services.store
        assert store is not None
        await store.aput(("a", "b"), "k", {"text": "x"}, ttl=10)
        first = _expires_at(database, "a.b")
        await asyncio.sleep(1.1)
        assert await store.aget(("a", "b"), "k") is not None
        assert await store.asearch(("a",)) != []
        assert _expires_at(database, "a.b") == first
        assert await store.aget(("a", "b"), "k", refresh_ttl=True) is not None
        assert _expires_at(database, "a.b") > first
        # Without a default_ttl an item put without `ttl` has no expiry.
        await store.aput(("a", "c"), "k", {"text": "y"})
        assert _expires_at(database, "a.c") == "None"
    finally:
        await services.stop()
