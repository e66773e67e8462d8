from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.interrupt import Interrupt


T = TypeVar("T", bound="ThreadFieldsInterrupts")


@_attrs_define
class ThreadFieldsInterrupts:
    """The pending interrupts, by the id of the task that raised them; `{}` when none.
    Absent on a thread that has had no run and no state write yet.

    """

    additional_properties: dict[str, list[Interrupt]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for componentsschemas_interrupt_list_item_data in prop:
                componentsschemas_interrupt_list_item = componentsschemas_interrupt_list_item_data.to_dict()
                field_dict[prop_name].append(componentsschemas_interrupt_list_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interrupt import Interrupt  # noqa: PLC0415

        d = dict(src_dict)
        thread_fields_interrupts = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for componentsschemas_interrupt_list_item_data in _additional_property:
                componentsschemas_interrupt_list_item = Interrupt.from_dict(componentsschemas_interrupt_list_item_data)

                additional_property.append(componentsschemas_interrupt_list_item)

            additional_properties[prop_name] = additional_property

        thread_fields_interrupts.additional_properties = additional_properties
        return thread_fields_interrupts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Interrupt]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Interrupt]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
