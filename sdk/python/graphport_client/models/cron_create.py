from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.durability import Durability, check_durability
from ..models.multitask_strategy import MultitaskStrategy, check_multitask_strategy
from ..models.on_completion import OnCompletion, check_on_completion
from ..models.stream_mode import StreamMode, check_stream_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.context import Context
    from ..models.cron_create_input import CronCreateInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CronCreate")


@_attrs_define
class CronCreate:
    """The body of `create_cron`. The run fields mean what they mean on a run request.

    Attributes:
        assistant_id (str): The assistant to run, by UUID or by graph id (that graph's system assistant).
        schedule (str): A five-field cron expression (minute hour day-of-month month day-of-week), e.g. `*/5 * * * *`.
        timezone (str | Unset): The IANA time zone the schedule is read in (e.g. `Europe/Paris`); UTC when omitted.
        end_time (datetime.datetime | Unset): Stop running after this time; the cron runs indefinitely when omitted.
        enabled (bool | Unset): Create the cron paused (`false`) or active. Default: True.
        on_run_completed (OnCompletion | Unset): What happens to a stateless run's temporary thread when the run ends.
        input_ (CronCreateInput | list[Any] | None | Unset): The input of each run; null or omitted runs the graph
            without input.
        metadata (Metadata | Unset): Free-form JSON object attached to a resource; searchable by containment.
        config (Config | Unset): A LangChain `RunnableConfig` subset passed to the graph.
        context (Context | Unset): Static run context passed to graphs that declare a `context_schema`.
        webhook (str | Unset): A URL called with the run when each run ends; a path starting with `/` calls this server.
        interrupt_before (list[str] | Literal['*'] | Unset): Nodes to pause at (`"*"` for every node).
        interrupt_after (list[str] | Literal['*'] | Unset): Nodes to pause at (`"*"` for every node).
        multitask_strategy (MultitaskStrategy | Unset): What to do when the thread already has an active run ("double
            texting"):
            `reject` answers 409; `enqueue` runs after the others, in order; `interrupt` cancels the
            active runs (they end `interrupted`, their checkpointed progress kept); `rollback` cancels
            them and deletes them and their checkpoints.
        checkpoint_during (bool | Unset): Older spelling of `durability` (`true` is `async`, `false` is `exit`).
        durability (Durability | Unset): When checkpoints are written: `sync` before the next step starts, `async` while
            it runs,
            `exit` only when the graph exits.
        stream_mode (list[StreamMode] | StreamMode | Unset): One stream mode, or several.
        stream_subgraphs (bool | Unset): Include subgraph events in each run's stream. Default: False.
        stream_resumable (bool | Unset): Store each run's events so its stream can be joined and replayed later.
            Default: False.
    """

    assistant_id: str
    schedule: str
    timezone: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    enabled: bool | Unset = True
    on_run_completed: OnCompletion | Unset = UNSET
    input_: CronCreateInput | list[Any] | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    config: Config | Unset = UNSET
    context: Context | Unset = UNSET
    webhook: str | Unset = UNSET
    interrupt_before: list[str] | Literal["*"] | Unset = UNSET
    interrupt_after: list[str] | Literal["*"] | Unset = UNSET
    multitask_strategy: MultitaskStrategy | Unset = UNSET
    checkpoint_during: bool | Unset = UNSET
    durability: Durability | Unset = UNSET
    stream_mode: list[StreamMode] | StreamMode | Unset = UNSET
    stream_subgraphs: bool | Unset = False
    stream_resumable: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.cron_create_input import CronCreateInput  # noqa: PLC0415

        assistant_id = self.assistant_id

        schedule = self.schedule

        timezone = self.timezone

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        enabled = self.enabled

        on_run_completed: str | Unset = UNSET
        if not isinstance(self.on_run_completed, Unset):
            on_run_completed = self.on_run_completed

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, CronCreateInput):
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

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = self.multitask_strategy

        checkpoint_during = self.checkpoint_during

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

        field_dict.update(
            {
                "assistant_id": assistant_id,
                "schedule": schedule,
            }
        )
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
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if checkpoint_during is not UNSET:
            field_dict["checkpoint_during"] = checkpoint_during
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
        from ..models.cron_create_input import CronCreateInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        schedule = d.pop("schedule")

        timezone = d.pop("timezone", UNSET)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        enabled = d.pop("enabled", UNSET)

        _on_run_completed = d.pop("on_run_completed", UNSET)
        on_run_completed: OnCompletion | Unset
        if isinstance(_on_run_completed, Unset):
            on_run_completed = UNSET
        else:
            on_run_completed = check_on_completion(_on_run_completed)

        def _parse_input_(data: object) -> CronCreateInput | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = CronCreateInput.from_dict(data)

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
            return cast(CronCreateInput | list[Any] | None | Unset, data)

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

        _multitask_strategy = d.pop("multitask_strategy", UNSET)
        multitask_strategy: MultitaskStrategy | Unset
        if isinstance(_multitask_strategy, Unset):
            multitask_strategy = UNSET
        else:
            multitask_strategy = check_multitask_strategy(_multitask_strategy)

        checkpoint_during = d.pop("checkpoint_during", UNSET)

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

        cron_create = cls(
            assistant_id=assistant_id,
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
            multitask_strategy=multitask_strategy,
            checkpoint_during=checkpoint_during,
            durability=durability,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
        )

        return cron_create
