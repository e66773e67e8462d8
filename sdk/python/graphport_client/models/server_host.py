from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerHost")


@_attrs_define
class ServerHost:
    """Where the server runs. A self-hosted server reports `kind` only; the ids are null.

    Attributes:
        kind (str): The kind of host (`self-hosted` for graphport).
        project_id (None | str): The hosting project's id, if any.
        host_revision_id (None | str): The host's revision id, if any.
        revision_id (None | str): The deployed revision's id, if any.
        tenant_id (None | str): The tenant's id, if any.
    """

    kind: str
    project_id: None | str
    host_revision_id: None | str
    revision_id: None | str
    tenant_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        project_id: None | str
        project_id = self.project_id

        host_revision_id: None | str
        host_revision_id = self.host_revision_id

        revision_id: None | str
        revision_id = self.revision_id

        tenant_id: None | str
        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "project_id": project_id,
                "host_revision_id": host_revision_id,
                "revision_id": revision_id,
                "tenant_id": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_host_revision_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host_revision_id = _parse_host_revision_id(d.pop("host_revision_id"))

        def _parse_revision_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revision_id = _parse_revision_id(d.pop("revision_id"))

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id"))

        server_host = cls(
            kind=kind,
            project_id=project_id,
            host_revision_id=host_revision_id,
            revision_id=revision_id,
            tenant_id=tenant_id,
        )

        server_host.additional_properties = d
        return server_host

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
