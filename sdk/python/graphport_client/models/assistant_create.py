from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.if_exists import IfExists, check_if_exists
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.context import Context
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AssistantCreate")


@_attrs_define
class AssistantCreate:
    """The body of `create_assistant`.

    Attributes:
        graph_id (str): The graph to run, by its name in `langgraph.json`.
        assistant_id (UUID | Unset): The id to use; a random UUID when omitted.
        config (Config | Unset): A LangChain `RunnableConfig` subset passed to the graph.
        context (Context | Unset): Static run context passed to graphs that declare a `context_schema`.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        if_exists (IfExists | Unset): What to do when a resource with the given id exists (`raise` answers 409).
        name (str | Unset): A human-readable name; `"Untitled"` when omitted.
        description (None | str | Unset): A longer description; null when omitted.
    """

    graph_id: str
    assistant_id: UUID | Unset = UNSET
    config: Config | Unset = UNSET
    context: Context | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    if_exists: IfExists | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "graph_id": graph_id,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config import Config  # noqa: PLC0415
        from ..models.context import Context  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        graph_id = d.pop("graph_id")

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        _config = d.pop("config", UNSET)
        config: Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Config.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: Context | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = Context.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _if_exists = d.pop("if_exists", UNSET)
        if_exists: IfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = check_if_exists(_if_exists)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        assistant_create = cls(
            graph_id=graph_id,
            assistant_id=assistant_id,
            config=config,
            context=context,
            metadata=metadata,
            if_exists=if_exists,
            name=name,
            description=description,
        )

        return assistant_create
