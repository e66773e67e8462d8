from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_event_type import MessageEventType, check_message_event_type

if TYPE_CHECKING:
    from ..models.run_message_message import RunMessageMessage


T = TypeVar("T", bound="RunMessage")


@_attrs_define
class RunMessage:
    """A message a run recorded.

    Attributes:
        seq (int): The message's position in the thread's event log (increasing across the thread's runs).
        run_id (UUID):
        event_type (MessageEventType): The kind of a stored message, after the LangChain message type it holds.
        message (RunMessageMessage): The LangChain message, serialised as `messages` stream events carry it (`type`,
            `content`, `id`, ...).
        created_at (datetime.datetime):
    """

    seq: int
    run_id: UUID
    event_type: MessageEventType
    message: RunMessageMessage
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        run_id = str(self.run_id)

        event_type: str = self.event_type

        message = self.message.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "run_id": run_id,
                "event_type": event_type,
                "message": message,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_message_message import RunMessageMessage  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        run_id = UUID(d.pop("run_id"))

        event_type = check_message_event_type(d.pop("event_type"))

        message = RunMessageMessage.from_dict(d.pop("message"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        run_message = cls(
            seq=seq,
            run_id=run_id,
            event_type=event_type,
            message=message,
            created_at=created_at,
        )

        run_message.additional_properties = d
        return run_message

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
