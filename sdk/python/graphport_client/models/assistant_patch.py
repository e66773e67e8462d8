from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.context import Context
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AssistantPatch")


@_attrs_define
class AssistantPatch:
    """The body of `update_assistant`. Omitted fields keep their current value.

    Attributes:
        graph_id (str | Unset): Point the assistant at another graph.
        config (Config | Unset): A LangChain `RunnableConfig` subset passed to the graph.
        context (Context | Unset): Static run context passed to graphs that declare a `context_schema`.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        name (str | Unset): The new name.
        description (str | Unset): The new description.
    """

    graph_id: str | Unset = UNSET
    config: Config | Unset = UNSET
    context: Context | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        graph_id = self.graph_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if graph_id is not UNSET:
            field_dict["graph_id"] = graph_id
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        graph_id = d.pop("graph_id", UNSET)

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

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        assistant_patch = cls(
            graph_id=graph_id,
            config=config,
            context=context,
            metadata=metadata,
            name=name,
            description=description,
        )

        return assistant_patch
