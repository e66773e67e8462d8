from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.store_put_request_value import StorePutRequestValue


T = TypeVar("T", bound="StorePutRequest")


@_attrs_define
class StorePutRequest:
    """The body of `put_store_item`.

    Attributes:
        namespace (list[str]): A namespace path, like a directory, e.g. `["users", "alice"]`.
        key (str): The item's key within the namespace.
        value (StorePutRequestValue): The document to store (any JSON object).
        index (bool | list[str] | None | Unset): How an item is indexed for semantic search: `false` not at all, a list
            of field paths
            (e.g. `["text", "tags[*]"]`) only those, null or omitted the store's configured fields.
        ttl (float | None | Unset): Minutes until the item expires: omitted takes the store's `default_ttl` from
            `langgraph.json` (none unless configured), null means the item never expires.
    """

    namespace: list[str]
    key: str
    value: StorePutRequestValue
    index: bool | list[str] | None | Unset = UNSET
    ttl: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        index: bool | list[str] | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        elif isinstance(self.index, list):
            index = self.index

        else:
            index = self.index

        ttl: float | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.store_put_request_value import StorePutRequestValue  # noqa: PLC0415

        d = dict(src_dict)
        namespace = cast(list[str], d.pop("namespace"))

        key = d.pop("key")

        value = StorePutRequestValue.from_dict(d.pop("value"))

        def _parse_index(data: object) -> bool | list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_store_item_index_type_1 = cast(list[str], data)

                return componentsschemas_store_item_index_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_ttl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        store_put_request = cls(
            namespace=namespace,
            key=key,
            value=value,
            index=index,
            ttl=ttl,
        )

        return store_put_request
