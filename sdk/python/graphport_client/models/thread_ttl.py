from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.thread_prune_strategy import ThreadPruneStrategy, check_thread_prune_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadTtl")


@_attrs_define
class ThreadTtl:
    """A time-to-live for a thread, counted from when it is set.

    Attributes:
        ttl (float): Minutes until the thread expires.
        strategy (ThreadPruneStrategy | Unset): What goes when a thread expires or is pruned: `delete` removes the whole
            thread,
            `keep_latest` keeps the thread and its latest checkpoint and removes the older ones
            (after which an expiring thread's TTL counts again from that moment). A thread whose
            TTL ran out while a run of it is pending or running is swept once no run is active.
    """

    ttl: float
    strategy: ThreadPruneStrategy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ttl": ttl,
            }
        )
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ttl = d.pop("ttl")

        _strategy = d.pop("strategy", UNSET)
        strategy: ThreadPruneStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_thread_prune_strategy(_strategy)

        thread_ttl = cls(
            ttl=ttl,
            strategy=strategy,
        )

        return thread_ttl
