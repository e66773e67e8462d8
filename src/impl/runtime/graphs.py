"""The graph registry: the graphs a `langgraph.json` names, loaded once, bound per run.

A graph spec is `"./file.py:attr"` (relative to the config file) or `"package.module:attr"`,
optionally as `{"path": ..., "description": ...}`. The attribute may be a compiled graph,
an uncompiled `StateGraph` (compiled here), or a factory: a function, sync or async,
taking the run's config (or nothing) and returning either of those, optionally as an
async context manager. Factories are called for every run.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import StateGraph
from langgraph.pregel import Pregel
from langgraph.store.base import BaseStore

Graph = Pregel[Any, Any, Any, Any]
"""A compiled graph, whatever its state, context, input and output types."""


class GraphLoadError(RuntimeError):
    """A graph named in the config cannot be imported or is not a graph."""


@dataclass(slots=True)
class GraphEntry:
    graph_id: str
    spec: str
    description: str | None
    graph: Graph | None  # set for compiled graphs
    factory: Callable[..., Any] | None  # set for factories
    factory_takes_config: bool = False


class GraphRegistry:
    """Every graph of the deployment, by graph id, in the order the config lists them."""

    def __init__(self, entries: Mapping[str, GraphEntry]) -> None:
        self._entries = dict(entries)
        self._bound: dict[tuple[str, bool], Graph] = {}
        self.checkpointer: BaseCheckpointSaver[str] | None = None
        # The checkpoints of temporary runs (stateless, `on_completion: delete`): their thread
        # is deleted when they end, so nothing else ever reads them; keeping them in memory
        # spares a stateless run its checkpoint writes and their deletion. The executor drops
        # a thread's entry here when its run ends.
        self.ephemeral = InMemorySaver()
        self.store: BaseStore | None = None

    @classmethod
    def load(cls, specs: Mapping[str, Any], base_dir: Path) -> GraphRegistry:
        entries: dict[str, GraphEntry] = {}
        for graph_id, raw in specs.items():
            if isinstance(raw, Mapping):
                spec, description = str(raw["path"]), raw.get("description")
            else:
                spec, description = str(raw), None
            entries[graph_id] = _load_entry(graph_id, spec, description, base_dir)
        return cls(entries)

    @property
    def graph_ids(self) -> list[str]:
        return list(self._entries)

    def __contains__(self, graph_id: object) -> bool:
        return graph_id in self._entries

    def entry(self, graph_id: str) -> GraphEntry:
        return self._entries[graph_id]

    def bind(self, checkpointer: BaseCheckpointSaver[str] | None, store: BaseStore | None) -> None:
        """Give every graph the server's checkpointer and store."""
        self.checkpointer = checkpointer
        self.store = store
        self._bound.clear()

    @asynccontextmanager
    async def graph_for_run(
        self, graph_id: str, config: RunnableConfig, *, ephemeral: bool = False
    ) -> AsyncIterator[Graph]:
        """The graph to execute for one run (a factory is called with the run's config);
        `ephemeral`: checkpointed in memory (a temporary run's thread)."""
        entry = self._entries[graph_id]
        if entry.graph is not None:
            bound = self._bound.get((graph_id, ephemeral))
            if bound is None:
                bound = self._with_persistence(entry.graph, ephemeral)
                self._bound[(graph_id, ephemeral)] = bound
            yield bound
            return
        assert entry.factory is not None
        produced = entry.factory(config) if entry.factory_takes_config else entry.factory()
        if inspect.isawaitable(produced):
            produced = await produced
        if isinstance(produced, AbstractAsyncContextManager):
            async with produced as graph:
                yield self._with_persistence(_as_pregel(graph_id, graph), ephemeral)
            return
        yield self._with_persistence(_as_pregel(graph_id, produced), ephemeral)

    async def graph_for_introspection(self, graph_id: str) -> Graph:
        """A graph to read schemas and structure from (a factory gets an empty config)."""
        async with self.graph_for_run(graph_id, RunnableConfig(configurable={})) as graph:
            return graph

    def _with_persistence(self, graph: Graph, ephemeral: bool = False) -> Graph:
        update: dict[str, Any] = {
            "checkpointer": self.ephemeral if ephemeral else self.checkpointer
        }
        if self.store is not None:
            update["store"] = self.store
        return graph.copy(update=update)


def _as_pregel(graph_id: str, value: Any) -> Graph:
    if isinstance(value, StateGraph):
        value = value.compile()
    if not isinstance(value, Pregel):
        raise GraphLoadError(
            f"Graph {graph_id!r} is a {type(value).__name__}, not a compiled graph or StateGraph"
        )
    return value


def _load_entry(graph_id: str, spec: str, description: str | None, base_dir: Path) -> GraphEntry:
    if ":" not in spec:
        raise GraphLoadError(
            f"Graph {graph_id!r}: expected 'path/to/file.py:attribute', got {spec!r}"
        )
    location, _, attr = spec.rpartition(":")
    module = _import(graph_id, location, base_dir)
    try:
        value = getattr(module, attr)
    except AttributeError as exc:
        raise GraphLoadError(f"Graph {graph_id!r}: {location} has no attribute {attr!r}") from exc
    if isinstance(value, (Pregel, StateGraph)):
        return GraphEntry(graph_id, spec, description, _as_pregel(graph_id, value), None)
    if callable(value):
        params = [
            p
            for p in inspect.signature(value).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        return GraphEntry(graph_id, spec, description, None, value, bool(params))
    raise GraphLoadError(f"Graph {graph_id!r}: {spec} is neither a graph nor a factory")


def _import(graph_id: str, location: str, base_dir: Path) -> ModuleType:
    if location.endswith(".py") or "/" in location or location.startswith("."):
        path = (base_dir / location).resolve()
        if not path.is_file():
            raise GraphLoadError(f"Graph {graph_id!r}: file {path} does not exist")
        name = f"graphport_user_graphs.{path.stem}_{abs(hash(str(path)))}"
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise GraphLoadError(f"Graph {graph_id!r}: cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            sys.modules.pop(name, None)
            raise GraphLoadError(f"Graph {graph_id!r}: importing {path} failed: {exc!r}") from exc
        return module
    try:
        return importlib.import_module(location)
    except Exception as exc:
        raise GraphLoadError(f"Graph {graph_id!r}: importing {location} failed: {exc!r}") from exc
