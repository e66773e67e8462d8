from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.thread_state import ThreadState


T = TypeVar("T", bound="StateUpdateEventData")


@_attrs_define
class StateUpdateEventData:
    """The data of a `state_update` event.

    Attributes:
        state (ThreadState): A thread's state at one checkpoint.
        thread_id (UUID):
    """

    state: ThreadState
    thread_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.to_dict()

        thread_id = str(self.thread_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "thread_id": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_state import ThreadState  # noqa: PLC0415

        d = dict(src_dict)
        state = ThreadState.from_dict(d.pop("state"))

        thread_id = UUID(d.pop("thread_id"))

        state_update_event_data = cls(
            state=state,
            thread_id=thread_id,
        )

        state_update_event_data.additional_properties = d
        return state_update_event_data

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
