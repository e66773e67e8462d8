from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallerTokenUsage")


@_attrs_define
class CallerTokenUsage:
    """Tokens by the part of the agent that made the model call.

    Attributes:
        lead_agent (int): Calls made by the top-level graph.
        subagent (int): Calls made inside subagents (subgraphs).
        middleware (int): Calls made by middleware (summarisation, titles, ...) rather than by the agent's own steps.
    """

    lead_agent: int
    subagent: int
    middleware: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_agent = self.lead_agent

        subagent = self.subagent

        middleware = self.middleware

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead_agent": lead_agent,
                "subagent": subagent,
                "middleware": middleware,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_agent = d.pop("lead_agent")

        subagent = d.pop("subagent")

        middleware = d.pop("middleware")

        caller_token_usage = cls(
            lead_agent=lead_agent,
            subagent=subagent,
            middleware=middleware,
        )

        caller_token_usage.additional_properties = d
        return caller_token_usage

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
