from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StoreDeleteRequest")


@_attrs_define
class StoreDeleteRequest:
    """The body of `delete_store_item`.

    Attributes:
        namespace (list[str]): A namespace path, like a directory, e.g. `["users", "alice"]`.
        key (str): The key of the item to delete.
    """

    namespace: list[str]
    key: str

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = cast(list[str], d.pop("namespace"))

        key = d.pop("key")

        store_delete_request = cls(
            namespace=namespace,
            key=key,
        )

        return store_delete_request
