from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state_metadata import ThreadStateMetadata
    from ..models.thread_state_values import ThreadStateValues
    from ..models.thread_task import ThreadTask


T = TypeVar("T", bound="ThreadState")


@_attrs_define
class ThreadState:
    """A thread's state at one checkpoint.

    Attributes:
        values (list[Any] | ThreadStateValues): The state values (narrowed by a `values.<key>` selection).
        next_ (list[str]): The nodes that run next; empty when the graph is done until new input arrives.
        tasks (list[ThreadTask]): The tasks of the next step, with the errors and interrupts of those already tried.
        metadata (None | ThreadStateMetadata): The checkpoint's metadata (`source`, `step`, `run_id`, ...); `null` when
            there is no checkpoint.
        created_at (datetime.datetime | None): When the checkpoint was written; `null` when there is no checkpoint.
        checkpoint (CheckpointConfig | None): This checkpoint; `null` when the thread has none.
        parent_checkpoint (CheckpointConfig | None): The checkpoint before this one; `null` for the first.
        interrupts (list[Interrupt]):
        checkpoint_id (None | str): Same as `checkpoint.checkpoint_id`.
        parent_checkpoint_id (None | str): Same as `parent_checkpoint.checkpoint_id`.
    """

    values: list[Any] | ThreadStateValues
    next_: list[str]
    tasks: list[ThreadTask]
    metadata: None | ThreadStateMetadata
    created_at: datetime.datetime | None
    checkpoint: CheckpointConfig | None
    parent_checkpoint: CheckpointConfig | None
    interrupts: list[Interrupt]
    checkpoint_id: None | str
    parent_checkpoint_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state_metadata import ThreadStateMetadata  # noqa: PLC0415
        from ..models.thread_state_values import ThreadStateValues  # noqa: PLC0415

        values: dict[str, Any] | list[Any]
        if isinstance(self.values, ThreadStateValues):
            values = self.values.to_dict()
        else:
            values = self.values

        next_ = self.next_

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ThreadStateMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        checkpoint: dict[str, Any] | None
        if isinstance(self.checkpoint, CheckpointConfig):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        parent_checkpoint: dict[str, Any] | None
        if isinstance(self.parent_checkpoint, CheckpointConfig):
            parent_checkpoint = self.parent_checkpoint.to_dict()
        else:
            parent_checkpoint = self.parent_checkpoint

        interrupts = []
        for componentsschemas_interrupt_list_item_data in self.interrupts:
            componentsschemas_interrupt_list_item = componentsschemas_interrupt_list_item_data.to_dict()
            interrupts.append(componentsschemas_interrupt_list_item)

        checkpoint_id: None | str
        checkpoint_id = self.checkpoint_id

        parent_checkpoint_id: None | str
        parent_checkpoint_id = self.parent_checkpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "next": next_,
                "tasks": tasks,
                "metadata": metadata,
                "created_at": created_at,
                "checkpoint": checkpoint,
                "parent_checkpoint": parent_checkpoint,
                "interrupts": interrupts,
                "checkpoint_id": checkpoint_id,
                "parent_checkpoint_id": parent_checkpoint_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.interrupt import Interrupt  # noqa: PLC0415
        from ..models.thread_state_metadata import ThreadStateMetadata  # noqa: PLC0415
        from ..models.thread_state_values import ThreadStateValues  # noqa: PLC0415
        from ..models.thread_task import ThreadTask  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_values(data: object) -> list[Any] | ThreadStateValues:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = ThreadStateValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            values_type_1 = cast(list[Any], data)

            return values_type_1

        values = _parse_values(d.pop("values"))

        next_ = cast(list[str], d.pop("next"))

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = ThreadTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        def _parse_metadata(data: object) -> None | ThreadStateMetadata:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ThreadStateMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadStateMetadata, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_checkpoint(data: object) -> CheckpointConfig | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoint_type_0 = CheckpointConfig.from_dict(data)

                return checkpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointConfig | None, data)

        checkpoint = _parse_checkpoint(d.pop("checkpoint"))

        def _parse_parent_checkpoint(data: object) -> CheckpointConfig | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_checkpoint_type_0 = CheckpointConfig.from_dict(data)

                return parent_checkpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointConfig | None, data)

        parent_checkpoint = _parse_parent_checkpoint(d.pop("parent_checkpoint"))

        interrupts = []
        _interrupts = d.pop("interrupts")
        for componentsschemas_interrupt_list_item_data in _interrupts:
            componentsschemas_interrupt_list_item = Interrupt.from_dict(componentsschemas_interrupt_list_item_data)

            interrupts.append(componentsschemas_interrupt_list_item)

        def _parse_checkpoint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checkpoint_id = _parse_checkpoint_id(d.pop("checkpoint_id"))

        def _parse_parent_checkpoint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_checkpoint_id = _parse_parent_checkpoint_id(d.pop("parent_checkpoint_id"))

        thread_state = cls(
            values=values,
            next_=next_,
            tasks=tasks,
            metadata=metadata,
            created_at=created_at,
            checkpoint=checkpoint,
            parent_checkpoint=parent_checkpoint,
            interrupts=interrupts,
            checkpoint_id=checkpoint_id,
            parent_checkpoint_id=parent_checkpoint_id,
        )

        thread_state.additional_properties = d
        return thread_state

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
