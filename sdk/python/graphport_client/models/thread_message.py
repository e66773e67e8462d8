from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_event_type import MessageEventType, check_message_event_type

if TYPE_CHECKING:
    from ..models.run_feedback_summary import RunFeedbackSummary
    from ..models.thread_message_message import ThreadMessageMessage


T = TypeVar("T", bound="ThreadMessage")


@_attrs_define
class ThreadMessage:
    """A message a run of the thread recorded, with the caller's feedback on that run where it applies.

    Attributes:
        seq (int): The message's position in the thread's event log (increasing across the thread's runs).
        run_id (UUID):
        event_type (MessageEventType): The kind of a stored message, after the LangChain message type it holds.
        message (ThreadMessageMessage): The LangChain message, serialised as `messages` stream events carry it (`type`,
            `content`, `id`, ...).
        created_at (datetime.datetime):
        feedback (None | RunFeedbackSummary): On the last AI message of a run the caller rated, that feedback; otherwise
            `null`.
    """

    seq: int
    run_id: UUID
    event_type: MessageEventType
    message: ThreadMessageMessage
    created_at: datetime.datetime
    feedback: None | RunFeedbackSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_feedback_summary import RunFeedbackSummary  # noqa: PLC0415

        seq = self.seq

        run_id = str(self.run_id)

        event_type: str = self.event_type

        message = self.message.to_dict()

        created_at = self.created_at.isoformat()

        feedback: dict[str, Any] | None
        if isinstance(self.feedback, RunFeedbackSummary):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "run_id": run_id,
                "event_type": event_type,
                "message": message,
                "created_at": created_at,
                "feedback": feedback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_feedback_summary import RunFeedbackSummary  # noqa: PLC0415
        from ..models.thread_message_message import ThreadMessageMessage  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        run_id = UUID(d.pop("run_id"))

        event_type = check_message_event_type(d.pop("event_type"))

        message = ThreadMessageMessage.from_dict(d.pop("message"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_feedback(data: object) -> None | RunFeedbackSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = RunFeedbackSummary.from_dict(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunFeedbackSummary, data)

        feedback = _parse_feedback(d.pop("feedback"))

        thread_message = cls(
            seq=seq,
            run_id=run_id,
            event_type=event_type,
            message=message,
            created_at=created_at,
            feedback=feedback,
        )

        thread_message.additional_properties = d
        return thread_message

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
