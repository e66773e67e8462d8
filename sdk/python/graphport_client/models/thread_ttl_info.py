from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_prune_strategy import ThreadPruneStrategy, check_thread_prune_strategy

T = TypeVar("T", bound="ThreadTtlInfo")


@_attrs_define
class ThreadTtlInfo:
    """A thread's time-to-live as it stands.

    Attributes:
        strategy (ThreadPruneStrategy): What goes when a thread expires or is pruned: `delete` removes the whole thread,
            `keep_latest` keeps the thread and its latest checkpoint and removes the older ones
            (after which an expiring thread's TTL counts again from that moment). A thread whose
            TTL ran out while a run of it is pending or running is swept once no run is active.
        ttl_minutes (float): The time-to-live that was set, in minutes.
        expires_at (datetime.datetime): When the thread expires.
    """

    strategy: ThreadPruneStrategy
    ttl_minutes: float
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        ttl_minutes = self.ttl_minutes

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "ttl_minutes": ttl_minutes,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strategy = check_thread_prune_strategy(d.pop("strategy"))

        ttl_minutes = d.pop("ttl_minutes")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        thread_ttl_info = cls(
            strategy=strategy,
            ttl_minutes=ttl_minutes,
            expires_at=expires_at,
        )

        thread_ttl_info.additional_properties = d
        return thread_ttl_info

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
