from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.health_status_services import HealthStatusServices


T = TypeVar("T", bound="HealthStatus")


@_attrs_define
class HealthStatus:
    """A health report.

    Attributes:
        ok (bool): True when every probed dependency is healthy.
        services (HealthStatusServices): The state of each back-end dependency, by name (may be empty).
    """

    ok: bool
    services: HealthStatusServices
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "services": services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_status_services import HealthStatusServices  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        services = HealthStatusServices.from_dict(d.pop("services"))

        health_status = cls(
            ok=ok,
            services=services,
        )

        health_status.additional_properties = d
        return health_status

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
