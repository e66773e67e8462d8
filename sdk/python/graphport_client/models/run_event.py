from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunEvent")


@_attrs_define
class RunEvent:
    """One entry of a run's event log.

    Attributes:
        seq (int): The event's position in the thread's event log (increasing across the thread's runs).
        run_id (UUID):
        event_type (str): The SSE event name (`values`, `messages`, `updates|<namespace>`, `error`, ...), the
            name of a lifecycle event (`metadata`, `run_done`) or of a history row
            (`human_message`, `ai_message`, `tool_message`, `system_message`, `token_usage`).
        data (Any): The event's payload (any JSON), as the stream carried it.
        created_at (datetime.datetime):
    """

    seq: int
    run_id: UUID
    event_type: str
    data: Any
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        run_id = str(self.run_id)

        event_type = self.event_type

        data = self.data

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "run_id": run_id,
                "event_type": event_type,
                "data": data,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        run_id = UUID(d.pop("run_id"))

        event_type = d.pop("event_type")

        data = d.pop("data")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        run_event = cls(
            seq=seq,
            run_id=run_id,
            event_type=event_type,
            data=data,
            created_at=created_at,
        )

        run_event.additional_properties = d
        return run_event

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
