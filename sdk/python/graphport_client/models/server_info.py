from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_flags import ServerFlags
    from ..models.server_host import ServerHost


T = TypeVar("T", bound="ServerInfo")


@_attrs_define
class ServerInfo:
    """What `/info` reports.

    Attributes:
        version (str): The Agent Server protocol version the server implements (a `langgraph-api` release number).
        langgraph_py_version (str): The version of the `langgraph` library that runs the graphs.
        flags (ServerFlags): Features the server offers, each true or false. Clients ignore flags they do not know;
            more may be added.
        host (ServerHost): Where the server runs. A self-hosted server reports `kind` only; the ids are null.
    """

    version: str
    langgraph_py_version: str
    flags: ServerFlags
    host: ServerHost
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        langgraph_py_version = self.langgraph_py_version

        flags = self.flags.to_dict()

        host = self.host.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "langgraph_py_version": langgraph_py_version,
                "flags": flags,
                "host": host,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_flags import ServerFlags  # noqa: PLC0415
        from ..models.server_host import ServerHost  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        langgraph_py_version = d.pop("langgraph_py_version")

        flags = ServerFlags.from_dict(d.pop("flags"))

        host = ServerHost.from_dict(d.pop("host"))

        server_info = cls(
            version=version,
            langgraph_py_version=langgraph_py_version,
            flags=flags,
            host=host,
        )

        server_info.additional_properties = d
        return server_info

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
