from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThreadSearchRequestExtract")


@_attrs_define
class ThreadSearchRequestExtract:
    """Values to pull out of each thread, by alias (at most 10). A path starts with `values`,
    `metadata`, `config` or `interrupts` and goes on with `.key` and `[index]` steps
    (`[-1]` is the last item), e.g. `values.messages[-1].content`. An alias is an
    identifier. (The reference also refuses aliases equal to thread field names; the
    results live in `extracted`, so graphport has no reason to.)

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_search_request_extract = cls()

        thread_search_request_extract.additional_properties = d
        return thread_search_request_extract

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
