from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graph_node_type import GraphNodeType, check_graph_node_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_node_data import GraphNodeData
    from ..models.graph_node_metadata import GraphNodeMetadata


T = TypeVar("T", bound="GraphNode")


@_attrs_define
class GraphNode:
    """One node of a drawn graph. `__start__` and `__end__` may carry only an `id`; a node
    function is `{"type": "runnable", "data": {"name": ...}}`.

        Attributes:
            id (int | str): The node's id (its name; subgraph nodes are prefixed `<parent>:` with `xray`).
            type_ (GraphNodeType | Unset): What a drawn node stands for.
            data (GraphNodeData | str | Unset): For a runnable, `{name}`; for a schema, its name or its JSON Schema.
            metadata (GraphNodeMetadata | Unset): Metadata attached to the node when the graph was built.
    """

    id: int | str
    type_: GraphNodeType | Unset = UNSET
    data: GraphNodeData | str | Unset = UNSET
    metadata: GraphNodeMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.graph_node_data import GraphNodeData  # noqa: PLC0415

        id: int | str
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        data: dict[str, Any] | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GraphNodeData):
            data = self.data.to_dict()
        else:
            data = self.data

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_node_data import GraphNodeData  # noqa: PLC0415
        from ..models.graph_node_metadata import GraphNodeMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        _type_ = d.pop("type", UNSET)
        type_: GraphNodeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_graph_node_type(_type_)

        def _parse_data(data: object) -> GraphNodeData | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GraphNodeData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphNodeData | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: GraphNodeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GraphNodeMetadata.from_dict(_metadata)

        graph_node = cls(
            id=id,
            type_=type_,
            data=data,
            metadata=metadata,
        )

        graph_node.additional_properties = d
        return graph_node

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
