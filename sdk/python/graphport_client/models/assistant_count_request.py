from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AssistantCountRequest")


@_attrs_define
class AssistantCountRequest:
    """The body of `count_assistants`; the filters of `AssistantSearchRequest`.

    Attributes:
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        graph_id (str | Unset): Only assistants of this graph.
        name (str | Unset): Only assistants whose name contains this text (case-insensitive).
    """

    metadata: Metadata | Unset = UNSET
    graph_id: str | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        graph_id = self.graph_id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        graph_id = d.pop("graph_id", UNSET)

        name = d.pop("name", UNSET)

        assistant_count_request = cls(
            metadata=metadata,
            graph_id=graph_id,
            name=name,
        )

        return assistant_count_request
