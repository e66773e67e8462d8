from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.runs_cancel_status import RunsCancelStatus, check_runs_cancel_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunsCancel")


@_attrs_define
class RunsCancel:
    """Which runs to cancel. Either `thread_id` with `run_ids`, or `status`.

    Attributes:
        thread_id (UUID | Unset):
        run_ids (list[UUID] | Unset):
        status (RunsCancelStatus | Unset): Cancel every run with this status (`all` = pending and running).
    """

    thread_id: UUID | Unset = UNSET
    run_ids: list[UUID] | Unset = UNSET
    status: RunsCancelStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        run_ids: list[str] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = []
            for run_ids_item_data in self.run_ids:
                run_ids_item = str(run_ids_item_data)
                run_ids.append(run_ids_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        _run_ids = d.pop("run_ids", UNSET)
        run_ids: list[UUID] | Unset = UNSET
        if _run_ids is not UNSET:
            run_ids = []
            for run_ids_item_data in _run_ids:
                run_ids_item = UUID(run_ids_item_data)

                run_ids.append(run_ids_item)

        _status = d.pop("status", UNSET)
        status: RunsCancelStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_runs_cancel_status(_status)

        runs_cancel = cls(
            thread_id=thread_id,
            run_ids=run_ids,
            status=status,
        )

        return runs_cancel
