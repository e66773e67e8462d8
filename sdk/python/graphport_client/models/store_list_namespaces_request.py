from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoreListNamespacesRequest")


@_attrs_define
class StoreListNamespacesRequest:
    """The body of `list_store_namespaces`.

    Attributes:
        prefix (list[str] | Unset): Labels a namespace must start with (a prefix) or end with (a suffix); an empty list
            matches every namespace.
        suffix (list[str] | Unset): Labels a namespace must start with (a prefix) or end with (a suffix); an empty list
            matches every namespace.
        max_depth (int | Unset): Cut namespaces to this many labels (duplicates after the cut are listed once).
        limit (int | Unset): The page size. Default: 100.
        offset (int | Unset): How many namespaces to skip. Default: 0.
    """

    prefix: list[str] | Unset = UNSET
    suffix: list[str] | Unset = UNSET
    max_depth: int | Unset = UNSET
    limit: int | Unset = 100
    offset: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        prefix: list[str] | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix

        suffix: list[str] | Unset = UNSET
        if not isinstance(self.suffix, Unset):
            suffix = self.suffix

        max_depth = self.max_depth

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prefix = cast(list[str], d.pop("prefix", UNSET))

        suffix = cast(list[str], d.pop("suffix", UNSET))

        max_depth = d.pop("max_depth", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        store_list_namespaces_request = cls(
            prefix=prefix,
            suffix=suffix,
            max_depth=max_depth,
            limit=limit,
            offset=offset,
        )

        return store_list_namespaces_request
