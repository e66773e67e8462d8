"""The cron resource's rules, and what one execution of a cron does.

A cron stores the run request each execution makes (`payload`): the creation body with the
assistant resolved to its UUID and `config.configurable.cron_id` set, as the reference stores
it. An execution hands that request to the run service, exactly like an API-created run: on
the cron's thread, or (a cron without a thread) on a new thread that is deleted after the run
unless `on_run_completed` is `keep`. The run records its cron in `kwargs.config.configurable`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from graphport.impl.auth.access import acting_for, configurable_user_id, stamp_metadata
from graphport.impl.contract import ApiError
from graphport.impl.formats import check_uri_reference, parse_datetime
from graphport.impl.runtime.cron_schedule import check_schedule, check_timezone, next_run_after
from graphport.impl.runtime.run_service import THREAD_OR_ASSISTANT_NOT_FOUND, RunService
from graphport.impl.storage.crons import CronFilters, CronRecord, CronRepository
from graphport.impl.storage.ids import uuid7
from graphport.impl.storage.records import RunRecord
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.storage.types import utcnow

logger = logging.getLogger(__name__)

# The payload fields that make up the run request of an execution.
RUN_FIELDS = (
    "input",
    "metadata",
    "config",
    "context",
    "webhook",
    "interrupt_before",
    "interrupt_after",
    "multitask_strategy",
    "checkpoint_during",
    "durability",
    "stream_mode",
    "stream_subgraphs",
    "stream_resumable",
)
# Patchable fields that live on the cron row rather than only in its payload.
_SCHEDULE_FIELDS = ("schedule", "timezone", "end_time", "enabled")

CRON_NOT_FOUND = "Cron not found"

WebhookCheck = Callable[[str | None], Awaitable[None]]
Claim = Callable[[AsyncConnection], Awaitable[bool]]


async def _no_webhook_check(url: str | None) -> None:
    check_uri_reference(url, "webhook")


class CronService:
    def __init__(
        self,
        *,
        crons: CronRepository,
        threads: ThreadRepository,
        run_service: RunService,
        clock: Callable[[], datetime] = utcnow,
        check_webhook: WebhookCheck = _no_webhook_check,
    ) -> None:
        self.crons = crons
        self.threads = threads
        self.run_service = run_service
        self.clock = clock
        self.check_webhook = check_webhook
        # Called after a cron is created or changed (the scheduler may need to wake sooner).
        self.on_change: list[Callable[[], None]] = []

    # -- the resource ----------------------------------------------------------------

    async def create(self, body: dict[str, Any], *, thread_id: str | None) -> CronRecord:
        """Validate and store a cron; `body` holds the fields the request gave."""
        schedule = check_schedule(body["schedule"])
        timezone = check_timezone(body.get("timezone"))
        end_time = parse_datetime(body.get("end_time"), "end_time")
        await self.check_webhook(body.get("webhook"))
        _check_context(body)
        try:
            assistant = await self.run_service.resolve_assistant(body["assistant_id"])
        except ApiError as exc:
            if exc.status_code == 422:  # not a UUID and not a graph: no such assistant
                raise ApiError(404, THREAD_OR_ASSISTANT_NOT_FOUND) from None
            raise
        if thread_id is not None and await self.threads.get(thread_id) is None:
            raise ApiError(404, f"Thread {thread_id} not found")
        cron_id = uuid7()
        config = copy.deepcopy(body.get("config") or {})
        config["configurable"] = {**(config.get("configurable") or {}), "cron_id": cron_id}
        payload = {**body, "assistant_id": assistant.assistant_id, "config": config}
        payload.pop("on_run_completed", None)
        now = self.clock()
        enabled = bool(body.get("enabled", True))
        cron = CronRecord(
            cron_id=cron_id,
            assistant_id=assistant.assistant_id,
            thread_id=thread_id,
            user_id=configurable_user_id(),
            schedule=schedule,
            timezone=timezone,
            end_time=end_time,
            payload=payload,
            metadata=stamp_metadata("crons", body.get("metadata")),
            on_run_completed=None if thread_id else (body.get("on_run_completed") or "delete"),
            enabled=enabled,
            next_run_date=next_run_after(schedule, now, timezone, end_time),
            created_at=now,
            updated_at=now,
        )
        await self.crons.insert(cron)
        self._changed()
        return cron

    async def get(self, cron_id: str) -> CronRecord:
        cron = await self.crons.get(cron_id)
        if cron is None:
            raise ApiError(404, CRON_NOT_FOUND)
        return cron

    async def update(self, cron_id: str, given: dict[str, Any]) -> CronRecord:
        """Apply a patch (`given`: the fields the request gave; `end_time: None` clears it)."""
        if not given:
            raise ApiError(422, "The patch is empty: give at least one field to change.")
        cron = await self.get(cron_id)
        schedule = check_schedule(given["schedule"]) if "schedule" in given else cron.schedule
        timezone = check_timezone(given["timezone"]) if "timezone" in given else cron.timezone
        end_time = (
            parse_datetime(given["end_time"], "end_time") if "end_time" in given else cron.end_time
        )
        if "webhook" in given:
            await self.check_webhook(given["webhook"])
        patched = {**cron.payload, **{k: v for k, v in given.items() if k in RUN_FIELDS}}
        _check_context(patched, ignore=("cron_id",))
        now = self.clock()
        changes: dict[str, Any] = {"updated_at": now}
        payload = copy.deepcopy(cron.payload)
        for key, value in given.items():
            if key == "metadata":
                continue
            payload[key] = value
        config = dict(payload.get("config") or {})
        config["configurable"] = {**(config.get("configurable") or {}), "cron_id": cron.cron_id}
        payload["config"] = config
        payload["assistant_id"] = cron.assistant_id
        payload.pop("on_run_completed", None)
        changes["payload"] = payload
        if "metadata" in given:
            changes["metadata"] = stamp_metadata(
                "crons", {**cron.metadata, **(given["metadata"] or {})}
            )
        if "on_run_completed" in given and cron.thread_id is None:
            changes["on_run_completed"] = given["on_run_completed"]
        enabled = bool(given.get("enabled", cron.enabled))
        changes.update(schedule=schedule, timezone=timezone, end_time=end_time, enabled=enabled)
        # A new schedule, time zone or end, or a cron enabled again, runs next from now on: a
        # cron paused for a week does not fire at once for a date it skipped while paused.
        resumed = enabled and not cron.enabled
        if resumed or any(key in given for key in ("schedule", "timezone", "end_time")):
            changes["next_run_date"] = next_run_after(schedule, now, timezone, end_time)
        updated = await self.crons.update(cron_id, changes)
        if updated is None:
            raise ApiError(404, CRON_NOT_FOUND)
        self._changed()
        return updated

    async def delete(self, cron_id: str) -> None:
        if not await self.crons.delete(cron_id):
            raise ApiError(404, CRON_NOT_FOUND)

    async def search(
        self,
        filters: CronFilters,
        *,
        limit: int,
        offset: int,
        sort_by: str,
        descending: bool,
    ) -> tuple[list[CronRecord], int]:
        found = await self.crons.search(
            filters, limit=limit, offset=offset, sort_by=sort_by, descending=descending
        )
        return found, await self.crons.count(filters)

    def _changed(self) -> None:
        for callback in self.on_change:
            callback()

    # -- executions ------------------------------------------------------------------

    async def fire(self, cron: CronRecord, claim: Claim | None = None) -> RunRecord:
        """Create the run of one execution of `cron` through the run service.

        `claim` (the scheduler's) commits with the run: `NotClaimed` when it lost. The run
        acts for the cron's creator: its graph sees their identity, as a run they created
        would (their permissions and filters are not known here; see docs/auth.md).
        """
        with acting_for(cron.user_id):
            return await self.run_service.create(
                execution_payload(cron),
                thread_id=cron.thread_id,
                cron_id=cron.cron_id,
                claim=claim,
            )


def execution_payload(cron: CronRecord) -> dict[str, Any]:
    """The run request of one execution: the stored payload's run fields, and the cron's say.

    The cron's current metadata wins over the payload's (patches merge into the cron's);
    `cron_id` is handed to the run service apart from `config.configurable`, so that a cron
    with a `context` makes a valid run request.
    """
    stored = copy.deepcopy(cron.payload)
    payload: dict[str, Any] = {key: stored[key] for key in RUN_FIELDS if key in stored}
    payload["assistant_id"] = cron.assistant_id
    payload["metadata"] = {**(stored.get("metadata") or {}), **cron.metadata}
    config = dict(payload.get("config") or {})
    configurable = dict(config.get("configurable") or {})
    configurable.pop("cron_id", None)
    if configurable:
        config["configurable"] = configurable
    else:
        config.pop("configurable", None)
    payload["config"] = config
    if cron.thread_id is None:
        payload["on_completion"] = cron.on_run_completed or "delete"
    return payload


def _check_context(body: dict[str, Any], ignore: tuple[str, ...] = ()) -> None:
    configurable = {
        k: v
        for k, v in ((body.get("config") or {}).get("configurable") or {}).items()
        if k not in ignore
    }
    if body.get("context") and configurable:
        raise ApiError(
            400,
            "Give either `context` or `config.configurable`, not both: `context` is the "
            "replacement for `configurable` in LangGraph 0.6 and later.",
        )
