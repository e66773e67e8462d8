from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.checkpoint_selector import CheckpointSelector
    from ..models.thread_history_request_metadata import ThreadHistoryRequestMetadata


T = TypeVar("T", bound="ThreadHistoryRequest")


@_attrs_define
class ThreadHistoryRequest:
    """Which past states of a thread to list.

    Attributes:
        limit (int | Unset): How many states to return. The default is 1, as the reference answers; both SDKs always
            send 10. Default: 1.
        before (CheckpointSelector | str | Unset): Only states older than this checkpoint, given as its id or as a
            `CheckpointSelector`.
        metadata (ThreadHistoryRequestMetadata | Unset): Only checkpoints whose metadata contains this object (e.g.
            `{"source": "loop"}`).
        checkpoint (CheckpointConfig | Unset): Identifies one checkpoint of a thread.
        select (list[str] | Unset): As the `select` query parameter of `get_thread_state`.
    """

    limit: int | Unset = 1
    before: CheckpointSelector | str | Unset = UNSET
    metadata: ThreadHistoryRequestMetadata | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    select: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_selector import CheckpointSelector  # noqa: PLC0415

        limit = self.limit

        before: dict[str, Any] | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, CheckpointSelector):
            before = self.before.to_dict()
        else:
            before = self.before

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = self.select

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if before is not UNSET:
            field_dict["before"] = before
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if select is not UNSET:
            field_dict["select"] = select

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.checkpoint_selector import CheckpointSelector  # noqa: PLC0415
        from ..models.thread_history_request_metadata import ThreadHistoryRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        def _parse_before(data: object) -> CheckpointSelector | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_1 = CheckpointSelector.from_dict(data)

                return before_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointSelector | str | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ThreadHistoryRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ThreadHistoryRequestMetadata.from_dict(_metadata)

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        select = cast(list[str], d.pop("select", UNSET))

        thread_history_request = cls(
            limit=limit,
            before=before,
            metadata=metadata,
            checkpoint=checkpoint,
            select=select,
        )

        return thread_history_request
