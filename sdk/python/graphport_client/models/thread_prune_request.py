from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.thread_prune_strategy import ThreadPruneStrategy, check_thread_prune_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadPruneRequest")


@_attrs_define
class ThreadPruneRequest:
    """Threads to prune and how.

    Attributes:
        thread_ids (list[UUID]):
        strategy (ThreadPruneStrategy | Unset): What goes when a thread expires or is pruned: `delete` removes the whole
            thread,
            `keep_latest` keeps the thread and its latest checkpoint and removes the older ones
            (after which an expiring thread's TTL counts again from that moment). A thread whose
            TTL ran out while a run of it is pending or running is swept once no run is active.
    """

    thread_ids: list[UUID]
    strategy: ThreadPruneStrategy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        thread_ids = []
        for thread_ids_item_data in self.thread_ids:
            thread_ids_item = str(thread_ids_item_data)
            thread_ids.append(thread_ids_item)

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "thread_ids": thread_ids,
            }
        )
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_ids = []
        _thread_ids = d.pop("thread_ids")
        for thread_ids_item_data in _thread_ids:
            thread_ids_item = UUID(thread_ids_item_data)

            thread_ids.append(thread_ids_item)

        _strategy = d.pop("strategy", UNSET)
        strategy: ThreadPruneStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_thread_prune_strategy(_strategy)

        thread_prune_request = cls(
            thread_ids=thread_ids,
            strategy=strategy,
        )

        return thread_prune_request
