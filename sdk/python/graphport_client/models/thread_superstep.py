from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.thread_superstep_update import ThreadSuperstepUpdate


T = TypeVar("T", bound="ThreadSuperstep")


@_attrs_define
class ThreadSuperstep:
    """Writes applied together as one step of the graph.

    Attributes:
        updates (list[ThreadSuperstepUpdate]):
    """

    updates: list[ThreadSuperstepUpdate]

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_superstep_update import ThreadSuperstepUpdate  # noqa: PLC0415

        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = ThreadSuperstepUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        thread_superstep = cls(
            updates=updates,
        )

        return thread_superstep
