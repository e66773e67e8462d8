from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerFlags")


@_attrs_define
class ServerFlags:
    """Features the server offers, each true or false. Clients ignore flags they do not know;
    more may be added.

        Attributes:
            assistants (bool): The assistants endpoints are served.
            crons (bool): Crons are served and executed.
            langsmith (bool): Runs are traced to LangSmith (needs a LangSmith API key and tracing turned on).
            langsmith_tracing_replicas (bool): A LangSmith tracing capability read by LangSmith tooling; the reference
                always reports true.
            langsmith_tracing_session_on_runs (bool): A LangSmith tracing capability read by LangSmith tooling; the
                reference always reports true.
    """

    assistants: bool
    crons: bool
    langsmith: bool
    langsmith_tracing_replicas: bool
    langsmith_tracing_session_on_runs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistants = self.assistants

        crons = self.crons

        langsmith = self.langsmith

        langsmith_tracing_replicas = self.langsmith_tracing_replicas

        langsmith_tracing_session_on_runs = self.langsmith_tracing_session_on_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistants": assistants,
                "crons": crons,
                "langsmith": langsmith,
                "langsmith_tracing_replicas": langsmith_tracing_replicas,
                "langsmith_tracing_session_on_runs": langsmith_tracing_session_on_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistants = d.pop("assistants")

        crons = d.pop("crons")

        langsmith = d.pop("langsmith")

        langsmith_tracing_replicas = d.pop("langsmith_tracing_replicas")

        langsmith_tracing_session_on_runs = d.pop("langsmith_tracing_session_on_runs")

        server_flags = cls(
            assistants=assistants,
            crons=crons,
            langsmith=langsmith,
            langsmith_tracing_replicas=langsmith_tracing_replicas,
            langsmith_tracing_session_on_runs=langsmith_tracing_session_on_runs,
        )

        server_flags.additional_properties = d
        return server_flags

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
