"""The long-term store through the official Python SDK (`client.store.*`), every parameter.

Runs on the shared live server (examples/langgraph.json: `store.index` with the deterministic
embedding of examples/embeddings.py). Each test writes under a namespace of its own.
"""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Callable
from datetime import datetime

import httpx
import pytest
from langgraph_sdk.client import LangGraphClient

from helpers import ROOT
from live_server import LiveServer


def _example_embed() -> Callable[[list[str]], list[list[float]]]:
    spec = importlib.util.spec_from_file_location(
        "example_embeddings", ROOT / "examples" / "embeddings.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    embed: Callable[[list[str]], list[list[float]]] = module.embed
    return embed


EXAMPLE_EMBED = _example_embed()


@pytest.fixture
def root() -> str:
    """A first namespace label no other test uses (the live server is shared)."""
    return f"t{uuid.uuid4().hex[:12]}"


async def test_put_get_delete_round_trip(sdk: LangGraphClient, root: str) -> None:
    await sdk.store.put_item([root, "alice"], "prefs", {"theme": "dark", "size": 3})
    item = await sdk.store.get_item([root, "alice"], "prefs")
    assert item is not None
    assert item["namespace"] == [root, "alice"]
    assert item["key"] == "prefs"
    assert item["value"] == {"theme": "dark", "size": 3}
    created = datetime.fromisoformat(item["created_at"])
    assert created.tzinfo is not None
    assert datetime.fromisoformat(item["updated_at"]) >= created

    # Replacing keeps one item under the key.
    await sdk.store.put_item([root, "alice"], "prefs", {"theme": "light"})
    replaced = await sdk.store.get_item([root, "alice"], "prefs", refresh_ttl=False)
    assert replaced is not None
    assert replaced["value"] == {"theme": "light"}
    # created_at is when the item was first stored; both times have microseconds.
    assert replaced["created_at"] == item["created_at"]
    assert datetime.fromisoformat(replaced["updated_at"]) > datetime.fromisoformat(
        item["updated_at"]
    )

    await sdk.store.delete_item([root, "alice"], "prefs")
    assert await sdk.store.get_item([root, "alice"], "prefs", refresh_ttl=True) is None
    # Deleting what is not there is also a 204.
    await sdk.store.delete_item([root, "alice"], "prefs")


async def test_a_missing_item_is_200_null(live: LiveServer, root: str) -> None:
    async with httpx.AsyncClient(base_url=live.url) as http:
        response = await http.get("/store/items", params={"namespace": f"{root}.x", "key": "k"})
    assert response.status_code == 200
    assert response.content == b"null"


async def test_search_filters_with_every_operator(sdk: LangGraphClient, root: str) -> None:
    for n in range(1, 6):
        await sdk.store.put_item(
            [root, "scores"], f"k{n}", {"n": n, "parity": "odd" if n % 2 else "even"}
        )

    async def keys(**kwargs: object) -> list[str]:
        found = await sdk.store.search_items([root], limit=100, **kwargs)  # type: ignore[arg-type]
        assert all(item["score"] is None for item in found["items"])
        return sorted(item["key"] for item in found["items"])

    assert await keys() == ["k1", "k2", "k3", "k4", "k5"]
    assert await keys(filter={"parity": "even"}) == ["k2", "k4"]
    assert await keys(filter={"n": {"$eq": 3}}) == ["k3"]
    assert await keys(filter={"n": {"$ne": 3}}) == ["k1", "k2", "k4", "k5"]
    assert await keys(filter={"n": {"$gt": 3}}) == ["k4", "k5"]
    assert await keys(filter={"n": {"$gte": 3}}) == ["k3", "k4", "k5"]
    assert await keys(filter={"n": {"$lt": 3}}) == ["k1", "k2"]
    assert await keys(filter={"n": {"$lte": 3}}) == ["k1", "k2", "k3"]
    assert await keys(filter={"n": {"$gt": 1, "$lt": 5}, "parity": "odd"}) == ["k3"]
    assert await keys(filter={"parity": "none"}) == []


async def test_search_pages_with_limit_and_offset(sdk: LangGraphClient, root: str) -> None:
    for n in range(12):
        await sdk.store.put_item([root, "page"], f"k{n:02}", {"n": n})
    seen: list[str] = []
    for offset in range(0, 12, 5):
        page = await sdk.store.search_items(
            [root, "page"], limit=5, offset=offset, refresh_ttl=False
        )
        assert len(page["items"]) == min(5, 12 - offset)
        seen += [item["key"] for item in page["items"]]
    # Without a query, the most recently updated come first.
    assert seen == [f"k{n:02}" for n in reversed(range(12))]
    await sdk.store.put_item([root, "page"], "k00", {"n": 0, "again": True})
    newest = await sdk.store.search_items([root, "page"], limit=2)
    assert [item["key"] for item in newest["items"]] == ["k00", "k11"]
    # The default page size is 10; an empty prefix matches every namespace.
    assert len((await sdk.store.search_items([root]))["items"]) == 10
    assert len((await sdk.store.search_items([]))["items"]) == 10


async def test_list_namespaces_with_every_parameter(sdk: LangGraphClient, root: str) -> None:
    for namespace in (
        [root, "alice", "notes"],
        [root, "alice", "prefs"],
        [root, "bob", "notes"],
        [root, "bob"],
    ):
        await sdk.store.put_item(namespace, "k", {"v": 1})

    async def listed(**kwargs: object) -> list[list[str]]:
        answer = await sdk.store.list_namespaces(**kwargs)  # type: ignore[arg-type]
        return answer["namespaces"]

    assert await listed(prefix=[root]) == [
        [root, "alice", "notes"],
        [root, "alice", "prefs"],
        [root, "bob"],
        [root, "bob", "notes"],
    ]
    assert await listed(prefix=[root], suffix=["notes"]) == [
        [root, "alice", "notes"],
        [root, "bob", "notes"],
    ]
    assert await listed(prefix=[root, "*", "prefs"]) == [[root, "alice", "prefs"]]
    assert await listed(prefix=[root], max_depth=2) == [[root, "alice"], [root, "bob"]]
    assert await listed(prefix=[root], limit=2, offset=1) == [
        [root, "alice", "prefs"],
        [root, "bob"],
    ]
    # A namespace whose items are all deleted is no longer listed.
    await sdk.store.delete_item([root, "bob"], "k")
    assert [root, "bob"] not in await listed(prefix=[root])


async def test_semantic_search_ranks_by_similarity(sdk: LangGraphClient, root: str) -> None:
    notes = [root, "notes"]
    await sdk.store.put_item(notes, "milk", {"text": "buy milk and eggs at the shop"})
    await sdk.store.put_item(notes, "bob", {"text": "call Bob about the car"})
    await sdk.store.put_item(notes, "plants", {"text": "water the plants on the balcony"})
    # Not indexed at all, and indexed on another field than the store's `text`.
    await sdk.store.put_item(notes, "hidden", {"text": "milk milk milk"}, index=False)
    await sdk.store.put_item(
        notes, "title", {"title": "eggs and milk", "text": "x"}, index=["title"]
    )

    found = (await sdk.store.search_items(notes, query="milk eggs", limit=10))["items"]
    keys = [item["key"] for item in found]
    scores = [item["score"] for item in found]
    assert keys[:2] == ["title", "milk"] or keys[:2] == ["milk", "title"]
    ranked = [s for s in scores if s is not None]
    assert ranked == sorted(ranked, reverse=True)
    assert ranked[0] > 0.5 > ranked[-1]
    # The unindexed item comes last, without a score.
    assert keys[-1] == "hidden"
    assert scores[-1] is None

    best = (await sdk.store.search_items(notes, query="plants water", limit=1))["items"]
    assert [item["key"] for item in best] == ["plants"]
    # The score is the cosine similarity of the two embeddings (examples/embeddings.py).
    query, text = EXAMPLE_EMBED(["plants water", "water the plants on the balcony"])
    assert best[0]["score"] == pytest.approx(sum(a * b for a, b in zip(query, text, strict=True)))
    # Filter and query together: the `title` item (text "x") is filtered out.
    filtered = {"text": {"$ne": "x"}}
    first = await sdk.store.search_items(notes, query="milk eggs", limit=1, filter=filtered)
    assert [item["key"] for item in first["items"]] == ["milk"]
    second = await sdk.store.search_items(
        notes, query="milk eggs", limit=1, offset=1, filter=filtered
    )
    [other] = second["items"]
    assert other["key"] not in ("milk", "title")
    # Re-indexing replaces the vectors: the score follows the new text.
    await sdk.store.put_item(notes, "plants", {"text": "renew the passport"})
    again = (await sdk.store.search_items(notes, query="plants water", limit=10))["items"]
    query, text = EXAMPLE_EMBED(["plants water", "renew the passport"])
    [plants] = [item for item in again if item["key"] == "plants"]
    assert plants["score"] == pytest.approx(sum(a * b for a, b in zip(query, text, strict=True)))


async def test_graph_and_api_share_the_store(sdk: LangGraphClient, root: str) -> None:
    """API → graph: the node reads what PUT wrote; graph → API: GET/search see what it wrote."""
    user = root
    await sdk.store.put_item(["users", user], "profile", {"name": "Alice"})
    await sdk.store.put_item(["users", user, "notes"], "api-1", {"text": "written by the API"})

    result = await sdk.runs.wait(None, "memory", input={"user": user, "note": "water plants"})
    assert isinstance(result, dict)
    assert result["profile"] == {"name": "Alice"}
    assert result["notes"] == ["water plants", "written by the API"]

    written = await sdk.store.get_item(["users", user, "notes"], "graph-2")
    assert written is not None
    assert written["value"] == {"text": "water plants"}
    # The graph's item is indexed like the API's: semantic search finds it first.
    found = await sdk.store.search_items(["users", user], query="water the plants")
    assert found["items"][0]["key"] == "graph-2"
    assert found["items"][0]["score"] > 0.5

    # A change through the API is what the next run reads.
    await sdk.store.put_item(["users", user], "profile", {"name": "Alice B."})
    await sdk.store.delete_item(["users", user, "notes"], "api-1")
    again = await sdk.runs.wait(None, "memory", input={"user": user})
    assert isinstance(again, dict)
    assert again["profile"] == {"name": "Alice B."}
    assert again["notes"] == ["water plants"]
    # The sync node (in a worker thread) counted both runs in an item the API reads.
    assert again["visits"] == 2
    visits = await sdk.store.get_item(["users", user], "visits")
    assert visits is not None
    assert visits["value"] == {"count": 2}
