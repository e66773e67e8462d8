from typing import Literal

GraphNodeType = Literal["runnable", "schema", "unknown"]

GRAPH_NODE_TYPE_VALUES: set[GraphNodeType] = {
    "runnable",
    "schema",
    "unknown",
}


def check_graph_node_type(value: str) -> GraphNodeType:
    if value in GRAPH_NODE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GRAPH_NODE_TYPE_VALUES!r}")
