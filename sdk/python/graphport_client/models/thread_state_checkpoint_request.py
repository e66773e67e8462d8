from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig


T = TypeVar("T", bound="ThreadStateCheckpointRequest")


@_attrs_define
class ThreadStateCheckpointRequest:
    """Which checkpoint's state to read.

    Attributes:
        checkpoint (CheckpointConfig): Identifies one checkpoint of a thread.
        subgraphs (bool | Unset): Also return the state of subgraphs, nested in `tasks[].state`. Default: False.
        select (list[str] | Unset): As the `select` query parameter of `get_thread_state`.
    """

    checkpoint: CheckpointConfig
    subgraphs: bool | Unset = False
    select: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        subgraphs = self.subgraphs

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = self.select

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checkpoint": checkpoint,
            }
        )
        if subgraphs is not UNSET:
            field_dict["subgraphs"] = subgraphs
        if select is not UNSET:
            field_dict["select"] = select

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415

        d = dict(src_dict)
        checkpoint = CheckpointConfig.from_dict(d.pop("checkpoint"))

        subgraphs = d.pop("subgraphs", UNSET)

        select = cast(list[str], d.pop("select", UNSET))

        thread_state_checkpoint_request = cls(
            checkpoint=checkpoint,
            subgraphs=subgraphs,
            select=select,
        )

        return thread_state_checkpoint_request
