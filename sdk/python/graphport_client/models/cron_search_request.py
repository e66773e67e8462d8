from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.cron_select_field import CronSelectField, check_cron_select_field
from ..models.cron_sort_by import CronSortBy, check_cron_sort_by
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CronSearchRequest")


@_attrs_define
class CronSearchRequest:
    """The body of `search_crons`. Filters combine with AND.

    Attributes:
        assistant_id (UUID | Unset): Only crons of this assistant (a UUID; graph ids are not resolved here).
        thread_id (UUID | Unset): Only crons of this thread.
        enabled (bool | Unset): Only enabled (`true`) or only disabled (`false`) crons; both when omitted.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        limit (int | Unset): The page size. Default: 10.
        offset (int | Unset): How many matches to skip. Default: 0.
        sort_by (CronSortBy | Unset): The cron field a search sorts on.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[CronSelectField] | Unset): Return only these fields of each cron (all fields when omitted).
    """

    assistant_id: UUID | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    enabled: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: CronSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[CronSelectField] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        enabled = self.enabled

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        enabled = d.pop("enabled", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: CronSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = check_cron_sort_by(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = check_sort_order(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[CronSelectField] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = check_cron_select_field(select_item_data)

                select.append(select_item)

        cron_search_request = cls(
            assistant_id=assistant_id,
            thread_id=thread_id,
            enabled=enabled,
            metadata=metadata,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
        )

        return cron_search_request
