from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_completion import OnCompletion, check_on_completion

if TYPE_CHECKING:
    from ..models.cron_fields_payload import CronFieldsPayload
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Cron")


@_attrs_define
class Cron:
    """A schedule of runs of one assistant, on one thread or on a new thread each time.

    Attributes:
        cron_id (UUID): The cron's id (a UUIDv7).
        assistant_id (UUID): The assistant each execution runs (a graph id given at creation is resolved to its system
            assistant).
        thread_id (None | UUID): The thread every execution runs on, or null for a cron that uses a new thread each
            time.
        user_id (None | str): The identity of the user who created the cron; an empty string when no authentication is
            configured.
        schedule (str): The cron expression.
        timezone (None | str): The IANA time zone the schedule is read in; null means UTC.
        end_time (datetime.datetime | None): After this time the cron no longer runs; null for no end.
        next_run_date (datetime.datetime | None): When the cron runs next.
        payload (CronFieldsPayload): The stored run request each execution uses: the creation body (merged with later
            patches) with `assistant_id` as a UUID and `config.configurable.cron_id` set.
        metadata (Metadata): Free-form JSON object attached to a resource; searchable by containment.
        on_run_completed (None | OnCompletion): For a cron without a thread, what happens to each execution's thread;
            null for a thread cron.
        enabled (bool): Disabled crons keep their schedule but do not run.
        created_at (datetime.datetime): When the cron was created.
        updated_at (datetime.datetime): When the cron last changed.
    """

    cron_id: UUID
    assistant_id: UUID
    thread_id: None | UUID
    user_id: None | str
    schedule: str
    timezone: None | str
    end_time: datetime.datetime | None
    next_run_date: datetime.datetime | None
    payload: CronFieldsPayload
    metadata: Metadata
    on_run_completed: None | OnCompletion
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_id = str(self.cron_id)

        assistant_id = str(self.assistant_id)

        thread_id: None | str
        if isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        user_id: None | str
        user_id = self.user_id

        schedule = self.schedule

        timezone: None | str
        timezone = self.timezone

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        next_run_date: None | str
        if isinstance(self.next_run_date, datetime.datetime):
            next_run_date = self.next_run_date.isoformat()
        else:
            next_run_date = self.next_run_date

        payload = self.payload.to_dict()

        metadata = self.metadata.to_dict()

        on_run_completed: None | str
        if isinstance(self.on_run_completed, str):
            on_run_completed = self.on_run_completed
        else:
            on_run_completed = self.on_run_completed

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_id": cron_id,
                "assistant_id": assistant_id,
                "thread_id": thread_id,
                "user_id": user_id,
                "schedule": schedule,
                "timezone": timezone,
                "end_time": end_time,
                "next_run_date": next_run_date,
                "payload": payload,
                "metadata": metadata,
                "on_run_completed": on_run_completed,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_fields_payload import CronFieldsPayload  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        cron_id = UUID(d.pop("cron_id"))

        assistant_id = UUID(d.pop("assistant_id"))

        def _parse_thread_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thread_id_type_0 = UUID(data)

                return thread_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        thread_id = _parse_thread_id(d.pop("thread_id"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        schedule = d.pop("schedule")

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        def _parse_next_run_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_date_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_run_date = _parse_next_run_date(d.pop("next_run_date"))

        payload = CronFieldsPayload.from_dict(d.pop("payload"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        def _parse_on_run_completed(data: object) -> None | OnCompletion:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_run_completed_type_0 = check_on_completion(data)

                return on_run_completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnCompletion, data)

        on_run_completed = _parse_on_run_completed(d.pop("on_run_completed"))

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        cron = cls(
            cron_id=cron_id,
            assistant_id=assistant_id,
            thread_id=thread_id,
            user_id=user_id,
            schedule=schedule,
            timezone=timezone,
            end_time=end_time,
            next_run_date=next_run_date,
            payload=payload,
            metadata=metadata,
            on_run_completed=on_run_completed,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
        )

        cron.additional_properties = d
        return cron

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
