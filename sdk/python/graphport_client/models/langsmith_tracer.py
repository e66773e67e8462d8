from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LangsmithTracer")


@_attrs_define
class LangsmithTracer:
    """LangSmith tracing options. Accepted and recorded in the run's kwargs; graphport does not send traces.

    Attributes:
        project_name (str | Unset):
        example_id (str | Unset):
    """

    project_name: str | Unset = UNSET
    example_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        example_id = self.example_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if example_id is not UNSET:
            field_dict["example_id"] = example_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        example_id = d.pop("example_id", UNSET)

        langsmith_tracer = cls(
            project_name=project_name,
            example_id=example_id,
        )

        return langsmith_tracer
