from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_configurable import ConfigConfigurable


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """A LangChain `RunnableConfig` subset passed to the graph.

    Attributes:
        tags (list[str] | Unset):
        recursion_limit (int | Unset):
        configurable (ConfigConfigurable | Unset): Values read by the graph through `config["configurable"]`.
    """

    tags: list[str] | Unset = UNSET
    recursion_limit: int | Unset = UNSET
    configurable: ConfigConfigurable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recursion_limit = self.recursion_limit

        configurable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurable, Unset):
            configurable = self.configurable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recursion_limit is not UNSET:
            field_dict["recursion_limit"] = recursion_limit
        if configurable is not UNSET:
            field_dict["configurable"] = configurable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_configurable import ConfigConfigurable  # noqa: PLC0415

        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags", UNSET))

        recursion_limit = d.pop("recursion_limit", UNSET)

        _configurable = d.pop("configurable", UNSET)
        configurable: ConfigConfigurable | Unset
        if isinstance(_configurable, Unset):
            configurable = UNSET
        else:
            configurable = ConfigConfigurable.from_dict(_configurable)

        config = cls(
            tags=tags,
            recursion_limit=recursion_limit,
            configurable=configurable,
        )

        config.additional_properties = d
        return config

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
