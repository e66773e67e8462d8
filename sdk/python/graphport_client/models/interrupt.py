from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interrupt_response_schema import InterruptResponseSchema


T = TypeVar("T", bound="Interrupt")


@_attrs_define
class Interrupt:
    """A pause raised by `interrupt(value)` inside a node.

    Attributes:
        value (Any): The value passed to `interrupt()` (any JSON).
        id (None | str | Unset):
        response_schema (InterruptResponseSchema | None | Unset):
    """

    value: Any
    id: None | str | Unset = UNSET
    response_schema: InterruptResponseSchema | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.interrupt_response_schema import InterruptResponseSchema  # noqa: PLC0415

        value = self.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        response_schema: dict[str, Any] | None | Unset
        if isinstance(self.response_schema, Unset):
            response_schema = UNSET
        elif isinstance(self.response_schema, InterruptResponseSchema):
            response_schema = self.response_schema.to_dict()
        else:
            response_schema = self.response_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if response_schema is not UNSET:
            field_dict["response_schema"] = response_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interrupt_response_schema import InterruptResponseSchema  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_response_schema(data: object) -> InterruptResponseSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_schema_type_0 = InterruptResponseSchema.from_dict(data)

                return response_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterruptResponseSchema | None | Unset, data)

        response_schema = _parse_response_schema(d.pop("response_schema", UNSET))

        interrupt = cls(
            value=value,
            id=id,
            response_schema=response_schema,
        )

        interrupt.additional_properties = d
        return interrupt

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
