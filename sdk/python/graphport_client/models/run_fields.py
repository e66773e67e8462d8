from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multitask_strategy import MultitaskStrategy, check_multitask_strategy
from ..models.run_status import RunStatus, check_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.run_fields_kwargs import RunFieldsKwargs


T = TypeVar("T", bound="RunFields")


@_attrs_define
class RunFields:
    """Every field a run carries, none of them required: `list_runs` with `select` returns only
    the selected ones. `Run` is the same object with its always-present fields required.
    A run of a graph on a thread. The token counters come from the `usage_metadata` of the
    AI messages the run produced (lead agent = the graph itself, subagent = calls inside
    subgraphs, middleware = calls tagged `middleware`).

        Attributes:
            run_id (UUID | Unset):
            thread_id (UUID | Unset):
            assistant_id (UUID | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            status (RunStatus | Unset): A run's lifecycle; `pending` and `running` are active, the rest final.
            metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
            kwargs (RunFieldsKwargs | Unset): What the run was created with (input, command, config, context, stream_mode,
                ...).
            multitask_strategy (MultitaskStrategy | Unset): What to do when the thread already has an active run ("double
                texting"):
                `reject` answers 409; `enqueue` runs after the others, in order; `interrupt` cancels the
                active runs (they end `interrupted`, their checkpointed progress kept); `rollback` cancels
                them and deletes them and their checkpoints.
            langsmith_session_name (None | str | Unset):
            total_input_tokens (int | Unset): Input tokens of the run's model calls (0 until the run ends).
            total_output_tokens (int | Unset): Output tokens of the run's model calls (0 until the run ends).
            total_tokens (int | Unset): Input plus output tokens (0 until the run ends).
            llm_call_count (int | Unset): How many model calls the run made (0 until the run ends).
            lead_agent_tokens (int | Unset): Tokens of the calls made by the graph's own nodes.
            subagent_tokens (int | Unset): Tokens of the calls made inside subgraphs (or tagged `subagent`).
            middleware_tokens (int | Unset): Tokens of the calls tagged `middleware`.
            message_count (int | Unset): How many messages the run added to its thread (its `list_run_messages` entries).
    """

    run_id: UUID | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    assistant_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    status: RunStatus | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    kwargs: RunFieldsKwargs | Unset = UNSET
    multitask_strategy: MultitaskStrategy | Unset = UNSET
    langsmith_session_name: None | str | Unset = UNSET
    total_input_tokens: int | Unset = UNSET
    total_output_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    llm_call_count: int | Unset = UNSET
    lead_agent_tokens: int | Unset = UNSET
    subagent_tokens: int | Unset = UNSET
    middleware_tokens: int | Unset = UNSET
    message_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id: str | Unset = UNSET
        if not isinstance(self.run_id, Unset):
            run_id = str(self.run_id)

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        assistant_id: str | Unset = UNSET
        if not isinstance(self.assistant_id, Unset):
            assistant_id = str(self.assistant_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kwargs, Unset):
            kwargs = self.kwargs.to_dict()

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy

        langsmith_session_name: None | str | Unset
        if isinstance(self.langsmith_session_name, Unset):
            langsmith_session_name = UNSET
        else:
            langsmith_session_name = self.langsmith_session_name

        total_input_tokens = self.total_input_tokens

        total_output_tokens = self.total_output_tokens

        total_tokens = self.total_tokens

        llm_call_count = self.llm_call_count

        lead_agent_tokens = self.lead_agent_tokens

        subagent_tokens = self.subagent_tokens

        middleware_tokens = self.middleware_tokens

        message_count = self.message_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if kwargs is not UNSET:
            field_dict["kwargs"] = kwargs
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if langsmith_session_name is not UNSET:
            field_dict["langsmith_session_name"] = langsmith_session_name
        if total_input_tokens is not UNSET:
            field_dict["total_input_tokens"] = total_input_tokens
        if total_output_tokens is not UNSET:
            field_dict["total_output_tokens"] = total_output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if llm_call_count is not UNSET:
            field_dict["llm_call_count"] = llm_call_count
        if lead_agent_tokens is not UNSET:
            field_dict["lead_agent_tokens"] = lead_agent_tokens
        if subagent_tokens is not UNSET:
            field_dict["subagent_tokens"] = subagent_tokens
        if middleware_tokens is not UNSET:
            field_dict["middleware_tokens"] = middleware_tokens
        if message_count is not UNSET:
            field_dict["message_count"] = message_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.run_fields_kwargs import RunFieldsKwargs  # noqa: PLC0415

        d = dict(src_dict)
        _run_id = d.pop("run_id", UNSET)
        run_id: UUID | Unset
        if isinstance(_run_id, Unset):
            run_id = UNSET
        else:
            run_id = UUID(_run_id)

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = UUID(_thread_id)

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: UUID | Unset
        if isinstance(_assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = UUID(_assistant_id)

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

        _status = d.pop("status", UNSET)
        status: RunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_run_status(_status)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _kwargs = d.pop("kwargs", UNSET)
        kwargs: RunFieldsKwargs | Unset
        if isinstance(_kwargs, Unset):
            kwargs = UNSET
        else:
            kwargs = RunFieldsKwargs.from_dict(_kwargs)

        _multitask_strategy = d.pop("multitask_strategy", UNSET)
        multitask_strategy: MultitaskStrategy | Unset
        if isinstance(_multitask_strategy, Unset):
            multitask_strategy = UNSET
        else:
            multitask_strategy = check_multitask_strategy(_multitask_strategy)

        def _parse_langsmith_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        langsmith_session_name = _parse_langsmith_session_name(d.pop("langsmith_session_name", UNSET))

        total_input_tokens = d.pop("total_input_tokens", UNSET)

        total_output_tokens = d.pop("total_output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        llm_call_count = d.pop("llm_call_count", UNSET)

        lead_agent_tokens = d.pop("lead_agent_tokens", UNSET)

        subagent_tokens = d.pop("subagent_tokens", UNSET)

        middleware_tokens = d.pop("middleware_tokens", UNSET)

        message_count = d.pop("message_count", UNSET)

        run_fields = cls(
            run_id=run_id,
            thread_id=thread_id,
            assistant_id=assistant_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            metadata=metadata,
            kwargs=kwargs,
            multitask_strategy=multitask_strategy,
            langsmith_session_name=langsmith_session_name,
            total_input_tokens=total_input_tokens,
            total_output_tokens=total_output_tokens,
            total_tokens=total_tokens,
            llm_call_count=llm_call_count,
            lead_agent_tokens=lead_agent_tokens,
            subagent_tokens=subagent_tokens,
            middleware_tokens=middleware_tokens,
            message_count=message_count,
        )

        run_fields.additional_properties = d
        return run_fields

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
