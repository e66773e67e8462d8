from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.durability import Durability, check_durability
from ..models.if_not_exists import IfNotExists, check_if_not_exists
from ..models.multitask_strategy import MultitaskStrategy, check_multitask_strategy
from ..models.on_completion import OnCompletion, check_on_completion
from ..models.on_disconnect import OnDisconnect, check_on_disconnect
from ..models.stream_mode import StreamMode, check_stream_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_config import CheckpointConfig
    from ..models.command import Command
    from ..models.config import Config
    from ..models.context import Context
    from ..models.langsmith_tracer import LangsmithTracer
    from ..models.metadata import Metadata


T = TypeVar("T", bound="RunCreate")


@_attrs_define
class RunCreate:
    """Creates a run on a thread. Every field the official SDKs send is declared, so nothing is
    silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
    given".

        Attributes:
            assistant_id (str): An assistant UUID, or a graph id (its system assistant). Anything else is a 422 that
                names the registered graphs.
            input_ (Any | Unset): The graph's input (any JSON); `null` or omitted to continue from the thread's state.
            command (Command | None | Unset): Resume, update or redirect the graph instead of (or with) `input`.
            metadata (Metadata | None | Unset): Metadata of the run (merged into the run's checkpoints' metadata).
            config (Config | None | Unset): Config for the graph, merged over the assistant's. Giving `config.configurable`
                together with `context` is a 400.
            context (Context | None | Unset): Static context for the graph, merged over the assistant's. Giving it together
                with `config.configurable` is a 400.
            checkpoint (CheckpointConfig | None | Unset): Start from this checkpoint of the thread (time travel, branching).
            checkpoint_id (None | str | Unset): Start from the checkpoint with this id.
            webhook (None | str | Unset): URL called with the run when it ends; a path starting with `/` calls this server.
            interrupt_before (list[str] | Literal['*'] | None | Unset): Pause before these nodes.
            interrupt_after (list[str] | Literal['*'] | None | Unset): Pause after these nodes.
            stream_mode (list[StreamMode] | None | StreamMode | Unset): What the stream carries (default `values`).
            stream_subgraphs (bool | None | Unset): Also stream subgraph events, named `<mode>|<namespace>`.
            stream_resumable (bool | None | Unset): Store the events with ids so the stream can be rejoined with `Last-
                Event-ID`.
            feedback_keys (list[str] | None | Unset): LangSmith feedback keys; accepted and recorded (graphport makes no
                LangSmith calls).
            multitask_strategy (MultitaskStrategy | None | Unset): What to do if the thread already has an active run
                (default `enqueue`).
            if_not_exists (IfNotExists | None | Unset): What to do when the thread does not exist (default `reject`, a 404).
            on_disconnect (None | OnDisconnect | Unset): Streaming runs only (default `continue`); ignored by background
                runs.
            on_completion (None | OnCompletion | Unset): Sent by the SDKs on every run; it only applies to stateless runs
                and is ignored on a thread run.
            after_seconds (float | None | Unset): Start the run this many seconds from now.
            checkpoint_during (bool | None | Unset): Old name for `durability` (`true` is `async`, `false` is `exit`);
                `durability` wins when both are given.
            durability (Durability | None | Unset): When checkpoints are written (default `async`).
            strict_resume (bool | None | Unset): With `command.resume`, fail (422) unless the thread has a pending
                interrupt.
            langsmith_tracer (LangsmithTracer | None | Unset):
    """

    assistant_id: str
    input_: Any | Unset = UNSET
    command: Command | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    config: Config | None | Unset = UNSET
    context: Context | None | Unset = UNSET
    checkpoint: CheckpointConfig | None | Unset = UNSET
    checkpoint_id: None | str | Unset = UNSET
    webhook: None | str | Unset = UNSET
    interrupt_before: list[str] | Literal["*"] | None | Unset = UNSET
    interrupt_after: list[str] | Literal["*"] | None | Unset = UNSET
    stream_mode: list[StreamMode] | None | StreamMode | Unset = UNSET
    stream_subgraphs: bool | None | Unset = UNSET
    stream_resumable: bool | None | Unset = UNSET
    feedback_keys: list[str] | None | Unset = UNSET
    multitask_strategy: MultitaskStrategy | None | Unset = UNSET
    if_not_exists: IfNotExists | None | Unset = UNSET
    on_disconnect: None | OnDisconnect | Unset = UNSET
    on_completion: None | OnCompletion | Unset = UNSET
    after_seconds: float | None | Unset = UNSET
    checkpoint_during: bool | None | Unset = UNSET
    durability: Durability | None | Unset = UNSET
    strict_resume: bool | None | Unset = UNSET
    langsmith_tracer: LangsmithTracer | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.command import Command  # noqa: PLC0415
        from ..models.config import Config  # noqa: PLC0415
        from ..models.context import Context  # noqa: PLC0415
        from ..models.langsmith_tracer import LangsmithTracer  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        assistant_id = self.assistant_id

        input_ = self.input_

        command: dict[str, Any] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, Config):
            config = self.config.to_dict()
        else:
            config = self.config

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, Context):
            context = self.context.to_dict()
        else:
            context = self.context

        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, CheckpointConfig):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        checkpoint_id: None | str | Unset
        if isinstance(self.checkpoint_id, Unset):
            checkpoint_id = UNSET
        else:
            checkpoint_id = self.checkpoint_id

        webhook: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        interrupt_before: list[str] | Literal["*"] | None | Unset
        if isinstance(self.interrupt_before, Unset):
            interrupt_before = UNSET
        elif isinstance(self.interrupt_before, list):
            interrupt_before = self.interrupt_before

        else:
            interrupt_before = self.interrupt_before

        interrupt_after: list[str] | Literal["*"] | None | Unset
        if isinstance(self.interrupt_after, Unset):
            interrupt_after = UNSET
        elif isinstance(self.interrupt_after, list):
            interrupt_after = self.interrupt_after

        else:
            interrupt_after = self.interrupt_after

        stream_mode: list[str] | None | str | Unset
        if isinstance(self.stream_mode, Unset):
            stream_mode = UNSET
        elif isinstance(self.stream_mode, str):
            stream_mode = self.stream_mode
        elif isinstance(self.stream_mode, list):
            stream_mode = []
            for componentsschemas_stream_modes_type_1_item_data in self.stream_mode:
                componentsschemas_stream_modes_type_1_item: str = componentsschemas_stream_modes_type_1_item_data
                stream_mode.append(componentsschemas_stream_modes_type_1_item)

        else:
            stream_mode = self.stream_mode

        stream_subgraphs: bool | None | Unset
        if isinstance(self.stream_subgraphs, Unset):
            stream_subgraphs = UNSET
        else:
            stream_subgraphs = self.stream_subgraphs

        stream_resumable: bool | None | Unset
        if isinstance(self.stream_resumable, Unset):
            stream_resumable = UNSET
        else:
            stream_resumable = self.stream_resumable

        feedback_keys: list[str] | None | Unset
        if isinstance(self.feedback_keys, Unset):
            feedback_keys = UNSET
        elif isinstance(self.feedback_keys, list):
            feedback_keys = self.feedback_keys

        else:
            feedback_keys = self.feedback_keys

        multitask_strategy: None | str | Unset
        if isinstance(self.multitask_strategy, Unset):
            multitask_strategy = UNSET
        elif isinstance(self.multitask_strategy, str):
            multitask_strategy = self.multitask_strategy
        else:
            multitask_strategy = self.multitask_strategy

        if_not_exists: None | str | Unset
        if isinstance(self.if_not_exists, Unset):
            if_not_exists = UNSET
        elif isinstance(self.if_not_exists, str):
            if_not_exists = self.if_not_exists
        else:
            if_not_exists = self.if_not_exists

        on_disconnect: None | str | Unset
        if isinstance(self.on_disconnect, Unset):
            on_disconnect = UNSET
        elif isinstance(self.on_disconnect, str):
            on_disconnect = self.on_disconnect
        else:
            on_disconnect = self.on_disconnect

        on_completion: None | str | Unset
        if isinstance(self.on_completion, Unset):
            on_completion = UNSET
        elif isinstance(self.on_completion, str):
            on_completion = self.on_completion
        else:
            on_completion = self.on_completion

        after_seconds: float | None | Unset
        if isinstance(self.after_seconds, Unset):
            after_seconds = UNSET
        else:
            after_seconds = self.after_seconds

        checkpoint_during: bool | None | Unset
        if isinstance(self.checkpoint_during, Unset):
            checkpoint_during = UNSET
        else:
            checkpoint_during = self.checkpoint_during

        durability: None | str | Unset
        if isinstance(self.durability, Unset):
            durability = UNSET
        elif isinstance(self.durability, str):
            durability = self.durability
        else:
            durability = self.durability

        strict_resume: bool | None | Unset
        if isinstance(self.strict_resume, Unset):
            strict_resume = UNSET
        else:
            strict_resume = self.strict_resume

        langsmith_tracer: dict[str, Any] | None | Unset
        if isinstance(self.langsmith_tracer, Unset):
            langsmith_tracer = UNSET
        elif isinstance(self.langsmith_tracer, LangsmithTracer):
            langsmith_tracer = self.langsmith_tracer.to_dict()
        else:
            langsmith_tracer = self.langsmith_tracer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if command is not UNSET:
            field_dict["command"] = command
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if config is not UNSET:
            field_dict["config"] = config
        if context is not UNSET:
            field_dict["context"] = context
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if interrupt_before is not UNSET:
            field_dict["interrupt_before"] = interrupt_before
        if interrupt_after is not UNSET:
            field_dict["interrupt_after"] = interrupt_after
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs
        if stream_resumable is not UNSET:
            field_dict["stream_resumable"] = stream_resumable
        if feedback_keys is not UNSET:
            field_dict["feedback_keys"] = feedback_keys
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if if_not_exists is not UNSET:
            field_dict["if_not_exists"] = if_not_exists
        if on_disconnect is not UNSET:
            field_dict["on_disconnect"] = on_disconnect
        if on_completion is not UNSET:
            field_dict["on_completion"] = on_completion
        if after_seconds is not UNSET:
            field_dict["after_seconds"] = after_seconds
        if checkpoint_during is not UNSET:
            field_dict["checkpoint_during"] = checkpoint_during
        if durability is not UNSET:
            field_dict["durability"] = durability
        if strict_resume is not UNSET:
            field_dict["strict_resume"] = strict_resume
        if langsmith_tracer is not UNSET:
            field_dict["langsmith_tracer"] = langsmith_tracer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_config import CheckpointConfig  # noqa: PLC0415
        from ..models.command import Command  # noqa: PLC0415
        from ..models.config import Config  # noqa: PLC0415
        from ..models.context import Context  # noqa: PLC0415
        from ..models.langsmith_tracer import LangsmithTracer  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        input_ = d.pop("input", UNSET)

        def _parse_command(data: object) -> Command | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                command_type_0 = Command.from_dict(data)

                return command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Command | None | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_config(data: object) -> Config | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = Config.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Config | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_context(data: object) -> Context | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = Context.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Context | None | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_checkpoint(data: object) -> CheckpointConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoint_type_0 = CheckpointConfig.from_dict(data)

                return checkpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointConfig | None | Unset, data)

        checkpoint = _parse_checkpoint(d.pop("checkpoint", UNSET))

        def _parse_checkpoint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checkpoint_id = _parse_checkpoint_id(d.pop("checkpoint_id", UNSET))

        def _parse_webhook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        def _parse_interrupt_before(data: object) -> list[str] | Literal["*"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            componentsschemas_interrupt_nodes_type_0 = cast(Literal["*"], data)
            if componentsschemas_interrupt_nodes_type_0 != "*":
                raise ValueError(
                    f"/components/schemas/InterruptNodes_type_0 must match const '*', got '{componentsschemas_interrupt_nodes_type_0}'"
                )
            return componentsschemas_interrupt_nodes_type_0
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_interrupt_nodes_type_1 = cast(list[str], data)

                return componentsschemas_interrupt_nodes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Literal["*"] | None | Unset, data)

        interrupt_before = _parse_interrupt_before(d.pop("interrupt_before", UNSET))

        def _parse_interrupt_after(data: object) -> list[str] | Literal["*"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            componentsschemas_interrupt_nodes_type_0 = cast(Literal["*"], data)
            if componentsschemas_interrupt_nodes_type_0 != "*":
                raise ValueError(
                    f"/components/schemas/InterruptNodes_type_0 must match const '*', got '{componentsschemas_interrupt_nodes_type_0}'"
                )
            return componentsschemas_interrupt_nodes_type_0
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_interrupt_nodes_type_1 = cast(list[str], data)

                return componentsschemas_interrupt_nodes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Literal["*"] | None | Unset, data)

        interrupt_after = _parse_interrupt_after(d.pop("interrupt_after", UNSET))

        def _parse_stream_mode(data: object) -> list[StreamMode] | None | StreamMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_stream_modes_type_0 = check_stream_mode(data)

                return componentsschemas_stream_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StreamMode] | None | StreamMode | Unset, data)

        stream_mode = _parse_stream_mode(d.pop("stream_mode", UNSET))

        def _parse_stream_subgraphs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream_subgraphs = _parse_stream_subgraphs(d.pop("stream_subgraphs", UNSET))

        def _parse_stream_resumable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream_resumable = _parse_stream_resumable(d.pop("stream_resumable", UNSET))

        def _parse_feedback_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                feedback_keys_type_0 = cast(list[str], data)

                return feedback_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        feedback_keys = _parse_feedback_keys(d.pop("feedback_keys", UNSET))

        def _parse_multitask_strategy(data: object) -> MultitaskStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                multitask_strategy_type_0 = check_multitask_strategy(data)

                return multitask_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultitaskStrategy | None | Unset, data)

        multitask_strategy = _parse_multitask_strategy(d.pop("multitask_strategy", UNSET))

        def _parse_if_not_exists(data: object) -> IfNotExists | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                if_not_exists_type_0 = check_if_not_exists(data)

                return if_not_exists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IfNotExists | None | Unset, data)

        if_not_exists = _parse_if_not_exists(d.pop("if_not_exists", UNSET))

        def _parse_on_disconnect(data: object) -> None | OnDisconnect | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_disconnect_type_0 = check_on_disconnect(data)

                return on_disconnect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnDisconnect | Unset, data)

        on_disconnect = _parse_on_disconnect(d.pop("on_disconnect", UNSET))

        def _parse_on_completion(data: object) -> None | OnCompletion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_completion_type_0 = check_on_completion(data)

                return on_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnCompletion | Unset, data)

        on_completion = _parse_on_completion(d.pop("on_completion", UNSET))

        def _parse_after_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        after_seconds = _parse_after_seconds(d.pop("after_seconds", UNSET))

        def _parse_checkpoint_during(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        checkpoint_during = _parse_checkpoint_during(d.pop("checkpoint_during", UNSET))

        def _parse_durability(data: object) -> Durability | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                durability_type_0 = check_durability(data)

                return durability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Durability | None | Unset, data)

        durability = _parse_durability(d.pop("durability", UNSET))

        def _parse_strict_resume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict_resume = _parse_strict_resume(d.pop("strict_resume", UNSET))

        def _parse_langsmith_tracer(data: object) -> LangsmithTracer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                langsmith_tracer_type_0 = LangsmithTracer.from_dict(data)

                return langsmith_tracer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangsmithTracer | None | Unset, data)

        langsmith_tracer = _parse_langsmith_tracer(d.pop("langsmith_tracer", UNSET))

        run_create = cls(
            assistant_id=assistant_id,
            input_=input_,
            command=command,
            metadata=metadata,
            config=config,
            context=context,
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            webhook=webhook,
            interrupt_before=interrupt_before,
            interrupt_after=interrupt_after,
            stream_mode=stream_mode,
            stream_subgraphs=stream_subgraphs,
            stream_resumable=stream_resumable,
            feedback_keys=feedback_keys,
            multitask_strategy=multitask_strategy,
            if_not_exists=if_not_exists,
            on_disconnect=on_disconnect,
            on_completion=on_completion,
            after_seconds=after_seconds,
            checkpoint_during=checkpoint_during,
            durability=durability,
            strict_resume=strict_resume,
            langsmith_tracer=langsmith_tracer,
        )

        return run_create
