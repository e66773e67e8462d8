from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus, check_thread_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.thread_error import ThreadError
    from ..models.thread_fields_config import ThreadFieldsConfig
    from ..models.thread_fields_extracted import ThreadFieldsExtracted
    from ..models.thread_fields_interrupts import ThreadFieldsInterrupts
    from ..models.thread_fields_values import ThreadFieldsValues
    from ..models.thread_ttl_info import ThreadTtlInfo


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A conversation whose state is kept in checkpoints.

    Attributes:
        thread_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime): The last change of any kind (metadata, status, state).
        state_updated_at (datetime.datetime): The last time a checkpoint was written.
        metadata (Metadata): Free-form JSON object attached to a resource; searchable by containment.
        status (ThreadStatus): `busy` from the moment a run is created until no run of the thread is pending or running;
            then `error` if the last run raised, `interrupted` if the last checkpoint has pending
            nodes (an `interrupt()`, a breakpoint or a cancel mid-step), otherwise `idle`.
        config (ThreadFieldsConfig): Config shared by the thread's runs; `{}` until the first run.
        values (list[Any] | None | ThreadFieldsValues | Unset): The state values at the latest checkpoint; `null` before
            the first checkpoint. May be
            absent (the reference leaves it out of `copy_thread`'s answer).
        interrupts (ThreadFieldsInterrupts | Unset): The pending interrupts, by the id of the task that raised them;
            `{}` when none.
            Absent on a thread that has had no run and no state write yet.
        error (None | ThreadError | Unset): Why the last run did not complete (`UserInterrupt` after a cancel); `null`
            after a
            run that completed or a state write. Absent on a thread that has had no run and no
            state write yet.
        ttl (ThreadTtlInfo | Unset): A thread's time-to-live as it stands.
        extracted (ThreadFieldsExtracted | Unset): Only on `search_threads` results when `extract` was given: each alias
            mapped to the
            value at its path (`null` where the path leads nowhere).
    """

    thread_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    state_updated_at: datetime.datetime
    metadata: Metadata
    status: ThreadStatus
    config: ThreadFieldsConfig
    values: list[Any] | None | ThreadFieldsValues | Unset = UNSET
    interrupts: ThreadFieldsInterrupts | Unset = UNSET
    error: None | ThreadError | Unset = UNSET
    ttl: ThreadTtlInfo | Unset = UNSET
    extracted: ThreadFieldsExtracted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thread_error import ThreadError  # noqa: PLC0415
        from ..models.thread_fields_values import ThreadFieldsValues  # noqa: PLC0415

        thread_id = str(self.thread_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        state_updated_at = self.state_updated_at.isoformat()

        metadata = self.metadata.to_dict()

        status: str = self.status

        config = self.config.to_dict()

        values: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, ThreadFieldsValues):
            values = self.values.to_dict()
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        interrupts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = self.interrupts.to_dict()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ThreadError):
            error = self.error.to_dict()
        else:
            error = self.error

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        extracted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extracted, Unset):
            extracted = self.extracted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "state_updated_at": state_updated_at,
                "metadata": metadata,
                "status": status,
                "config": config,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if error is not UNSET:
            field_dict["error"] = error
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if extracted is not UNSET:
            field_dict["extracted"] = extracted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.thread_error import ThreadError  # noqa: PLC0415
        from ..models.thread_fields_config import ThreadFieldsConfig  # noqa: PLC0415
        from ..models.thread_fields_extracted import ThreadFieldsExtracted  # noqa: PLC0415
        from ..models.thread_fields_interrupts import ThreadFieldsInterrupts  # noqa: PLC0415
        from ..models.thread_fields_values import ThreadFieldsValues  # noqa: PLC0415
        from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = UUID(d.pop("thread_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        state_updated_at = datetime.datetime.fromisoformat(d.pop("state_updated_at"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        status = check_thread_status(d.pop("status"))

        config = ThreadFieldsConfig.from_dict(d.pop("config"))

        def _parse_values(data: object) -> list[Any] | None | ThreadFieldsValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = ThreadFieldsValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_1 = cast(list[Any], data)

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ThreadFieldsValues | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: ThreadFieldsInterrupts | Unset
        if isinstance(_interrupts, Unset):
            interrupts = UNSET
        else:
            interrupts = ThreadFieldsInterrupts.from_dict(_interrupts)

        def _parse_error(data: object) -> None | ThreadError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ThreadError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _ttl = d.pop("ttl", UNSET)
        ttl: ThreadTtlInfo | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ThreadTtlInfo.from_dict(_ttl)

        _extracted = d.pop("extracted", UNSET)
        extracted: ThreadFieldsExtracted | Unset
        if isinstance(_extracted, Unset):
            extracted = UNSET
        else:
            extracted = ThreadFieldsExtracted.from_dict(_extracted)

        thread = cls(
            thread_id=thread_id,
            created_at=created_at,
            updated_at=updated_at,
            state_updated_at=state_updated_at,
            metadata=metadata,
            status=status,
            config=config,
            values=values,
            interrupts=interrupts,
            error=error,
            ttl=ttl,
            extracted=extracted,
        )

        thread.additional_properties = d
        return thread

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
