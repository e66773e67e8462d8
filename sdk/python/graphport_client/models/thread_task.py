from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.interrupt import Interrupt
    from ..models.thread_state import ThreadState


T = TypeVar("T", bound="ThreadTask")


@_attrs_define
class ThreadTask:
    """A task of a step, pending or done.

    Attributes:
        id (str): The task id (the key of `Thread.interrupts`).
        name (str): The node the task runs.
        path (list[Any]): Where the task comes from, e.g. `["__pregel_pull", "counter"]` (strings, numbers or nested
            arrays).
        error (None | str): The error the task raised, as text; `null` if none.
        interrupts (list[Interrupt]):
        checkpoint (CheckpointConfig | None): For a subgraph task when subgraph states were not asked for, the
            subgraph's checkpoint; otherwise `null`.
        state (None | ThreadState): For a subgraph task when subgraph states were asked for, the subgraph's state;
            otherwise `null`.
        result (Any): What the task wrote (any JSON), `null` until it has finished.
    """

    id: str
    name: str
    path: list[Any]
    error: None | str
    interrupts: list[Interrupt]
    checkpoint: CheckpointConfig | None
    state: None | ThreadState
    result: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.thread_state import ThreadState  # noqa: PLC0415

        id = self.id

        name = self.name

        path = self.path

        error: None | str
        error = self.error

        interrupts = []
        for componentsschemas_interrupt_list_item_data in self.interrupts:
            componentsschemas_interrupt_list_item = componentsschemas_interrupt_list_item_data.to_dict()
            interrupts.append(componentsschemas_interrupt_list_item)

        checkpoint: dict[str, Any] | None
        if isinstance(self.checkpoint, CheckpointConfig):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        state: dict[str, Any] | None
        if isinstance(self.state, ThreadState):
            state = self.state.to_dict()
        else:
            state = self.state

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "path": path,
                "error": error,
                "interrupts": interrupts,
                "checkpoint": checkpoint,
                "state": state,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.interrupt import Interrupt  # noqa: PLC0415
        from ..models.thread_state import ThreadState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        path = cast(list[Any], d.pop("path"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        interrupts = []
        _interrupts = d.pop("interrupts")
        for componentsschemas_interrupt_list_item_data in _interrupts:
            componentsschemas_interrupt_list_item = Interrupt.from_dict(componentsschemas_interrupt_list_item_data)

            interrupts.append(componentsschemas_interrupt_list_item)

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

        def _parse_state(data: object) -> None | ThreadState:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = ThreadState.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadState, data)

        state = _parse_state(d.pop("state"))

        result = d.pop("result")

        thread_task = cls(
            id=id,
            name=name,
            path=path,
            error=error,
            interrupts=interrupts,
            checkpoint=checkpoint,
            state=state,
            result=result,
        )

        thread_task.additional_properties = d
        return thread_task

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
