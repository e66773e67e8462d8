from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssistantVersionChange")


@_attrs_define
class AssistantVersionChange:
    """The body of `set_latest_assistant_version`.

    Attributes:
        version (int): The stored version to make current.
    """

    version: int

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        assistant_version_change = cls(
            version=version,
        )

        return assistant_version_change
