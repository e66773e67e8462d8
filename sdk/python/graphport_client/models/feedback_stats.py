from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedbackStats")


@_attrs_define
class FeedbackStats:
    """Feedback counts for a thread's runs.

    Attributes:
        thread_id (UUID):
        total (int): `positive` plus `negative`.
        positive (int):
        negative (int):
    """

    thread_id: UUID
    total: int
    positive: int
    negative: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        total = self.total

        positive = self.positive

        negative = self.negative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "total": total,
                "positive": positive,
                "negative": negative,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        total = d.pop("total")

        positive = d.pop("positive")

        negative = d.pop("negative")

        feedback_stats = cls(
            thread_id=thread_id,
            total=total,
            positive=positive,
            negative=negative,
        )

        feedback_stats.additional_properties = d
        return feedback_stats

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
