from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.if_exists import IfExists, check_if_exists
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.thread_superstep import ThreadSuperstep
    from ..models.thread_ttl import ThreadTtl


T = TypeVar("T", bound="ThreadCreate")


@_attrs_define
class ThreadCreate:
    """A new thread.

    Attributes:
        thread_id (UUID | Unset): The id to give the thread; minted by the server (UUIDv7) when absent.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        if_exists (IfExists | Unset): What to do when a resource with the given id exists (`raise` answers 409).
        ttl (ThreadTtl | Unset): A time-to-live for a thread, counted from when it is set.
        supersteps (list[ThreadSuperstep] | Unset): History to write into the new thread, oldest step first.
    """

    thread_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    if_exists: IfExists | Unset = UNSET
    ttl: ThreadTtl | Unset = UNSET
    supersteps: list[ThreadSuperstep] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        supersteps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supersteps, Unset):
            supersteps = []
            for supersteps_item_data in self.supersteps:
                supersteps_item = supersteps_item_data.to_dict()
                supersteps.append(supersteps_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if supersteps is not UNSET:
            field_dict["supersteps"] = supersteps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.thread_superstep import ThreadSuperstep  # noqa: PLC0415
        from ..models.thread_ttl import ThreadTtl  # noqa: PLC0415

        d = dict(src_dict)
        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _if_exists = d.pop("if_exists", UNSET)
        if_exists: IfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = check_if_exists(_if_exists)

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadTtl.from_dict(_ttl)

        _supersteps = d.pop("supersteps", UNSET)
        supersteps: list[ThreadSuperstep] | Unset = UNSET
        if _supersteps is not UNSET:
            supersteps = []
            for supersteps_item_data in _supersteps:
                supersteps_item = ThreadSuperstep.from_dict(supersteps_item_data)

                supersteps.append(supersteps_item)

        thread_create = cls(
            thread_id=thread_id,
            metadata=metadata,
            if_exists=if_exists,
            ttl=ttl,
            supersteps=supersteps,
        )

        return thread_create
