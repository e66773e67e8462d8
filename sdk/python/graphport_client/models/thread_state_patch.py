from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.thread_state_patch_metadata import ThreadStatePatchMetadata


T = TypeVar("T", bound="ThreadStatePatch")


@_attrs_define
class ThreadStatePatch:
    """Metadata for a thread's latest checkpoint.

    Attributes:
        metadata (ThreadStatePatchMetadata): Merged into the checkpoint's metadata, top-level key by key.
    """

    metadata: ThreadStatePatchMetadata

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_state_patch_metadata import ThreadStatePatchMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ThreadStatePatchMetadata.from_dict(d.pop("metadata"))

        thread_state_patch = cls(
            metadata=metadata,
        )

        return thread_state_patch
