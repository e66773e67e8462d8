from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.caller_token_usage import CallerTokenUsage
    from ..models.thread_token_usage_by_model import ThreadTokenUsageByModel


T = TypeVar("T", bound="ThreadTokenUsage")


@_attrs_define
class ThreadTokenUsage:
    """Model token usage of a thread's runs.

    Attributes:
        thread_id (UUID):
        total_tokens (int):
        total_input_tokens (int):
        total_output_tokens (int):
        total_runs (int): How many runs were counted (every run that has ended; with `include_active`, running runs
            too).
        by_model (ThreadTokenUsageByModel): Usage by model name.
        by_caller (CallerTokenUsage): Tokens by the part of the agent that made the model call.
    """

    thread_id: UUID
    total_tokens: int
    total_input_tokens: int
    total_output_tokens: int
    total_runs: int
    by_model: ThreadTokenUsageByModel
    by_caller: CallerTokenUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        total_tokens = self.total_tokens

        total_input_tokens = self.total_input_tokens

        total_output_tokens = self.total_output_tokens

        total_runs = self.total_runs

        by_model = self.by_model.to_dict()

        by_caller = self.by_caller.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "total_tokens": total_tokens,
                "total_input_tokens": total_input_tokens,
                "total_output_tokens": total_output_tokens,
                "total_runs": total_runs,
                "by_model": by_model,
                "by_caller": by_caller,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_token_usage import CallerTokenUsage  # noqa: PLC0415
        from ..models.thread_token_usage_by_model import ThreadTokenUsageByModel  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        total_tokens = d.pop("total_tokens")

        total_input_tokens = d.pop("total_input_tokens")

        total_output_tokens = d.pop("total_output_tokens")

        total_runs = d.pop("total_runs")

        by_model = ThreadTokenUsageByModel.from_dict(d.pop("by_model"))

        by_caller = CallerTokenUsage.from_dict(d.pop("by_caller"))

        thread_token_usage = cls(
            thread_id=thread_id,
            total_tokens=total_tokens,
            total_input_tokens=total_input_tokens,
            total_output_tokens=total_output_tokens,
            total_runs=total_runs,
            by_model=by_model,
            by_caller=by_caller,
        )

        thread_token_usage.additional_properties = d
        return thread_token_usage

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
