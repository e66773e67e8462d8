from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_completion import OnCompletion, check_on_completion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cron_fields_payload import CronFieldsPayload
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CronFields")


@_attrs_define
class CronFields:
    """Fields of a cron. Search answers carry all of them, or only those named in the request's
    `select`; `Cron` says which are always present.

        Attributes:
            cron_id (UUID | Unset): The cron's id (a UUIDv7).
            assistant_id (UUID | Unset): The assistant each execution runs (a graph id given at creation is resolved to its
                system assistant).
            thread_id (None | Unset | UUID): The thread every execution runs on, or null for a cron that uses a new thread
                each time.
            user_id (None | str | Unset): The identity of the user who created the cron; an empty string when no
                authentication is configured.
            schedule (str | Unset): The cron expression.
            timezone (None | str | Unset): The IANA time zone the schedule is read in; null means UTC.
            end_time (datetime.datetime | None | Unset): After this time the cron no longer runs; null for no end.
            next_run_date (datetime.datetime | None | Unset): When the cron runs next.
            payload (CronFieldsPayload | Unset): The stored run request each execution uses: the creation body (merged with
                later
                patches) with `assistant_id` as a UUID and `config.configurable.cron_id` set.
            metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
            on_run_completed (None | OnCompletion | Unset): For a cron without a thread, what happens to each execution's
                thread; null for a thread cron.
            enabled (bool | Unset): Disabled crons keep their schedule but do not run.
            created_at (datetime.datetime | Unset): When the cron was created.
            updated_at (datetime.datetime | Unset): When the cron last changed.
    """

    cron_id: UUID | Unset = UNSET
    assistant_id: UUID | Unset = UNSET
    thread_id: None | Unset | UUID = UNSET
    user_id: None | str | Unset = UNSET
    schedule: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    next_run_date: datetime.datetime | None | Unset = UNSET
    payload: CronFieldsPayload | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    on_run_completed: None | OnCompletion | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_id: str | Unset = UNSET
        if not isinstance(self.cron_id, Unset):
            cron_id = str(self.cron_id)

        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        elif isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        schedule = self.schedule

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        next_run_date: None | str | Unset
        if isinstance(self.next_run_date, Unset):
            next_run_date = UNSET
        elif isinstance(self.next_run_date, datetime.datetime):
            next_run_date = self.next_run_date.isoformat()
        else:
            next_run_date = self.next_run_date

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        on_run_completed: None | str | Unset
        if isinstance(self.on_run_completed, Unset):
            on_run_completed = UNSET
        elif isinstance(self.on_run_completed, str):
            on_run_completed = self.on_run_completed
        else:
            on_run_completed = self.on_run_completed

        enabled = self.enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron_id is not UNSET:
            field_dict["cron_id"] = cron_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if next_run_date is not UNSET:
            field_dict["next_run_date"] = next_run_date
        if payload is not UNSET:
            field_dict["payload"] = payload
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if on_run_completed is not UNSET:
            field_dict["on_run_completed"] = on_run_completed
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_fields_payload import CronFieldsPayload  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        _cron_id = d.pop("cron_id", UNSET)
        cron_id: UUID | Unset
        if isinstance(_cron_id, Unset):
            cron_id = UNSET
        else:
            cron_id = UUID(_cron_id)

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

        def _parse_thread_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thread_id_type_0 = UUID(data)

                return thread_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        thread_id = _parse_thread_id(d.pop("thread_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        schedule = d.pop("schedule", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_next_run_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_date_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_date = _parse_next_run_date(d.pop("next_run_date", UNSET))

        _payload = d.pop("payload", UNSET)
        payload: CronFieldsPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = CronFieldsPayload.from_dict(_payload)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_on_run_completed(data: object) -> None | OnCompletion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_run_completed_type_0 = check_on_completion(data)

                return on_run_completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnCompletion | Unset, data)

        on_run_completed = _parse_on_run_completed(d.pop("on_run_completed", UNSET))

        enabled = d.pop("enabled", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        cron_fields = cls(
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

        cron_fields.additional_properties = d
        return cron_fields

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
