from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.thread_status import ThreadStatus, check_thread_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_count_request_metadata import ThreadCountRequestMetadata
    from ..models.thread_count_request_values import ThreadCountRequestValues


T = TypeVar("T", bound="ThreadCountRequest")


@_attrs_define
class ThreadCountRequest:
    """Filters of a thread count (as in `ThreadSearchRequest`).

    Attributes:
        metadata (ThreadCountRequestMetadata | Unset): Only threads whose metadata contains this object.
        values (ThreadCountRequestValues | Unset): Only threads whose current values contain this object.
        status (ThreadStatus | Unset): `busy` from the moment a run is created until no run of the thread is pending or
            running;
            then `error` if the last run raised, `interrupted` if the last checkpoint has pending
            nodes (an `interrupt()`, a breakpoint or a cancel mid-step), otherwise `idle`.
    """

    metadata: ThreadCountRequestMetadata | Unset = UNSET
    values: ThreadCountRequestValues | Unset = UNSET
    status: ThreadStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if values is not UNSET:
            field_dict["values"] = values
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_count_request_metadata import ThreadCountRequestMetadata  # noqa: PLC0415
        from ..models.thread_count_request_values import ThreadCountRequestValues  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadCountRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadCountRequestMetadata.from_dict(_metadata)

        _values = d.pop("values", UNSET)
        values: ThreadCountRequestValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ThreadCountRequestValues.from_dict(_values)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_thread_status(_status)

        thread_count_request = cls(
            metadata=metadata,
            values=values,
            status=status,
        )

        return thread_count_request
