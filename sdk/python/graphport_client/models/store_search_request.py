from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.store_search_request_filter import StoreSearchRequestFilter


T = TypeVar("T", bound="StoreSearchRequest")


@_attrs_define
class StoreSearchRequest:
    """The body of `search_store_items`.

    Attributes:
        namespace_prefix (list[str]): Labels a namespace must start with (a prefix) or end with (a suffix); an empty
            list
            matches every namespace.
        filter_ (None | StoreSearchRequestFilter | Unset): Conditions on the item's value, all of which must hold:
            `{"field": value}` for
            equality, or `{"field": {"$eq"|"$ne"|"$gt"|"$gte"|"$lt"|"$lte": value}}`. A field
            is a name or a dotted path of letters, digits, `_` and `-`; another key, or another
            operator, answers 422.
        limit (int | Unset): The page size. Default: 10.
        offset (int | Unset): How many matches to skip. Default: 0.
        query (None | str | Unset): A natural-language query for semantic search.
        refresh_ttl (bool | None | Unset): Restart the time-to-live of the returned items; null or omitted uses the
            store's setting.
    """

    namespace_prefix: list[str]
    filter_: None | StoreSearchRequestFilter | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    query: None | str | Unset = UNSET
    refresh_ttl: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.store_search_request_filter import StoreSearchRequestFilter  # noqa: PLC0415

        namespace_prefix = self.namespace_prefix

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, StoreSearchRequestFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        limit = self.limit

        offset = self.offset

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        refresh_ttl: bool | None | Unset
        if isinstance(self.refresh_ttl, Unset):
            refresh_ttl = UNSET
        else:
            refresh_ttl = self.refresh_ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace_prefix": namespace_prefix,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if query is not UNSET:
            field_dict["query"] = query
        if refresh_ttl is not UNSET:
            field_dict["refresh_ttl"] = refresh_ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.store_search_request_filter import StoreSearchRequestFilter  # noqa: PLC0415

        d = dict(src_dict)
        namespace_prefix = cast(list[str], d.pop("namespace_prefix"))

        def _parse_filter_(data: object) -> None | StoreSearchRequestFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = StoreSearchRequestFilter.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StoreSearchRequestFilter | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_refresh_ttl(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_ttl = _parse_refresh_ttl(d.pop("refresh_ttl", UNSET))

        store_search_request = cls(
            namespace_prefix=namespace_prefix,
            filter_=filter_,
            limit=limit,
            offset=offset,
            query=query,
            refresh_ttl=refresh_ttl,
        )

        return store_search_request
