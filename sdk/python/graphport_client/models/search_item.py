from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_item_value import SearchItemValue


T = TypeVar("T", bound="SearchItem")


@_attrs_define
class SearchItem:
    """An item found by a search, with its relevance score.

    Attributes:
        namespace (list[str]): A namespace path, like a directory, e.g. `["users", "alice"]`.
        key (str): The item's key, unique within its namespace.
        value (SearchItemValue): The stored document (any JSON object).
        created_at (datetime.datetime): When the item was first stored.
        updated_at (datetime.datetime): When the item was last written.
        score (float | None): Similarity to the search `query`; null when no semantic search took place.
    """

    namespace: list[str]
    key: str
    value: SearchItemValue
    created_at: datetime.datetime
    updated_at: datetime.datetime
    score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        key = self.key

        value = self.value.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "key": key,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_item_value import SearchItemValue  # noqa: PLC0415

        d = dict(src_dict)
        namespace = cast(list[str], d.pop("namespace"))

        key = d.pop("key")

        value = SearchItemValue.from_dict(d.pop("value"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        search_item = cls(
            namespace=namespace,
            key=key,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            score=score,
        )

        search_item.additional_properties = d
        return search_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
