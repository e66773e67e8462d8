from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.thread_state_update_response_configurable import ThreadStateUpdateResponseConfigurable


T = TypeVar("T", bound="ThreadStateUpdateResponse")


@_attrs_define
class ThreadStateUpdateResponse:
    """The checkpoint a state write produced.

    Attributes:
        checkpoint (CheckpointConfig): Identifies one checkpoint of a thread.
        configurable (ThreadStateUpdateResponseConfigurable): The new checkpoint's keys as a config's `configurable`.
        checkpoint_id (str): Same as `checkpoint.checkpoint_id`.
    """

    checkpoint: CheckpointConfig
    configurable: ThreadStateUpdateResponseConfigurable
    checkpoint_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        configurable = self.configurable.to_dict()

        checkpoint_id = self.checkpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
                "configurable": configurable,
                "checkpoint_id": checkpoint_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state_update_response_configurable import ThreadStateUpdateResponseConfigurable  # noqa: PLC0415

        d = dict(src_dict)
        checkpoint = CheckpointConfig.from_dict(d.pop("checkpoint"))

        configurable = ThreadStateUpdateResponseConfigurable.from_dict(d.pop("configurable"))

        checkpoint_id = d.pop("checkpoint_id")

        thread_state_update_response = cls(
            checkpoint=checkpoint,
            configurable=configurable,
            checkpoint_id=checkpoint_id,
        )

        thread_state_update_response.additional_properties = d
        return thread_state_update_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
