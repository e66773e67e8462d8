from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_update import CommandUpdate
    from ..models.send import Send


T = TypeVar("T", bound="Command")


@_attrs_define
class Command:
    """Resume, update or redirect a thread's graph (`langgraph.types.Command`).

    Attributes:
        update (CommandUpdate | list[Any] | None | Unset): State update applied before continuing (an object, or a list
            of `[key, value]` pairs).
        resume (Any | Unset): The value returned by the pending `interrupt()` call (any JSON).
        goto (list[Send] | list[str] | None | Send | str | Unset): Node name(s) or `Send` packet(s) to go to next.
    """

    update: CommandUpdate | list[Any] | None | Unset = UNSET
    resume: Any | Unset = UNSET
    goto: list[Send] | list[str] | None | Send | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.command_update import CommandUpdate  # noqa: PLC0415
        from ..models.send import Send  # noqa: PLC0415

        update: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(self.update, CommandUpdate):
            update = self.update.to_dict()
        elif isinstance(self.update, list):
            update = self.update

        else:
            update = self.update

        resume = self.resume

        goto: dict[str, Any] | list[dict[str, Any]] | list[str] | None | str | Unset
        if isinstance(self.goto, Unset):
            goto = UNSET
        elif isinstance(self.goto, Send):
            goto = self.goto.to_dict()
        elif isinstance(self.goto, list):
            goto = []
            for goto_type_1_item_data in self.goto:
                goto_type_1_item = goto_type_1_item_data.to_dict()
                goto.append(goto_type_1_item)

        elif isinstance(self.goto, list):
            goto = self.goto

        else:
            goto = self.goto

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if update is not UNSET:
            field_dict["update"] = update
        if resume is not UNSET:
            field_dict["resume"] = resume
        if goto is not UNSET:
            field_dict["goto"] = goto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_update import CommandUpdate  # noqa: PLC0415
        from ..models.send import Send  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_update(data: object) -> CommandUpdate | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_type_0 = CommandUpdate.from_dict(data)

                return update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                update_type_1 = cast(list[Any], data)

                return update_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandUpdate | list[Any] | None | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        resume = d.pop("resume", UNSET)

        def _parse_goto(data: object) -> list[Send] | list[str] | None | Send | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                goto_type_0 = Send.from_dict(data)

                return goto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goto_type_1 = []
                _goto_type_1 = data
                for goto_type_1_item_data in _goto_type_1:
                    goto_type_1_item = Send.from_dict(goto_type_1_item_data)

                    goto_type_1.append(goto_type_1_item)

                return goto_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goto_type_3 = cast(list[str], data)

                return goto_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Send] | list[str] | None | Send | str | Unset, data)

        goto = _parse_goto(d.pop("goto", UNSET))

        command = cls(
            update=update,
            resume=resume,
            goto=goto,
        )

        return command
