from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.assistant_select_field import AssistantSelectField, check_assistant_select_field
from ..models.assistant_sort_by import AssistantSortBy, check_assistant_sort_by
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AssistantSearchRequest")


@_attrs_define
class AssistantSearchRequest:
    """The body of `search_assistants`. Filters combine with AND.

    Attributes:
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        graph_id (str | Unset): Only assistants of this graph.
        name (str | Unset): Only assistants whose name contains this text (case-insensitive).
        limit (int | Unset): The page size. Default: 10.
        offset (int | Unset): How many matches to skip. Default: 0.
        sort_by (AssistantSortBy | Unset): The assistant field a search sorts on.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[AssistantSelectField] | Unset): Return only these fields of each assistant (all fields when
            omitted).
    """

    metadata: Metadata | Unset = UNSET
    graph_id: str | Unset = UNSET
    name: str | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: AssistantSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[AssistantSelectField] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        graph_id = self.graph_id

        name = self.name

        limit = self.limit

        offset = self.offset

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = []
            for select_item_data in self.select:
                select_item: str = select_item_data
                select.append(select_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if select is not UNSET:
            field_dict["select"] = select

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

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: AssistantSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = check_assistant_sort_by(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = check_sort_order(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[AssistantSelectField] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = check_assistant_select_field(select_item_data)

                select.append(select_item)

        assistant_search_request = cls(
            metadata=metadata,
            graph_id=graph_id,
            name=name,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
        )

        return assistant_search_request
