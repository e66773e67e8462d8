from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.thread_ttl import ThreadTtl


T = TypeVar("T", bound="ThreadPatch")


@_attrs_define
class ThreadPatch:
    """Changes to a thread.

    Attributes:
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        ttl (ThreadTtl | Unset): A time-to-live for a thread, counted from when it is set.
    """

    metadata: Metadata | Unset = UNSET
    ttl: ThreadTtl | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.thread_ttl import ThreadTtl  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadTtl.from_dict(_ttl)

        thread_patch = cls(
            metadata=metadata,
            ttl=ttl,
        )

        return thread_patch
