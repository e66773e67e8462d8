from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStreamMetadata")


@_attrs_define
class RunStreamMetadata:
    """Data of a `metadata` event: the first event of a run stream `{run_id, attempt}`, or, on
    the thread stream, `{status: "run_done", run_id}` when a run ends.

        Attributes:
            run_id (UUID):
            attempt (int | Unset):
            status (str | Unset):
    """

    run_id: UUID
    attempt: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        attempt = self.attempt

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = UUID(d.pop("run_id"))

        attempt = d.pop("attempt", UNSET)

        status = d.pop("status", UNSET)

        run_stream_metadata = cls(
            run_id=run_id,
            attempt=attempt,
            status=status,
        )

        run_stream_metadata.additional_properties = d
        return run_stream_metadata

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
