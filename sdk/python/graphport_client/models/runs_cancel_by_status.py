from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.runs_cancel_status import RunsCancelStatus, check_runs_cancel_status

T = TypeVar("T", bound="RunsCancelByStatus")


@_attrs_define
class RunsCancelByStatus:
    """Cancel every run with this status.

    Attributes:
        status (RunsCancelStatus): Cancel every run with this status (`all` = pending and running).
    """

    status: RunsCancelStatus

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_runs_cancel_status(d.pop("status"))

        runs_cancel_by_status = cls(
            status=status,
        )

        return runs_cancel_by_status
