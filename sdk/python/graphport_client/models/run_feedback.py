from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_rating import FeedbackRating, check_feedback_rating

T = TypeVar("T", bound="RunFeedback")


@_attrs_define
class RunFeedback:
    """A user's rating of a run.

    Attributes:
        feedback_id (UUID):
        thread_id (UUID):
        run_id (UUID):
        rating (FeedbackRating): `1` is a thumbs up, `-1` a thumbs down.
        comment (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    feedback_id: UUID
    thread_id: UUID
    run_id: UUID
    rating: FeedbackRating
    comment: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = str(self.feedback_id)

        thread_id = str(self.thread_id)

        run_id = str(self.run_id)

        rating: int = self.rating

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "thread_id": thread_id,
                "run_id": run_id,
                "rating": rating,
                "comment": comment,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = UUID(d.pop("feedback_id"))

        thread_id = UUID(d.pop("thread_id"))

        run_id = UUID(d.pop("run_id"))

        rating = check_feedback_rating(d.pop("rating"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        run_feedback = cls(
            feedback_id=feedback_id,
            thread_id=thread_id,
            run_id=run_id,
            rating=rating,
            comment=comment,
            created_at=created_at,
            updated_at=updated_at,
        )

        run_feedback.additional_properties = d
        return run_feedback

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
