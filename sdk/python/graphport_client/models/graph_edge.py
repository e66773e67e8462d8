from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphEdge")


@_attrs_define
class GraphEdge:
    """One edge of a drawn graph.

    Attributes:
        source (int | str): The id of the node the edge leaves.
        target (int | str): The id of the node the edge enters.
        data (str | Unset): The edge's label, if any.
        conditional (bool | Unset): Present (and true) for edges chosen by a routing function.
    """

    source: int | str
    target: int | str
    data: str | Unset = UNSET
    conditional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: int | str
        source = self.source

        target: int | str
        target = self.target

        data = self.data

        conditional = self.conditional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if conditional is not UNSET:
            field_dict["conditional"] = conditional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source(data: object) -> int | str:
            return cast(int | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_target(data: object) -> int | str:
            return cast(int | str, data)

        target = _parse_target(d.pop("target"))

        data = d.pop("data", UNSET)

        conditional = d.pop("conditional", UNSET)

        graph_edge = cls(
            source=source,
            target=target,
            data=data,
            conditional=conditional,
        )

        graph_edge.additional_properties = d
        return graph_edge

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
