from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AssistantVersionsSearchRequest")


@_attrs_define
class AssistantVersionsSearchRequest:
    """The body of `list_assistant_versions`.

    Attributes:
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        limit (int | Unset): The page size. Default: 10.
        offset (int | Unset): How many versions to skip. Default: 0.
    """

    metadata: Metadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

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

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        assistant_versions_search_request = cls(
            metadata=metadata,
            limit=limit,
            offset=offset,
        )

        return assistant_versions_search_request
