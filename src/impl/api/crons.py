"""Crons: thin handlers over the cron service."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import CronsApi
from graphport.impl.api.shapes import json_response, pagination_headers
from graphport.impl.services import Services
from graphport.impl.storage.crons import CronFilters, CronRecord
from graphport.impl.storage.types import isoformat


def _sent(body: BaseModel) -> dict[str, Any]:
    """The fields the request body named (defaults it left out stay out; nulls are kept)."""
    fields: dict[str, Any] = body.model_dump(mode="json", exclude_unset=True)
    return fields


def cron_json(cron: CronRecord) -> dict[str, Any]:
    """A cron as the reference writes it (field order included)."""
    return {
        "cron_id": cron.cron_id,
        "assistant_id": cron.assistant_id,
        "thread_id": cron.thread_id,
        "user_id": cron.user_id,
        "end_time": isoformat(cron.end_time) if cron.end_time else None,
        "schedule": cron.schedule,
        "timezone": cron.timezone,
        "payload": cron.payload,
        "next_run_date": isoformat(cron.next_run_date) if cron.next_run_date else None,
        "metadata": cron.metadata,
        "on_run_completed": cron.on_run_completed,
        "enabled": cron.enabled,
        "created_at": isoformat(cron.created_at),
        "updated_at": isoformat(cron.updated_at),
    }


class CronsService(CronsApi):
    def __init__(self, services: Services) -> None:
        self.services = services
        self.cron_service = services.cron_service

    async def create_cron(self, *, request: Request, body: models.CronCreate) -> Response:
        cron = await self.cron_service.create(_sent(body), thread_id=None)
        return json_response(cron_json(cron))

    async def create_thread_cron(
        self, *, request: Request, thread_id: UUID, body: models.ThreadCronCreate
    ) -> Response:
        cron = await self.cron_service.create(_sent(body), thread_id=str(thread_id))
        return json_response(cron_json(cron))

    async def search_crons(self, *, request: Request, body: models.CronSearchRequest) -> Response:
        given = _sent(body)
        filters = CronFilters(
            assistant_id=given.get("assistant_id"),
            thread_id=given.get("thread_id"),
            enabled=given.get("enabled"),
            metadata=given.get("metadata"),
        )
        found, total = await self.cron_service.search(
            filters,
            limit=body.limit,
            offset=body.offset,
            sort_by=given.get("sort_by") or "created_at",
            descending=(given.get("sort_order") or "desc") == "desc",
        )
        select: list[str] | None = given.get("select")
        shaped = [cron_json(cron) for cron in found]
        if select:
            shaped = [{k: v for k, v in item.items() if k in select} for item in shaped]
        headers = pagination_headers(
            offset=body.offset, limit=body.limit, returned=len(found), total=total
        )
        return json_response(shaped, headers=headers)

    async def count_crons(self, *, request: Request, body: models.CronCountRequest) -> Response:
        given = _sent(body)
        filters = CronFilters(
            assistant_id=given.get("assistant_id"),
            thread_id=given.get("thread_id"),
            metadata=given.get("metadata"),
        )
        return json_response(await self.services.crons.count(filters))

    async def get_cron(self, *, request: Request, cron_id: UUID) -> Response:
        return json_response(cron_json(await self.cron_service.get(str(cron_id))))

    async def update_cron(
        self, *, request: Request, cron_id: UUID, body: models.CronPatch
    ) -> Response:
        cron = await self.cron_service.update(str(cron_id), _sent(body))
        return json_response(cron_json(cron))

    async def delete_cron(self, *, request: Request, cron_id: UUID) -> Response:
        await self.cron_service.delete(str(cron_id))
        return Response(status_code=204)
