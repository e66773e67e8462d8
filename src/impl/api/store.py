"""The long-term memory store: thin handlers over the `GraphportStore` the graphs also use.

The spec's schemas already refuse empty or dotted namespace labels and non-object values
(422). What remains checked here is what the SQL stores underneath cannot take: filter keys
outside `[A-Za-z0-9_.-]`, unknown `$` operators, NUL characters (PostgreSQL cannot store them),
the reserved root label `langgraph`, and page sizes beyond 64-bit integers. Those answer 422
with a `detail`, never a 500.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from langgraph.store.base import NOT_PROVIDED, InvalidNamespaceError, Item
from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import StoreApi
from graphport.impl.api.shapes import given_fields, json_response
from graphport.impl.contract import ApiError
from graphport.impl.errors import UNSTORABLE_TEXT_DETAIL
from graphport.impl.services import Services
from graphport.impl.storage.long_term_store import GraphportStore
from graphport.impl.storage.types import isoformat

_FILTER_KEY = re.compile(r"^[A-Za-z0-9_.-]+$")
_OPERATORS = frozenset({"$eq", "$ne", "$gt", "$gte", "$lt", "$lte"})
_MAX_PAGE = 2**62


class StoreService(StoreApi):
    def __init__(self, services: Services) -> None:
        self._services = services

    @property
    def _store(self) -> GraphportStore:
        store = self._services.store
        if store is None:
            raise ApiError(503, "The store is not open yet")
        return store

    async def put_store_item(self, *, request: Request, body: models.StorePutRequest) -> Response:
        fields = given_fields(body)
        namespace = tuple(fields["namespace"])
        if _has_nul(fields["namespace"]) or _has_nul(fields["key"]) or _has_nul(fields["value"]):
            raise ApiError(422, UNSTORABLE_TEXT_DETAIL)
        ttl = fields.get("ttl", NOT_PROVIDED)
        try:
            await self._store.aput(
                namespace, fields["key"], fields["value"], index=fields.get("index"), ttl=ttl
            )
        except InvalidNamespaceError as exc:
            raise ApiError(422, str(exc)) from None
        except orjson.JSONEncodeError as exc:
            raise ApiError(422, f"value cannot be stored: {exc}") from None
        return Response(status_code=204)

    async def get_store_item(
        self, *, request: Request, namespace: str, key: str, refresh_ttl: bool | None
    ) -> models.ItemOrNull | Response:
        labels = tuple(namespace.split("."))
        if _has_nul(key) or _has_nul(namespace):
            return json_response(None)
        try:
            item = await self._store.aget(labels, key, refresh_ttl=refresh_ttl)
        except InvalidNamespaceError as exc:
            raise ApiError(422, str(exc)) from None
        return json_response(None if item is None else _item_json(item))

    async def delete_store_item(
        self, *, request: Request, body: models.StoreDeleteRequest
    ) -> Response:
        fields = given_fields(body)
        if _has_nul(fields["namespace"]) or _has_nul(fields["key"]):
            return Response(status_code=204)  # no such item can exist: nothing to delete
        try:
            await self._store.adelete(tuple(fields["namespace"]), fields["key"])
        except InvalidNamespaceError as exc:
            raise ApiError(422, str(exc)) from None
        return Response(status_code=204)

    async def search_store_items(
        self, *, request: Request, body: models.StoreSearchRequest
    ) -> models.SearchItemsResponse | Response:
        fields = given_fields(body)
        search_filter = fields.get("filter")
        _check_filter(search_filter)
        query = fields.get("query")
        if _has_nul(search_filter) or _has_nul(fields["namespace_prefix"]):
            return json_response({"items": []})
        try:
            items = await self._store.asearch(
                tuple(fields["namespace_prefix"]),
                query=(query.replace("\x00", "") or None) if query else None,
                filter=search_filter,
                limit=min(fields["limit"], _MAX_PAGE),
                offset=min(fields["offset"], _MAX_PAGE),
                refresh_ttl=fields.get("refresh_ttl"),
            )
        except InvalidNamespaceError as exc:
            raise ApiError(422, str(exc)) from None
        except (ValueError, orjson.JSONEncodeError) as exc:
            raise ApiError(422, f"filter cannot be applied: {exc}") from None
        return json_response(
            {"items": [{**_item_json(item), "score": item.score} for item in items]}
        )

    async def list_store_namespaces(
        self, *, request: Request, body: models.StoreListNamespacesRequest
    ) -> models.ListNamespaceResponse | Response:
        fields = given_fields(body)
        prefix, suffix = fields.get("prefix") or None, fields.get("suffix") or None
        if _has_nul(prefix) or _has_nul(suffix):
            return json_response({"namespaces": []})
        max_depth = fields.get("max_depth")
        try:
            namespaces = await self._store.alist_namespaces(
                prefix=tuple(prefix) if prefix else None,
                suffix=tuple(suffix) if suffix else None,
                max_depth=min(max_depth, _MAX_PAGE) if max_depth is not None else None,
                limit=min(fields["limit"], _MAX_PAGE),
                offset=min(fields["offset"], _MAX_PAGE),
            )
        except InvalidNamespaceError as exc:
            raise ApiError(422, str(exc)) from None
        return json_response({"namespaces": [list(namespace) for namespace in namespaces]})


def _item_json(item: Item) -> dict[str, Any]:
    return {
        "namespace": list(item.namespace),
        "key": item.key,
        "value": item.value,
        "created_at": isoformat(item.created_at),
        "updated_at": isoformat(item.updated_at),
    }


def _check_filter(search_filter: dict[str, Any] | None) -> None:
    """Refuse what the SQL stores would fail on, naming the offending part."""
    for key, condition in (search_filter or {}).items():
        if not _FILTER_KEY.match(key):
            raise ApiError(
                422,
                f"filter key {key!r}: only letters, digits, '_', '-' and '.' (a nested path) "
                "are allowed",
            )
        if isinstance(condition, dict):
            unknown = sorted(set(condition) - _OPERATORS)
            if unknown:
                raise ApiError(
                    422,
                    f"filter {key!r}: unknown operator(s) {', '.join(map(repr, unknown))}; "
                    f"use {', '.join(sorted(_OPERATORS))}",
                )


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False
