from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.durability import Durability, check_durability
from ..models.on_completion import OnCompletion, check_on_completion
from ..models.stream_mode import StreamMode, check_stream_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.context import Context
    from ..models.cron_patch_input import CronPatchInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CronPatch")


@_attrs_define
class CronPatch:
    """The body of `update_cron`; at least one field. Omitted fields keep their value.

    Attributes:
        schedule (str | Unset): A new cron expression.
        timezone (str | Unset): A new IANA time zone for the schedule.
        end_time (datetime.datetime | None | Unset): A new end time, or null to remove the end time.
        enabled (bool | Unset): Pause (`false`) or resume (`true`) the cron.
        on_run_completed (OnCompletion | Unset): What happens to a stateless run's temporary thread when the run ends.
        input_ (CronPatchInput | list[Any] | None | Unset): A new input for each run.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        config (Config | Unset): A LangChain `RunnableConfig` subset passed to the graph.
        context (Context | Unset): Static run context passed to graphs that declare a `context_schema`.
        webhook (str | Unset): A new webhook URL.
        interrupt_before (list[str] | Literal['*'] | Unset): Nodes to pause at (`"*"` for every node).
        interrupt_after (list[str] | Literal['*'] | Unset): Nodes to pause at (`"*"` for every node).
        durability (Durability | Unset): When checkpoints are written: `sync` before the next step starts, `async` while
            it runs,
            `exit` only when the graph exits.
        stream_mode (list[StreamMode] | StreamMode | Unset): One stream mode, or several.
        stream_subgraphs (bool | Unset): Include subgraph events in each run's stream.
        stream_resumable (bool | Unset): Store each run's events so its stream can be joined and replayed later.
    """

    schedule: str | Unset = UNSET
    timezone: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    on_run_completed: OnCompletion | Unset = UNSET
    input_: CronPatchInput | list[Any] | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    config: Config | Unset = UNSET
    context: Context | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: list[str] | Literal["*"] | Unset = UNSET
    interrupt_after: list[str] | Literal["*"] | Unset = UNSET
    durability: Durability | Unset = UNSET
    stream_mode: list[StreamMode] | StreamMode | Unset = UNSET
    stream_subgraphs: bool | Unset = UNSET
    stream_resumable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.cron_patch_input import CronPatchInput  # noqa: PLC0415

        schedule = self.schedule

        timezone = self.timezone

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        enabled = self.enabled

        on_run_completed: str | Unset = UNSET
        if not isinstance(self.on_run_completed, Unset):
            on_run_completed = self.on_run_completed

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, CronPatchInput):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        webhook = self.webhook

        interrupt_before: list[str] | Literal["*"] | Unset
        if isinstance(self.interrupt_before, Unset):
            interrupt_before = UNSET
        elif isinstance(self.interrupt_before, list):
            interrupt_before = self.interrupt_before

        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | Literal["*"] | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, list):
            interrupt_after = self.interrupt_after

        else:
            interrupt_after = self.interrupt_after

        durability: str | Unset = UNSET
        if not isinstance(self.durability, Unset):
            durability = self.durability

        stream_mode: list[str] | str | Unset
        if isinstance(self.stream_mode, Unset):
            stream_mode = UNSET
        elif isinstance(self.stream_mode, str):
            stream_mode = self.stream_mode
        else:
            stream_mode = []
            for componentsschemas_stream_modes_type_1_item_data in self.stream_mode:
                componentsschemas_stream_modes_type_1_item: str = componentsschemas_stream_modes_type_1_item_data
                stream_mode.append(componentsschemas_stream_modes_type_1_item)

        stream_subgraphs = self.stream_subgraphs

        stream_resumable = self.stream_resumable

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if on_run_completed is not UNSET:
            field_dict["on_run_completed"] = on_run_completed
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if interrupt_before is not UNSET:
            field_dict["interrupt_before"] = interrupt_before
        if interrupt_after is not UNSET:
            field_dict["interrupt_after"] = interrupt_after
        if durability is not UNSET:
            field_dict["durability"] = durability
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs
        if stream_resumable is not UNSET:
            field_dict["stream_resumable"] = stream_resumable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config import Config  # noqa: PLC0415
        from ..models.context import Context  # noqa: PLC0415
        from ..models.cron_patch_input import CronPatchInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        schedule = d.pop("schedule", UNSET)

        timezone = d.pop("timezone", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        _on_run_completed = d.pop("on_run_completed", UNSET)
        on_run_completed: OnCompletion | Unset
        if isinstance(_on_run_completed, Unset):
            on_run_completed = UNSET
        else:
            on_run_completed = check_on_completion(_on_run_completed)

        def _parse_input_(data: object) -> CronPatchInput | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = CronPatchInput.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[Any], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CronPatchInput | list[Any] | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _config = d.pop("config", UNSET)
        config: Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Config.from_dict(_config)

        _context = d.pop("context", UNSET)
        context: Context | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = Context.from_dict(_context)

        webhook = d.pop("webhook", UNSET)

        def _parse_interrupt_before(data: object) -> list[str] | Literal["*"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_interrupt_nodes_type_0 = cast(Literal["*"], data)
            if componentsschemas_interrupt_nodes_type_0 != "*":
                raise ValueError(
                    f"/components/schemas/InterruptNodes_type_0 must match const '*', got '{componentsschemas_interrupt_nodes_type_0}'"
                )
            return componentsschemas_interrupt_nodes_type_0
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_1 = cast(list[str], data)

            return componentsschemas_interrupt_nodes_type_1

        interrupt_before = _parse_interrupt_before(d.pop("interrupt_before", UNSET))

        def _parse_interrupt_after(data: object) -> list[str] | Literal["*"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_interrupt_nodes_type_0 = cast(Literal["*"], data)
            if componentsschemas_interrupt_nodes_type_0 != "*":
                raise ValueError(
                    f"/components/schemas/InterruptNodes_type_0 must match const '*', got '{componentsschemas_interrupt_nodes_type_0}'"
                )
            return componentsschemas_interrupt_nodes_type_0
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_interrupt_nodes_type_1 = cast(list[str], data)

            return componentsschemas_interrupt_nodes_type_1

        interrupt_after = _parse_interrupt_after(d.pop("interrupt_after", UNSET))

        _durability = d.pop("durability", UNSET)
        durability: Durability | Unset
        if isinstance(_durability, Unset):
            durability = UNSET
        else:
            durability = check_durability(_durability)

        def _parse_stream_mode(data: object) -> list[StreamMode] | StreamMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_stream_modes_type_0 = check_stream_mode(data)

                return componentsschemas_stream_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_stream_modes_type_1 = []
            _componentsschemas_stream_modes_type_1 = data
            for componentsschemas_stream_modes_type_1_item_data in _componentsschemas_stream_modes_type_1:
                componentsschemas_stream_modes_type_1_item = check_stream_mode(
                    componentsschemas_stream_modes_type_1_item_data
                )

                componentsschemas_stream_modes_type_1.append(componentsschemas_stream_modes_type_1_item)

            return componentsschemas_stream_modes_type_1

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        stream_subgraphs = d.pop("stream_subgraphs", UNSET)

        stream_resumable = d.pop("stream_resumable", UNSET)

        cron_patch = cls(
            schedule=schedule,
            timezone=timezone,
            end_time=end_time,
            enabled=enabled,
            on_run_completed=on_run_completed,
            input_=input_,
            metadata=metadata,
            config=config,
            context=context,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            durability=durability,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
        )

        return cron_patch
