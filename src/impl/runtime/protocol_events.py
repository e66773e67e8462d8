"""Turning what `graph.astream` yields into the protocol's events (names and payloads).

The mapping, as the reference does it:
- `messages-tuple` is langgraph's `messages` mode, sent under the event name `messages`
  with data `[message, metadata]`;
- the legacy `messages` mode accumulates token chunks per message id: `messages/metadata`
  the first time an id is seen, then `messages/partial` with the whole text so far for
  chunks, or `messages/complete` for a message that arrives whole;
- every other mode keeps its name; subgraph events get `|<namespace>` appended.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_core.messages import BaseMessage, BaseMessageChunk, message_chunk_to_message

from graphport.impl.serde import dumps

# Protocol stream modes and the langgraph stream modes that produce them.
GRAPH_MODES: dict[str, str | None] = {
    "values": "values",
    "updates": "updates",
    "custom": "custom",
    "debug": "debug",
    "tasks": "tasks",
    "checkpoints": "checkpoints",
    "messages-tuple": "messages",
    "messages": "messages",
    "events": None,  # served through astream_events
    "tools": None,  # accepted for useStream; tool events come with `events`
}


def normalise_stream_modes(stream_mode: str | list[str] | None) -> list[str]:
    """The requested modes as a de-duplicated list (default `values`)."""
    if stream_mode is None:
        return ["values"]
    modes = [stream_mode] if isinstance(stream_mode, str) else list(stream_mode)
    seen: dict[str, None] = {}
    for mode in modes:
        seen.setdefault(mode, None)
    return list(seen) or ["values"]


def graph_stream_modes(requested: Iterable[str]) -> list[str]:
    """The langgraph modes to ask for: the requested ones plus `values` (kept for results)."""
    modes: dict[str, None] = {"values": None}
    for mode in requested:
        graph_mode = GRAPH_MODES.get(mode)
        if graph_mode is not None:
            modes.setdefault(graph_mode, None)
    return list(modes)


class EventMapper:
    """Maps one run's graph chunks to `(event name, JSON bytes)` pairs.

    Keeps the state the mapping needs: the last root `values` (the run's result) and the
    legacy messages accumulator.
    """

    __slots__ = ("_legacy", "_requested", "_seen", "_tuple", "has_values", "last_values")

    def __init__(self, requested: Iterable[str]) -> None:
        self._requested = frozenset(requested)
        self._tuple = "messages-tuple" in self._requested
        self._legacy = "messages" in self._requested
        self._seen: dict[str, BaseMessageChunk | None] = {}
        self.last_values: Any = None
        self.has_values = False

    def map(self, namespace: tuple[str, ...], mode: str, chunk: Any) -> list[tuple[str, bytes]]:
        suffix = "|" + "|".join(namespace) if namespace else ""
        if mode == "values":
            if not namespace:
                self.last_values = chunk
                self.has_values = True
            if "values" in self._requested:
                return [("values" + suffix, dumps(chunk))]
            return []
        if mode == "messages":
            return self._messages(suffix, chunk)
        if mode in self._requested:
            if mode == "debug":
                chunk = _with_checkpoint_ids(chunk)
            return [(mode + suffix, dumps(chunk))]
        return []

    def _messages(self, suffix: str, chunk: Any) -> list[tuple[str, bytes]]:
        message, metadata = chunk
        out: list[tuple[str, bytes]] = []
        if self._tuple:
            out.append(("messages" + suffix, dumps((message, metadata))))
        if self._legacy and isinstance(message, BaseMessage):
            out.extend(self._legacy_messages(suffix, message, metadata))
        return out

    def _legacy_messages(
        self, suffix: str, message: BaseMessage, metadata: Any
    ) -> list[tuple[str, bytes]]:
        out: list[tuple[str, bytes]] = []
        message_id = message.id or ""
        if message_id not in self._seen:
            self._seen[message_id] = None
            out.append(("messages/metadata" + suffix, dumps({message_id: {"metadata": metadata}})))
        if isinstance(message, BaseMessageChunk):
            previous = self._seen[message_id]
            accumulated = message if previous is None else previous + message
            self._seen[message_id] = accumulated
            out.append(
                ("messages/partial" + suffix, dumps([message_chunk_to_message(accumulated)]))
            )
        else:
            out.append(("messages/complete" + suffix, dumps([message])))
        return out


def _checkpoint_id(config: Any) -> dict[str, Any] | None:
    if not config:
        return None
    configurable = config.get("configurable") or {}
    return {
        "checkpoint_id": configurable.get("checkpoint_id"),
        "thread_id": configurable.get("thread_id"),
        "checkpoint_ns": configurable.get("checkpoint_ns", ""),
    }


def _with_checkpoint_ids(chunk: Any) -> Any:
    """`debug` checkpoint payloads also name their checkpoint and parent, as the reference's do."""
    if not isinstance(chunk, dict) or chunk.get("type") != "checkpoint":
        return chunk
    payload = chunk.get("payload")
    if not isinstance(payload, dict):
        return chunk
    payload = {
        **payload,
        "checkpoint": _checkpoint_id(payload.get("config")),
        "parent_checkpoint": _checkpoint_id(payload.get("parent_config")),
    }
    return {**chunk, "payload": payload}
