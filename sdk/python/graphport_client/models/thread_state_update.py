from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.thread_state_update_values import ThreadStateUpdateValues


T = TypeVar("T", bound="ThreadStateUpdate")


@_attrs_define
class ThreadStateUpdate:
    """A write to a thread's state.

    Attributes:
        values (list[Any] | None | ThreadStateUpdateValues | Unset): The values to write, passed through the graph's
            reducers.
        checkpoint (CheckpointConfig | Unset): Identifies one checkpoint of a thread.
        checkpoint_id (str | Unset): Fork from the checkpoint with this id (prefer `checkpoint`).
        as_node (str | Unset): The node the write is attributed to, which decides what runs next.
    """

    values: list[Any] | None | ThreadStateUpdateValues | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    as_node: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_state_update_values import ThreadStateUpdateValues  # noqa: PLC0415

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, ThreadStateUpdateValues):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        checkpoint_id = self.checkpoint_id

        as_node = self.as_node

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if as_node is not UNSET:
            field_dict["as_node"] = as_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state_update_values import ThreadStateUpdateValues  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_values(data: object) -> list[Any] | None | ThreadStateUpdateValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = ThreadStateUpdateValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_1 = cast(list[Any], data)

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ThreadStateUpdateValues | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        as_node = d.pop("as_node", UNSET)

        thread_state_update = cls(
            values=values,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            as_node=as_node,
        )

        return thread_state_update
