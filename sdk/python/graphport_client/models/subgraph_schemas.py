from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph_json_schema import GraphJsonSchema


T = TypeVar("T", bound="SubgraphSchemas")


@_attrs_define
class SubgraphSchemas:
    """The JSON schemas of one subgraph (as `GraphSchemas`, without `graph_id`).

    Attributes:
        input_schema (GraphJsonSchema | None): A JSON Schema generated from the graph, or null when it could not be
            generated.
        output_schema (GraphJsonSchema | None): A JSON Schema generated from the graph, or null when it could not be
            generated.
        state_schema (GraphJsonSchema | None): A JSON Schema generated from the graph, or null when it could not be
            generated.
        config_schema (GraphJsonSchema | None): A JSON Schema generated from the graph, or null when it could not be
            generated.
        context_schema (GraphJsonSchema | None): A JSON Schema generated from the graph, or null when it could not be
            generated.
    """

    input_schema: GraphJsonSchema | None
    output_schema: GraphJsonSchema | None
    state_schema: GraphJsonSchema | None
    config_schema: GraphJsonSchema | None
    context_schema: GraphJsonSchema | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.graph_json_schema import GraphJsonSchema  # noqa: PLC0415

        input_schema: dict[str, Any] | None
        if isinstance(self.input_schema, GraphJsonSchema):
            input_schema = self.input_schema.to_dict()
        else:
            input_schema = self.input_schema

        output_schema: dict[str, Any] | None
        if isinstance(self.output_schema, GraphJsonSchema):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        state_schema: dict[str, Any] | None
        if isinstance(self.state_schema, GraphJsonSchema):
            state_schema = self.state_schema.to_dict()
        else:
            state_schema = self.state_schema

        config_schema: dict[str, Any] | None
        if isinstance(self.config_schema, GraphJsonSchema):
            config_schema = self.config_schema.to_dict()
        else:
            config_schema = self.config_schema

        context_schema: dict[str, Any] | None
        if isinstance(self.context_schema, GraphJsonSchema):
            context_schema = self.context_schema.to_dict()
        else:
            context_schema = self.context_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "output_schema": output_schema,
                "state_schema": state_schema,
                "config_schema": config_schema,
                "context_schema": context_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_json_schema import GraphJsonSchema  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_schema(data: object) -> GraphJsonSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_json_schema_type_0 = GraphJsonSchema.from_dict(data)

                return componentsschemas_graph_json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphJsonSchema | None, data)

        input_schema = _parse_input_schema(d.pop("input_schema"))

        def _parse_output_schema(data: object) -> GraphJsonSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_json_schema_type_0 = GraphJsonSchema.from_dict(data)

                return componentsschemas_graph_json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphJsonSchema | None, data)

        output_schema = _parse_output_schema(d.pop("output_schema"))

        def _parse_state_schema(data: object) -> GraphJsonSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_json_schema_type_0 = GraphJsonSchema.from_dict(data)

                return componentsschemas_graph_json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphJsonSchema | None, data)

        state_schema = _parse_state_schema(d.pop("state_schema"))

        def _parse_config_schema(data: object) -> GraphJsonSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_json_schema_type_0 = GraphJsonSchema.from_dict(data)

                return componentsschemas_graph_json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphJsonSchema | None, data)

        config_schema = _parse_config_schema(d.pop("config_schema"))

        def _parse_context_schema(data: object) -> GraphJsonSchema | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_json_schema_type_0 = GraphJsonSchema.from_dict(data)

                return componentsschemas_graph_json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphJsonSchema | None, data)

        context_schema = _parse_context_schema(d.pop("context_schema"))

        subgraph_schemas = cls(
            input_schema=input_schema,
            output_schema=output_schema,
            state_schema=state_schema,
            config_schema=config_schema,
            context_schema=context_schema,
        )

        subgraph_schemas.additional_properties = d
        return subgraph_schemas

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
