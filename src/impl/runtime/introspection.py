"""What a graph looks like from outside: its drawing (nodes and edges) and its JSON schemas.

All of it comes from langgraph's own methods (`aget_graph(xray=...).to_json()`,
`get_input_jsonschema`, `get_output_jsonschema`, `get_context_jsonschema`, `aget_subgraphs`),
shaped as the reference answers: runnable nodes carry only their name (not the Python class
path of the runnable), the state schema lists every state channel as optional, and the config
schema is the context schema (`{}` for a graph without one).
"""

from __future__ import annotations

from typing import Any

from langgraph.channels.base import BaseChannel
from langgraph.pregel import Pregel
from pydantic import BaseModel, create_model

from graphport.impl.runtime.graphs import Graph
from graphport.impl.serde import to_jsonable


async def graph_drawing(graph: Graph, xray: int | bool) -> dict[str, Any]:
    """`{nodes, edges}`; with `xray`, subgraphs are drawn inside (to that depth, or all)."""
    drawing = (await graph.aget_graph(xray=xray)).to_json()
    for node in drawing.get("nodes", []):
        data = node.get("data")
        if node.get("type") == "runnable" and isinstance(data, dict):
            data.pop("id", None)
    result: dict[str, Any] = to_jsonable(drawing)
    return result


def graph_schemas(graph: Graph, state_title: str) -> dict[str, Any]:
    """The input, output, state, config and context JSON schemas of a graph."""
    context = graph.get_context_jsonschema()
    return {
        "input_schema": graph.get_input_jsonschema(),
        "output_schema": graph.get_output_jsonschema(),
        "state_schema": _state_schema(graph, state_title),
        "config_schema": context or {},
        "context_schema": context,
    }


async def subgraph_schemas(
    graph: Graph, *, namespace: str | None, recurse: bool
) -> dict[str, dict[str, Any]]:
    """The schemas of a graph's subgraphs by namespace (nested ones joined with `|`)."""
    found: dict[str, dict[str, Any]] = {}
    async for name, subgraph in graph.aget_subgraphs(namespace=namespace, recurse=recurse):
        if isinstance(subgraph, Pregel):  # a remote graph has no schemas to read
            found[name] = graph_schemas(subgraph, subgraph.get_name("State"))
    return found


def _state_schema(graph: Graph, title: str) -> dict[str, Any]:
    """Every state channel of the graph, each optional (the state as `get_state` reads it)."""
    fields: dict[str, Any] = {
        name: (channel.ValueType, None)
        for name in graph.stream_channels_list
        if isinstance(channel := graph.channels.get(name), BaseChannel)
    }
    model: type[BaseModel] = create_model(title, **fields)
    return model.model_json_schema()
