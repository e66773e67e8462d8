"""Assistants: thin handlers over the assistant service."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import AssistantsApi
from graphport.impl.api.shapes import (
    assistant_json,
    assistant_version_json,
    given_fields,
    json_response,
    pagination_headers,
)
from graphport.impl.contract import ApiError
from graphport.impl.services import Services
from graphport.impl.storage.assistants import AssistantFilters


class AssistantsService(AssistantsApi):
    def __init__(self, services: Services) -> None:
        self.services = services
        self.assistant_service = services.assistant_service

    async def create_assistant(self, *, request: Request, body: models.AssistantCreate) -> Response:
        given = given_fields(body)
        assistant = await self.assistant_service.create(
            graph_id=body.graph_id,
            assistant_id=given.get("assistant_id"),
            config=given.get("config") or {},
            context=given.get("context"),
            metadata=given.get("metadata") or {},
            if_exists=given.get("if_exists") or "raise",
            name=given.get("name"),
            description=given.get("description"),
        )
        return json_response(assistant_json(assistant))

    async def get_assistant(self, *, request: Request, assistant_id: UUID) -> Response:
        return json_response(assistant_json(await self.assistant_service.get(str(assistant_id))))

    async def update_assistant(
        self, *, request: Request, assistant_id: UUID, body: models.AssistantPatch
    ) -> Response:
        given = given_fields(body)
        assistant = await self.assistant_service.update(
            str(assistant_id),
            graph_id=given.get("graph_id"),
            config=given.get("config"),
            context=given.get("context"),
            metadata=given.get("metadata"),
            name=given.get("name"),
            description=given.get("description"),
        )
        return json_response(assistant_json(assistant))

    async def delete_assistant(
        self, *, request: Request, assistant_id: UUID, delete_threads: bool
    ) -> Response:
        await self.assistant_service.delete(str(assistant_id), delete_threads=delete_threads)
        return Response(status_code=204)

    async def search_assistants(
        self, *, request: Request, body: models.AssistantSearchRequest
    ) -> Response:
        given = given_fields(body)
        filters = self._filters(given)
        found = await self.services.assistants.search(
            filters,
            limit=body.limit,
            offset=body.offset,
            sort_by=given.get("sort_by") or "created_at",
            descending=given.get("sort_order", "desc") == "desc",
        )
        headers = pagination_headers(
            offset=body.offset,
            limit=body.limit,
            returned=len(found),
            total=await self.services.assistants.count(filters),
        )
        select: list[str] | None = given.get("select")
        items = [assistant_json(a) for a in found]
        if select is not None:
            items = [{k: v for k, v in item.items() if k in select} for item in items]
        return json_response(items, headers=headers)

    async def count_assistants(
        self, *, request: Request, body: models.AssistantCountRequest
    ) -> Response:
        filters = self._filters(given_fields(body))
        return json_response(await self.services.assistants.count(filters))

    def _filters(self, given: dict[str, Any]) -> AssistantFilters:
        return self.assistant_service.filters(
            graph_id=given.get("graph_id"), metadata=given.get("metadata"), name=given.get("name")
        )

    async def list_assistant_versions(
        self, *, request: Request, assistant_id: UUID, body: models.AssistantVersionsSearchRequest
    ) -> Response:
        versions = await self.assistant_service.versions(
            str(assistant_id),
            metadata=given_fields(body).get("metadata"),
            limit=body.limit,
            offset=body.offset,
        )
        return json_response([assistant_version_json(v) for v in versions])

    async def set_latest_assistant_version(
        self, *, request: Request, assistant_id: UUID, body: models.AssistantVersionChange
    ) -> Response:
        assistant = await self.assistant_service.set_latest(str(assistant_id), body.version)
        return json_response(assistant_json(assistant))

    async def get_assistant_graph(
        self, *, request: Request, assistant_id: str, xray: int | bool
    ) -> Response:
        if not isinstance(xray, bool) and xray < 1:
            raise ApiError(422, f"Invalid xray value {xray}: use true, false or a depth from 1")
        assistant = await self.assistant_service.resolve(assistant_id)
        return json_response(await self.assistant_service.drawing(assistant, xray))

    async def get_assistant_schemas(self, *, request: Request, assistant_id: UUID) -> Response:
        assistant = await self.assistant_service.get(str(assistant_id))
        return json_response(await self.assistant_service.schemas(assistant))

    async def list_assistant_subgraphs(
        self, *, request: Request, assistant_id: UUID, recurse: bool
    ) -> Response:
        assistant = await self.assistant_service.get(str(assistant_id))
        return json_response(
            await self.assistant_service.subgraphs(assistant, namespace=None, recurse=recurse)
        )

    async def list_assistant_subgraphs_in_namespace(
        self, *, request: Request, assistant_id: UUID, namespace: str, recurse: bool
    ) -> Response:
        assistant = await self.assistant_service.get(str(assistant_id))
        return json_response(
            await self.assistant_service.subgraphs(assistant, namespace=namespace, recurse=recurse)
        )
