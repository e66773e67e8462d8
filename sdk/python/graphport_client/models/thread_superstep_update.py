from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command import Command
    from ..models.thread_superstep_update_values import ThreadSuperstepUpdateValues


T = TypeVar("T", bound="ThreadSuperstepUpdate")


@_attrs_define
class ThreadSuperstepUpdate:
    """One write in a superstep, applied as if `as_node` had produced it.

    Attributes:
        as_node (str): The node the write is attributed to (`__input__` for graph input).
        values (list[Any] | None | ThreadSuperstepUpdateValues | Unset): The values written (ignored when `command` is
            given).
        command (Command | None | Unset): A command to apply instead of `values`.
    """

    as_node: str
    values: list[Any] | None | ThreadSuperstepUpdateValues | Unset = UNSET
    command: Command | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.command import Command  # noqa: PLC0415
        from ..models.thread_superstep_update_values import ThreadSuperstepUpdateValues  # noqa: PLC0415

        as_node = self.as_node

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, ThreadSuperstepUpdateValues):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        command: dict[str, Any] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "as_node": as_node,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if command is not UNSET:
            field_dict["command"] = command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command import Command  # noqa: PLC0415
        from ..models.thread_superstep_update_values import ThreadSuperstepUpdateValues  # noqa: PLC0415

        d = dict(src_dict)
        as_node = d.pop("as_node")

        def _parse_values(data: object) -> list[Any] | None | ThreadSuperstepUpdateValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = ThreadSuperstepUpdateValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_1 = cast(list[Any], data)

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ThreadSuperstepUpdateValues | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_command(data: object) -> Command | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                command_type_0 = Command.from_dict(data)

                return command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Command | None | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        thread_superstep_update = cls(
            as_node=as_node,
            values=values,
            command=command,
        )

        return thread_superstep_update
