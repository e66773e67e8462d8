"""Assistants: versioned configurations of a graph, and what their graph looks like.

Rules shared by the assistant endpoints:

- `config.configurable` and `context` hold the same values. Whichever one a request gives is
  copied into the other; both at once (a non-empty `configurable` and a non-empty `context`) is
  a 400, as on the reference.
- A patch stores a new version: given fields replace the current ones, `metadata` is merged
  key by key. `set_latest` makes a stored version current without storing a new one.
- An assistant whose graph this server does not serve is invisible (404, left out of searches).
- Runs read the assistant's current row, so they always use its latest chosen version.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from langchain_core.runnables import RunnableConfig

from graphport.impl.contract import ApiError
from graphport.impl.runtime.graphs import Graph, GraphRegistry
from graphport.impl.runtime.introspection import graph_drawing, graph_schemas, subgraph_schemas
from graphport.impl.runtime.run_service import RunService
from graphport.impl.runtime.thread_service import ThreadService
from graphport.impl.storage.assistants import AssistantFilters, AssistantRepository
from graphport.impl.storage.ids import system_assistant_id
from graphport.impl.storage.records import AssistantRecord
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadFilters
from graphport.impl.storage.types import utcnow

BOTH_CONFIGURABLE_AND_CONTEXT = (
    "Cannot specify both configurable and context. Prefer setting context alone. Context was "
    "introduced in LangGraph 0.6.0 and is the long term planned replacement for configurable."
)


def assistant_not_found(assistant_id: str) -> ApiError:
    return ApiError(404, f"Assistant {assistant_id} not found")


def mirrored(
    config: dict[str, Any], context: dict[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """`(config, context)` with `config.configurable` and `context` holding the same values."""
    config = dict(config)
    configurable = config.get("configurable") or {}
    if configurable and context:
        raise ApiError(400, BOTH_CONFIGURABLE_AND_CONTEXT)
    if context:
        config["configurable"] = dict(context)
        return config, dict(context)
    return config, dict(configurable)


class AssistantService:
    def __init__(
        self,
        *,
        assistants: AssistantRepository,
        graphs: GraphRegistry,
        runs: RunRepository,
        run_service: RunService,
        threads: ThreadService,
    ) -> None:
        self.assistants = assistants
        self.graphs = graphs
        self.runs = runs
        self.run_service = run_service
        self.threads = threads
        self._schemas: dict[tuple[str, str | None, bool], dict[str, Any]] = {}

    def check_graph(self, graph_id: str) -> None:
        if graph_id not in self.graphs:
            raise ApiError(
                404,
                f"Graph '{graph_id}' not found. Expected one of: {sorted(self.graphs.graph_ids)}",
            )

    def filters(
        self,
        *,
        graph_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        name: str | None = None,
    ) -> AssistantFilters:
        if graph_id is not None:
            self.check_graph(graph_id)
        return AssistantFilters(
            graph_ids=self.graphs.graph_ids, graph_id=graph_id, metadata=metadata, name=name
        )

    async def get(self, assistant_id: str) -> AssistantRecord:
        assistant = await self.assistants.get(assistant_id)
        if assistant is None or assistant.graph_id not in self.graphs:
            raise assistant_not_found(assistant_id)
        return assistant

    async def resolve(self, assistant_id: str) -> AssistantRecord:
        """An assistant UUID, or a graph id standing for that graph's system assistant."""
        try:
            parsed = str(uuid.UUID(assistant_id))
        except ValueError:
            if assistant_id not in self.graphs:
                raise ApiError(
                    422,
                    f"Invalid assistant: '{assistant_id}'. Must be either a valid assistant UUID "
                    f"or one of the registered graphs: {', '.join(self.graphs.graph_ids)}",
                ) from None
            parsed = system_assistant_id(assistant_id)
        return await self.get(parsed)

    async def create(
        self,
        *,
        graph_id: str,
        assistant_id: str | None,
        config: dict[str, Any],
        context: dict[str, Any] | None,
        metadata: dict[str, Any],
        if_exists: str,
        name: str | None,
        description: str | None,
    ) -> AssistantRecord:
        self.check_graph(graph_id)
        config, context = mirrored(config, context)
        now = utcnow()
        record = AssistantRecord(
            assistant_id=assistant_id or str(uuid.uuid4()),
            graph_id=graph_id,
            name=name or "Untitled",
            description=description,
            config=config,
            context=context,
            metadata=metadata,
            version=1,
            created_at=now,
            updated_at=now,
        )
        stored, created = await self.assistants.create(record)
        if not created and if_exists != "do_nothing":
            raise ApiError(409, f"Assistant {record.assistant_id} already exists")
        return stored

    async def update(
        self,
        assistant_id: str,
        *,
        graph_id: str | None = None,
        config: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> AssistantRecord:
        """Store a new version: given fields replace the current ones, `metadata` is merged."""
        if graph_id is not None:
            self.check_graph(graph_id)
        if config is not None or context is not None:
            mirrored(config or {}, context)  # refuse both at once before storing anything
        await self.get(assistant_id)

        def change(current: AssistantRecord) -> AssistantRecord:
            new_config, new_context = current.config, current.context
            if config is not None:
                kept = None if (config.get("configurable") or context is not None) else new_context
                new_config, new_context = mirrored(config, context if context is not None else kept)
            elif context is not None:
                base = {k: v for k, v in current.config.items() if k != "configurable"}
                new_config, new_context = {**base, "configurable": dict(context)}, dict(context)
            return replace(
                current,
                graph_id=graph_id or current.graph_id,
                config=new_config,
                context=new_context,
                metadata={**current.metadata, **(metadata or {})},
                name=name if name is not None else current.name,
                description=description if description is not None else current.description,
            )

        updated = await self.assistants.add_version(assistant_id, change)
        if updated is None:
            raise assistant_not_found(assistant_id)
        return updated

    async def set_latest(self, assistant_id: str, version: int) -> AssistantRecord:
        await self.get(assistant_id)
        chosen = await self.assistants.set_latest(assistant_id, version)
        if chosen is None:
            raise ApiError(404, f"Version {version} not found for assistant {assistant_id}")
        return chosen

    async def versions(
        self, assistant_id: str, *, metadata: dict[str, Any] | None, limit: int, offset: int
    ) -> list[AssistantRecord]:
        """Stored versions, newest first; none at all is a 404, as on the reference."""
        await self.get(assistant_id)
        found = await self.assistants.versions(
            assistant_id, metadata=metadata, limit=limit, offset=offset
        )
        if not found:
            raise assistant_not_found(assistant_id)
        return found

    async def delete(self, assistant_id: str, *, delete_threads: bool) -> None:
        """Delete the assistant and its versions; its active runs are interrupted."""
        await self.get(assistant_id)
        for run in await self.runs.with_statuses(("pending", "running")):
            if run.assistant_id == assistant_id:
                await self.run_service.cancel(run, "interrupt")
        if delete_threads:
            owned = await self.threads.threads.ids(
                ThreadFilters(metadata={"assistant_id": assistant_id})
            )
            await self.threads.prune(owned, "delete")
        await self.assistants.delete(assistant_id)

    # -- the graph behind an assistant ---------------------------------------------------

    @asynccontextmanager
    async def graph(self, assistant: AssistantRecord) -> AsyncIterator[Graph]:
        """The assistant's graph, built with its configuration (factories see it)."""
        config = RunnableConfig(
            configurable={
                **assistant.context,
                "assistant_id": assistant.assistant_id,
                "graph_id": assistant.graph_id,
            }
        )
        async with self.graphs.graph_for_run(assistant.graph_id, config) as graph:
            yield graph

    async def drawing(self, assistant: AssistantRecord, xray: int | bool) -> dict[str, Any]:
        async with self.graph(assistant) as graph:
            try:
                return await graph_drawing(graph, xray)
            except (ValueError, TypeError, NotImplementedError) as exc:
                raise ApiError(
                    422, f"The graph {assistant.graph_id!r} cannot be drawn: {exc}"
                ) from None

    async def schemas(self, assistant: AssistantRecord) -> dict[str, Any]:
        key = (assistant.graph_id, None, False)
        cached = self._cached_schemas(key)
        if cached is not None:
            return cached
        async with self.graph(assistant) as graph:
            schemas = {
                "graph_id": assistant.graph_id,
                **graph_schemas(graph, f"{assistant.graph_id}_state"),
            }
        return self._cache_schemas(key, schemas)

    async def subgraphs(
        self, assistant: AssistantRecord, *, namespace: str | None, recurse: bool
    ) -> dict[str, Any]:
        key = (assistant.graph_id, namespace or "", recurse)
        cached = self._cached_schemas(key)
        if cached is not None:
            return cached
        async with self.graph(assistant) as graph:
            found = await subgraph_schemas(graph, namespace=namespace, recurse=recurse)
        return self._cache_schemas(key, found)

    # JSON schemas take a while to generate (message types are large). A compiled graph's never
    # change, so they are kept; a factory's may depend on the assistant's config, so they are not.

    def _cached_schemas(self, key: tuple[str, str | None, bool]) -> dict[str, Any] | None:
        return self._schemas.get(key)

    def _cache_schemas(
        self, key: tuple[str, str | None, bool], schemas: dict[str, Any]
    ) -> dict[str, Any]:
        if self.graphs.entry(key[0]).graph is not None:
            self._schemas[key] = schemas
        return schemas
