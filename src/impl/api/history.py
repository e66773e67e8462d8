"""Run history: a thread's and a run's messages, a run's event log, token usage, feedback.

Everything here reads the run event log (storage/events.py), where each run leaves, beside
the events it streamed, one row per message it added to its thread and one `token_usage`
row (runtime/history.py); feedback has its own table.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import orjson
from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import models
from graphport.generated.api import RunHistoryApi
from graphport.impl.api.shapes import json_response
from graphport.impl.auth.access import configurable_user_id
from graphport.impl.contract import ApiError
from graphport.impl.runtime.token_usage import TokenUsage, thread_usage
from graphport.impl.serde import loads
from graphport.impl.services import Services
from graphport.impl.storage.events import StoredEvent
from graphport.impl.storage.feedback import FeedbackExistsError
from graphport.impl.storage.records import FeedbackRecord, RunRecord
from graphport.impl.storage.types import isoformat


def _row_json(row: StoredEvent, payload: str) -> dict[str, Any]:
    """A log row as the API shows it, its stored JSON under `payload` as it is."""
    return {
        "seq": row.seq,
        "run_id": row.run_id,
        "event_type": row.event,
        payload: orjson.Fragment(row.data),
        "created_at": isoformat(row.created_at),
    }


def _feedback_json(feedback: FeedbackRecord) -> dict[str, Any]:
    return {
        "feedback_id": feedback.feedback_id,
        "thread_id": feedback.thread_id,
        "run_id": feedback.run_id,
        "rating": feedback.rating,
        "comment": feedback.comment,
        "created_at": isoformat(feedback.created_at),
        "updated_at": isoformat(feedback.updated_at),
    }


def _feedback_summary(feedback: FeedbackRecord | None) -> dict[str, Any] | None:
    if feedback is None:
        return None
    return {
        "feedback_id": feedback.feedback_id,
        "rating": feedback.rating,
        "comment": feedback.comment,
    }


def _event_types(values: list[str] | None) -> set[str] | None:
    """Repeated `event_types` parameters, each possibly a comma-separated list."""
    if not values:
        return None
    types = {part.strip() for value in values for part in value.split(",")}
    types.discard("")
    return types or None


class RunHistoryService(RunHistoryApi):
    def __init__(self, services: Services) -> None:
        self.services = services
        self.events = services.events
        self.feedback = services.feedback

    async def _thread(self, thread_id: UUID) -> str:
        if await self.services.threads.get(str(thread_id)) is None:
            raise ApiError(404, f"Thread {thread_id} not found")
        return str(thread_id)

    async def _run(self, thread_id: UUID, run_id: UUID) -> RunRecord:
        run = await self.services.runs.get(str(run_id), str(thread_id))
        if run is None:
            raise ApiError(404, f"Run {run_id} not found on thread {thread_id}")
        return run

    # -- messages and events -------------------------------------------------------------

    async def list_thread_messages(
        self,
        *,
        request: Request,
        thread_id: UUID,
        limit: int,
        before_seq: int | None,
        after_seq: int | None,
    ) -> Response:
        thread = await self._thread(thread_id)
        rows, _ = await self.events.read_messages(
            thread, limit=limit, before_seq=before_seq, after_seq=after_seq
        )
        run_ids = {row.run_id for row in rows}
        last_ai = await self.events.last_ai_message_seqs(thread, run_ids)
        feedback = {
            f.run_id: f for f in await self.feedback.list_for_thread(thread, configurable_user_id())
        }
        return json_response(
            [
                {
                    **_row_json(row, "message"),
                    "feedback": (
                        _feedback_summary(feedback.get(row.run_id)) if row.seq in last_ai else None
                    ),
                }
                for row in rows
            ]
        )

    async def list_run_messages(
        self,
        *,
        request: Request,
        thread_id: UUID,
        run_id: UUID,
        limit: int,
        before_seq: int | None,
        after_seq: int | None,
    ) -> Response:
        run = await self._run(thread_id, run_id)
        rows, has_more = await self.events.read_messages(
            run.thread_id,
            run_id=run.run_id,
            limit=limit,
            before_seq=before_seq,
            after_seq=after_seq,
        )
        return json_response(
            {"data": [_row_json(r, "message") for r in rows], "has_more": has_more}
        )

    async def list_run_events(
        self,
        *,
        request: Request,
        thread_id: UUID,
        run_id: UUID,
        event_types: list[str] | None,
        limit: int,
    ) -> Response:
        run = await self._run(thread_id, run_id)
        rows = await self.events.read_run_log(
            run.thread_id, run.run_id, event_types=_event_types(event_types), limit=limit
        )
        return json_response([_row_json(r, "data") for r in rows])

    # -- token usage ---------------------------------------------------------------------

    async def get_thread_token_usage(
        self, *, request: Request, thread_id: UUID, include_active: bool
    ) -> Response:
        thread = await self._thread(thread_id)
        # Taken before the log is read: a run that ends in between is in both, and counted
        # once, from the log.
        active = self.services.executor.history.active_usage(thread) if include_active else {}
        usage: dict[str, TokenUsage] = {
            run: TokenUsage.from_json(loads(data))
            for run, data in await self.events.read_token_usage(thread)
        }
        for run, progress in active.items():
            usage.setdefault(run, progress)
        return json_response(thread_usage(thread, usage.values()))

    # -- feedback ------------------------------------------------------------------------

    async def put_run_feedback(
        self, *, request: Request, thread_id: UUID, run_id: UUID, body: models.RunFeedbackCreate
    ) -> Response:
        run = await self._run(thread_id, run_id)
        payload = body.model_dump(mode="json")
        feedback = await self.feedback.put(
            run.thread_id,
            run.run_id,
            configurable_user_id(),
            payload["rating"],
            payload.get("comment"),
        )
        return json_response(_feedback_json(feedback))

    async def create_run_feedback(
        self, *, request: Request, thread_id: UUID, run_id: UUID, body: models.RunFeedbackCreate
    ) -> Response:
        run = await self._run(thread_id, run_id)
        payload = body.model_dump(mode="json")
        try:
            feedback = await self.feedback.create(
                run.thread_id,
                run.run_id,
                configurable_user_id(),
                payload["rating"],
                payload.get("comment"),
            )
        except FeedbackExistsError:
            raise ApiError(
                409,
                f"Feedback on run {run_id} exists already: replace it with PUT, or DELETE it first",
            ) from None
        return json_response(_feedback_json(feedback))

    async def get_run_feedback(
        self, *, request: Request, thread_id: UUID, run_id: UUID
    ) -> Response:
        run = await self._run(thread_id, run_id)
        feedback = await self.feedback.get(run.run_id, configurable_user_id())
        if feedback is None:
            raise ApiError(404, f"No feedback on run {run_id}")
        return json_response(_feedback_json(feedback))

    async def delete_run_feedback(
        self, *, request: Request, thread_id: UUID, run_id: UUID
    ) -> Response:
        run = await self._run(thread_id, run_id)
        if not await self.feedback.delete(run.run_id, configurable_user_id()):
            raise ApiError(404, f"No feedback on run {run_id}")
        return Response(status_code=204)

    async def list_thread_feedback(self, *, request: Request, thread_id: UUID) -> Response:
        thread = await self._thread(thread_id)
        feedback = await self.feedback.list_for_thread(thread, configurable_user_id())
        return json_response([_feedback_json(f) for f in feedback])

    async def get_thread_feedback_stats(self, *, request: Request, thread_id: UUID) -> Response:
        thread = await self._thread(thread_id)
        positive, negative = await self.feedback.stats(thread)
        return json_response(
            {
                "thread_id": thread,
                "total": positive + negative,
                "positive": positive,
                "negative": negative,
            }
        )
