from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.checkpoint_selector_checkpoint_map import CheckpointSelectorCheckpointMap


T = TypeVar("T", bound="CheckpointSelector")


@_attrs_define
class CheckpointSelector:
    """A checkpoint, given either flat (`{checkpoint_id, checkpoint_ns, ...}`, as a state's
    `checkpoint` reads) or wrapped in a config (`{configurable: {checkpoint_id, ...}}`, as the
    JS SDK passes it). When both forms are present, `configurable` wins; other keys (the
    rest of a config) are ignored.

        Attributes:
            thread_id (str | Unset):
            checkpoint_ns (str | Unset):
            checkpoint_id (str | Unset):
            checkpoint_map (CheckpointSelectorCheckpointMap | Unset):
            configurable (CheckpointConfig | Unset): Identifies one checkpoint of a thread.
    """

    thread_id: str | Unset = UNSET
    checkpoint_ns: str | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    checkpoint_map: CheckpointSelectorCheckpointMap | Unset = UNSET
    configurable: CheckpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        checkpoint_ns = self.checkpoint_ns

        checkpoint_id = self.checkpoint_id

        checkpoint_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_map, Unset):
            checkpoint_map = self.checkpoint_map.to_dict()

        configurable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurable, Unset):
            configurable = self.configurable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if checkpoint_ns is not UNSET:
            field_dict["checkpoint_ns"] = checkpoint_ns
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if checkpoint_map is not UNSET:
            field_dict["checkpoint_map"] = checkpoint_map
        if configurable is not UNSET:
            field_dict["configurable"] = configurable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.checkpoint_selector_checkpoint_map import CheckpointSelectorCheckpointMap  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = d.pop("thread_id", UNSET)

        checkpoint_ns = d.pop("checkpoint_ns", UNSET)

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        _checkpoint_map = d.pop("checkpoint_map", UNSET)
        checkpoint_map: CheckpointSelectorCheckpointMap | Unset
        if isinstance(_checkpoint_map, Unset):
            checkpoint_map = UNSET
        else:
            checkpoint_map = CheckpointSelectorCheckpointMap.from_dict(_checkpoint_map)

        _configurable = d.pop("configurable", UNSET)
        configurable: CheckpointConfig | Unset
        if isinstance(_configurable, Unset):
            configurable = UNSET
        else:
            configurable = CheckpointConfig.from_dict(_configurable)

        checkpoint_selector = cls(
            thread_id=thread_id,
            checkpoint_ns=checkpoint_ns,
            checkpoint_id=checkpoint_id,
            checkpoint_map=checkpoint_map,
            configurable=configurable,
        )

        checkpoint_selector.additional_properties = d
        return checkpoint_selector

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
