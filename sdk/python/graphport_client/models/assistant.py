from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.context import Context
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Assistant")


@_attrs_define
class Assistant:
    """A versioned configuration of a graph. `config.configurable` and `context` hold the same
    values. System assistants (one per graph) carry `metadata.created_by = "system"`.

        Attributes:
            assistant_id (UUID): The assistant's id. A graph's system assistant has the id
                `uuid5(6ba7b821-9dad-11d1-80b4-00c04fd430c8, graph_id)`.
            graph_id (str): The graph (as named in `langgraph.json`) this assistant runs.
            config (Config): A LangChain `RunnableConfig` subset passed to the graph.
            context (Context): Static run context passed to graphs that declare a `context_schema`.
            metadata (Metadata): Free-form JSON object attached to a resource; searchable by containment.
            name (str): A human-readable name; system assistants are named after their graph.
            description (None | str): A longer human-readable description, or null.
            version (int): The assistant's current version (versions count up from 1).
            created_at (datetime.datetime): When the assistant (or, for a version, that version) was created.
            updated_at (datetime.datetime): When the assistant last changed (a patch or a change of version).
    """

    assistant_id: UUID
    graph_id: str
    config: Config
    context: Context
    metadata: Metadata
    name: str
    description: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = str(self.assistant_id)

        graph_id = self.graph_id

        config = self.config.to_dict()

        context = self.context.to_dict()

        metadata = self.metadata.to_dict()

        name = self.name

        description: None | str
        description = self.description

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
                "graph_id": graph_id,
                "config": config,
                "context": context,
                "metadata": metadata,
                "name": name,
                "description": description,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config import Config  # noqa: PLC0415
        from ..models.context import Context  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        assistant_id = UUID(d.pop("assistant_id"))

        graph_id = d.pop("graph_id")

        config = Config.from_dict(d.pop("config"))

        context = Context.from_dict(d.pop("context"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        assistant = cls(
            assistant_id=assistant_id,
            graph_id=graph_id,
            config=config,
            context=context,
            metadata=metadata,
            name=name,
            description=description,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        assistant.additional_properties = d
        return assistant

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
