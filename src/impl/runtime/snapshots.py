"""A thread's state as the protocol shows it: langgraph's `StateSnapshot`, as JSON.

`ThreadState` is `{values, next, tasks, metadata, created_at, checkpoint, parent_checkpoint,
interrupts, checkpoint_id, parent_checkpoint_id}` in that order, with tasks as `{id, name, path,
error, interrupts, checkpoint, state, result}` (a subgraph task carries its subgraph's checkpoint,
or its whole state when subgraph states were asked for). Also here: reading the checkpoint
selectors clients send (flat, or wrapped in `configurable`, or a bare id) into a config.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.types import Interrupt, PregelTask, StateSnapshot

from graphport.impl.serde import to_jsonable

_CHECKPOINT_KEYS = ("checkpoint_id", "thread_id", "checkpoint_ns", "checkpoint_map")


def empty_state() -> dict[str, Any]:
    """The state of a thread that has no checkpoint yet."""
    return {
        "values": {},
        "next": [],
        "tasks": [],
        "metadata": None,
        "created_at": None,
        "checkpoint": None,
        "parent_checkpoint": None,
        "interrupts": [],
        "checkpoint_id": None,
        "parent_checkpoint_id": None,
    }


def state_json(snapshot: StateSnapshot, select: Collection[str] | None = None) -> dict[str, Any]:
    """`snapshot` as a `ThreadState`; a `values.<key>` selection narrows `values` to those keys."""
    if snapshot.created_at is None:
        return empty_state()
    checkpoint = checkpoint_json(snapshot.config)
    parent = checkpoint_json(snapshot.parent_config) if snapshot.parent_config else None
    return {
        "values": _selected_values(to_jsonable(snapshot.values), select),
        "next": list(snapshot.next),
        "tasks": [_task_json(task) for task in snapshot.tasks],
        "metadata": to_jsonable(snapshot.metadata),
        "created_at": snapshot.created_at,
        "checkpoint": checkpoint,
        "parent_checkpoint": parent,
        "interrupts": interrupts_json(snapshot.interrupts),
        "checkpoint_id": checkpoint["checkpoint_id"] if checkpoint else None,
        "parent_checkpoint_id": parent["checkpoint_id"] if parent else None,
    }


def checkpoint_json(config: RunnableConfig | None) -> dict[str, Any] | None:
    """The `checkpoint` object of a state: the checkpoint keys of a config's `configurable`."""
    if not config:
        return None
    configurable = config.get("configurable") or {}
    return {key: configurable[key] for key in _CHECKPOINT_KEYS if key in configurable}


def interrupts_json(interrupts: Iterable[Interrupt]) -> list[dict[str, Any]]:
    return [{"id": item.id, "value": to_jsonable(item.value)} for item in interrupts]


def thread_interrupts(snapshot: StateSnapshot) -> dict[str, Any]:
    """`Thread.interrupts`: the pending interrupts by the id of the task that raised them."""
    return {task.id: interrupts_json(task.interrupts) for task in snapshot.tasks if task.interrupts}


def thread_values(snapshot: StateSnapshot) -> Any:
    """`Thread.values`: the latest values, or None before the first checkpoint."""
    return to_jsonable(snapshot.values) if snapshot.created_at is not None else None


def _task_json(task: PregelTask) -> dict[str, Any]:
    state = task.state
    error = task.error
    return {
        "id": task.id,
        "name": task.name,
        "path": to_jsonable(task.path),
        "error": repr(error) if isinstance(error, BaseException) else error,
        "interrupts": interrupts_json(task.interrupts),
        "checkpoint": (
            to_jsonable(state.get("configurable")) if isinstance(state, Mapping) else None
        ),
        "state": state_json(state) if isinstance(state, StateSnapshot) else None,
        "result": to_jsonable(task.result),
    }


def _selected_values(values: Any, select: Collection[str] | None) -> Any:
    if not select or not isinstance(values, dict):
        return values
    keys = [field[len("values.") :] for field in select if field.startswith("values.")]
    if not keys:
        return values
    return {key: values[key] for key in keys if key in values}


# -- checkpoint selectors ---------------------------------------------------------------


def checkpoint_fields(selector: Mapping[str, Any] | str | None) -> dict[str, Any]:
    """The checkpoint keys of a selector: an id, a flat checkpoint, or `{configurable: {...}}`."""
    if selector is None:
        return {}
    if isinstance(selector, str):
        return {"checkpoint_id": selector}
    source = selector.get("configurable") or selector
    return {
        key: source[key]
        for key in ("checkpoint_ns", "checkpoint_id", "checkpoint_map")
        if source.get(key) is not None
    }


def state_config(
    thread_id: str,
    selector: Mapping[str, Any] | str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> RunnableConfig:
    """The config naming a thread's checkpoint (its latest, without a selector)."""
    configurable: dict[str, Any] = {"thread_id": thread_id, "checkpoint_ns": ""}
    configurable.update(checkpoint_fields(selector))
    config = RunnableConfig(configurable=configurable)
    if metadata is not None:
        config["metadata"] = dict(metadata)
    return config
