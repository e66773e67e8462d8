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


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """A run of a graph on a thread.

    Attributes:
        run_id (UUID):
        thread_id (UUID):
        assistant_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status (RunStatus): A run's lifecycle; `pending` and `running` are active, the rest final.
        metadata (Metadata): Free-form JSON object attached to a resource; searchable by containment.
        kwargs (RunFieldsKwargs): What the run was created with (input, command, config, context, stream_mode, ...).
        multitask_strategy (MultitaskStrategy): What to do when the thread already has an active run ("double texting"):
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

    run_id: UUID
    thread_id: UUID
    assistant_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: RunStatus
    metadata: Metadata
    kwargs: RunFieldsKwargs
    multitask_strategy: MultitaskStrategy
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
        run_id = str(self.run_id)

        thread_id = str(self.thread_id)

        assistant_id = str(self.assistant_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status: str = self.status

        metadata = self.metadata.to_dict()

        kwargs = self.kwargs.to_dict()

        multitask_strategy: str = self.multitask_strategy

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
        field_dict.update(
            {
                "run_id": run_id,
                "thread_id": thread_id,
                "assistant_id": assistant_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "metadata": metadata,
                "kwargs": kwargs,
                "multitask_strategy": multitask_strategy,
            }
        )
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
        run_id = UUID(d.pop("run_id"))

        thread_id = UUID(d.pop("thread_id"))

        assistant_id = UUID(d.pop("assistant_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = check_run_status(d.pop("status"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        kwargs = RunFieldsKwargs.from_dict(d.pop("kwargs"))

        multitask_strategy = check_multitask_strategy(d.pop("multitask_strategy"))

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

        run = cls(
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

        run.additional_properties = d
        return run

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
