from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RunsCancelByIds")


@_attrs_define
class RunsCancelByIds:
    """Cancel these runs of this thread (those no longer active are skipped).

    Attributes:
        thread_id (UUID):
        run_ids (list[UUID]):
    """

    thread_id: UUID
    run_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        thread_id = str(self.thread_id)

        run_ids = []
        for run_ids_item_data in self.run_ids:
            run_ids_item = str(run_ids_item_data)
            run_ids.append(run_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thread_id": thread_id,
                "run_ids": run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        run_ids = []
        _run_ids = d.pop("run_ids")
        for run_ids_item_data in _run_ids:
            run_ids_item = UUID(run_ids_item_data)

            run_ids.append(run_ids_item)

        runs_cancel_by_ids = cls(
            thread_id=thread_id,
            run_ids=run_ids,
        )

        return runs_cancel_by_ids
