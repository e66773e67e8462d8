from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.sort_order import SortOrder, check_sort_order
from ..models.thread_select_field import ThreadSelectField, check_thread_select_field
from ..models.thread_sort_by import ThreadSortBy, check_thread_sort_by
from ..models.thread_status import ThreadStatus, check_thread_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_search_request_extract import ThreadSearchRequestExtract
    from ..models.thread_search_request_metadata import ThreadSearchRequestMetadata
    from ..models.thread_search_request_values import ThreadSearchRequestValues


T = TypeVar("T", bound="ThreadSearchRequest")


@_attrs_define
class ThreadSearchRequest:
    """Filters, order and page of a thread search.

    Attributes:
        ids (list[UUID] | Unset): Only these threads.
        metadata (ThreadSearchRequestMetadata | Unset): Only threads whose metadata contains this object.
        values (ThreadSearchRequestValues | Unset): Only threads whose current values contain this object.
        status (ThreadStatus | Unset): `busy` from the moment a run is created until no run of the thread is pending or
            running;
            then `error` if the last run raised, `interrupted` if the last checkpoint has pending
            nodes (an `interrupt()`, a breakpoint or a cancel mid-step), otherwise `idle`.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        sort_by (ThreadSortBy | Unset): The field threads are sorted by.
        sort_order (SortOrder | Unset): Sort direction.
        select (list[ThreadSelectField] | Unset): Return only these fields of each thread.
        extract (ThreadSearchRequestExtract | Unset): Values to pull out of each thread, by alias (at most 10). A path
            starts with `values`,
            `metadata`, `config` or `interrupts` and goes on with `.key` and `[index]` steps
            (`[-1]` is the last item), e.g. `values.messages[-1].content`. An alias is an
            identifier. (The reference also refuses aliases equal to thread field names; the
            results live in `extracted`, so graphport has no reason to.)
    """

    ids: list[UUID] | Unset = UNSET
    metadata: ThreadSearchRequestMetadata | Unset = UNSET
    values: ThreadSearchRequestValues | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    limit: int | Unset = 10
    offset: int | Unset = 0
    sort_by: ThreadSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    select: list[ThreadSelectField] | Unset = UNSET
    extract: ThreadSearchRequestExtract | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

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

        extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extract, Unset):
            extract = self.extract.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if values is not UNSET:
            field_dict["values"] = values
        if status is not UNSET:
            field_dict["status"] = status
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
        if extract is not UNSET:
            field_dict["extract"] = extract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_search_request_extract import ThreadSearchRequestExtract  # noqa: PLC0415
        from ..models.thread_search_request_metadata import ThreadSearchRequestMetadata  # noqa: PLC0415
        from ..models.thread_search_request_values import ThreadSearchRequestValues  # noqa: PLC0415

        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: list[UUID] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = UUID(ids_item_data)

                ids.append(ids_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadSearchRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadSearchRequestMetadata.from_dict(_metadata)

        _values = d.pop("values", UNSET)
        values: ThreadSearchRequestValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ThreadSearchRequestValues.from_dict(_values)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_thread_status(_status)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: ThreadSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = check_thread_sort_by(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = check_sort_order(_sort_order)

        _select = d.pop("select", UNSET)
        select: list[ThreadSelectField] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = check_thread_select_field(select_item_data)

                select.append(select_item)

        _extract = d.pop("extract", UNSET)
        extract: ThreadSearchRequestExtract | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            extract = ThreadSearchRequestExtract.from_dict(_extract)

        thread_search_request = cls(
            ids=ids,
            metadata=metadata,
            values=values,
            status=status,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            extract=extract,
        )

        return thread_search_request
