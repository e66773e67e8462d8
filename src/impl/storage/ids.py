"""Time-ordered ids: UUIDv7, as the reference mints for threads, runs and crons."""

from __future__ import annotations

import functools
import os
import time
import uuid

_NAMESPACE_SYSTEM_ASSISTANT = uuid.UUID("6ba7b821-9dad-11d1-80b4-00c04fd430c8")


def uuid7() -> str:
    """A random UUID whose first 48 bits are the Unix time in milliseconds (RFC 9562)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | rand
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))


@functools.lru_cache(maxsize=1024)
def system_assistant_id(graph_id: str) -> str:
    """The id of a graph's system assistant, the same on every LangGraph server (computed
    once per graph id: a run names its assistant by graph id every time)."""
    return str(uuid.uuid5(_NAMESPACE_SYSTEM_ASSISTANT, graph_id))
