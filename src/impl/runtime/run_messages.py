"""The displayable messages a run added to its thread: what the history endpoints list.

They are derived from state, not from the stream, so they are the same whatever stream
modes the run asked for: the `messages` of the run's last root values (the human input
included, since the input is applied before the first step) that were not in the thread's
values before the run. A message is recognised by its id; one without an id by its JSON form.
Only human, AI, tool and system messages are displayable; anything else in the list is left
out, and so are messages a run merely changed (same id).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import orjson
from langchain_core.messages import (
    BaseMessage,
    BaseMessageChunk,
    convert_to_messages,
    message_chunk_to_message,
)

from graphport.impl.runtime.events import MESSAGE_EVENTS
from graphport.impl.serde import dumps, to_jsonable


def state_messages(values: Any) -> list[Any]:
    """The `messages` channel of a state (empty when the state has none)."""
    if isinstance(values, dict):
        messages = values.get("messages")
        if isinstance(messages, list):
            return messages
    return []


def _as_message(item: Any) -> BaseMessage | None:
    if isinstance(item, BaseMessageChunk):
        return message_chunk_to_message(item)
    if isinstance(item, BaseMessage):
        return item
    try:
        return convert_to_messages([item])[0]
    except (ValueError, TypeError, NotImplementedError, KeyError, IndexError):
        return None


def _identity(item: Any) -> tuple[str, bytes]:
    """How a message is recognised across the before and after states: its id, or else its
    JSON form (the before state is stored JSON, the after state live objects)."""
    message_id = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    if message_id:
        return ("id", str(message_id).encode())
    return ("json", orjson.dumps(to_jsonable(item), option=orjson.OPT_SORT_KEYS))


def added_messages(before: Any, after: Any) -> Iterable[tuple[str, bytes]]:
    """`(event type, serialised message)` of each displayable message `after` added to `before`.

    `before` is the thread's stored values (plain JSON), `after` the run's last root values
    (LangChain messages, or dicts when the state keeps them raw).
    """
    known = Counter(_identity(m) for m in state_messages(before))
    for item in state_messages(after):
        identity = _identity(item)
        if known[identity] > 0:
            known[identity] -= 1
            continue
        message = _as_message(item)
        if message is None:
            continue
        event = MESSAGE_EVENTS.get(message.type)
        if event is not None:
            yield event, dumps(message)
