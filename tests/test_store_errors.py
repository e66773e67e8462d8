"""Bad store input answers 422 with a `detail` naming the problem, never a 500.

Compared with the reference (langgraph-api 0.16.7, in-memory runtime), which answers the same
inputs with a plain-text 422 (dotted or empty labels), 400 (empty namespace, root label
`langgraph`, unknown filter operator, missing GET key as `{"error": ...}`) or accepts them
(empty key, `ttl: 0`, `limit: 0`, `max_depth: 0`, NUL characters): graphport answers all of
them 422 with a JSON `detail`, as the spec's schemas say.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

ITEM = {"namespace": ["a"], "key": "k", "value": {}}

BAD_BODIES: list[tuple[str, str, dict[str, Any], str]] = [
    ("PUT", "/store/items", {**ITEM, "namespace": ["a.b"]}, "namespace.0"),
    ("PUT", "/store/items", {**ITEM, "namespace": [""]}, "namespace.0"),
    ("PUT", "/store/items", {**ITEM, "namespace": []}, "namespace"),
    ("PUT", "/store/items", {**ITEM, "namespace": "a"}, "namespace"),
    ("PUT", "/store/items", {**ITEM, "value": [1]}, "value"),
    ("PUT", "/store/items", {**ITEM, "value": "x"}, "value"),
    ("PUT", "/store/items", {**ITEM, "value": None}, "value"),
    ("PUT", "/store/items", {**ITEM, "key": ""}, "key"),
    ("PUT", "/store/items", {"namespace": ["a"], "value": {}}, "key"),
    ("PUT", "/store/items", {**ITEM, "ttl": 0}, "ttl"),
    ("PUT", "/store/items", {**ITEM, "ttl": -5}, "ttl"),
    ("PUT", "/store/items", {**ITEM, "index": True}, "index"),
    ("PUT", "/store/items", {**ITEM, "extra": 1}, "extra"),
    ("PUT", "/store/items", {**ITEM, "namespace": ["langgraph", "x"]}, "langgraph"),
    ("PUT", "/store/items", {**ITEM, "value": {"x": "a\u0000b"}}, "NUL"),
    ("PUT", "/store/items", {**ITEM, "key": "k\u0000"}, "NUL"),
    ("PUT", "/store/items", {**ITEM, "value": {"big": 2**70}}, "value"),
    ("DELETE", "/store/items", {"namespace": [], "key": "k"}, "namespace"),
    ("DELETE", "/store/items", {"namespace": ["a"]}, "key"),
    ("POST", "/store/items/search", {"namespace_prefix": ["a.b"]}, "namespace_prefix.0"),
    ("POST", "/store/items/search", {}, "namespace_prefix"),
    ("POST", "/store/items/search", {"namespace_prefix": [], "limit": 0}, "limit"),
    ("POST", "/store/items/search", {"namespace_prefix": [], "offset": -1}, "offset"),
    ("POST", "/store/items/search", {"namespace_prefix": [], "filter": {"a b": 1}}, "a b"),
    ("POST", "/store/items/search", {"namespace_prefix": [], "filter": {"n": {"$in": [1]}}}, "$in"),
    ("POST", "/store/items/search", {"namespace_prefix": [], "filter": [1]}, "filter"),
    ("POST", "/store/namespaces", {"prefix": ["a.b"]}, "prefix.0"),
    ("POST", "/store/namespaces", {"suffix": [""]}, "suffix.0"),
    ("POST", "/store/namespaces", {"max_depth": 0}, "max_depth"),
    ("POST", "/store/namespaces", {"limit": 0}, "limit"),
]


@pytest.mark.parametrize(("method", "path", "body", "named"), BAD_BODIES)
def test_bad_bodies_are_422_with_a_detail(
    client: TestClient, method: str, path: str, body: dict[str, Any], named: str
) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == 422, response.text
    assert named in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"namespace": "a..b", "key": "k"}, "namespace"),
        ({"namespace": "", "key": "k"}, "namespace"),
        ({"namespace": ".a", "key": "k"}, "namespace"),
        ({"namespace": "a"}, "key"),
        ({"namespace": "a", "key": ""}, "key"),
        ({"namespace": "a", "key": "k", "refresh_ttl": "maybe"}, "refresh_ttl"),
    ],
)
def test_bad_get_parameters_are_422(client: TestClient, params: dict[str, str], named: str) -> None:
    response = client.get("/store/items", params=params)
    assert response.status_code == 422, response.text
    assert named in response.json()["detail"]


def test_text_that_can_never_be_stored_matches_nothing(client: TestClient) -> None:
    """NUL characters cannot be stored (PostgreSQL refuses them), so reads find nothing."""
    get = client.get("/store/items", params={"namespace": "a", "key": "k\u0000"})
    assert get.status_code == 200
    assert get.json() is None
    search = client.post(
        "/store/items/search", json={"namespace_prefix": ["a"], "filter": {"x": "\u0000"}}
    )
    assert search.status_code == 200
    assert search.json() == {"items": []}
    listing = client.post("/store/namespaces", json={"prefix": ["a\u0000"]})
    assert listing.json() == {"namespaces": []}
    deleted = client.request("DELETE", "/store/items", json={"namespace": ["a"], "key": "\u0000"})
    assert deleted.status_code == 204


def test_huge_pages_are_clamped_not_500(client: TestClient) -> None:
    body = {"namespace_prefix": [], "limit": 2**80, "offset": 2**80}
    response = client.post("/store/items/search", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == {"items": []}
    listing = client.post("/store/namespaces", json={"limit": 2**80, "max_depth": 2**80})
    assert listing.status_code == 200, response.text
