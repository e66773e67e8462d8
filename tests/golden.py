"""Comparing our streams with the reference's recorded ones (tests/fixtures/captures).

Both sides are parsed into events; then ids, timestamps and values that only say which
server answered are normalised away, and what is left must be equal: event names, their
order, and every payload.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from helpers import CAPTURES

BODY_MARKER = b"<<< raw body follows (exact bytes)\n"

# Keys whose values say which server (or when) answered, not what the run did.
SERVER_KEYS = frozenset(
    {
        "langgraph_api_version",
        "langgraph_plan",
        "langgraph_api_url",
        "graphport_version",
        "__request_start_time_ms__",
    }
)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX32 = re.compile(r"\b[0-9a-f]{32}\b")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)$")


@dataclass(frozen=True)
class SseEvent:
    event: str
    data: Any
    id: str | None


def parse_sse(body: bytes) -> list[SseEvent]:
    """Events of an SSE body framed as the reference frames them (CRLF, comments ignored)."""
    events: list[SseEvent] = []
    for block in body.split(b"\r\n\r\n"):
        if not block.strip():
            continue
        fields: dict[str, str] = {}
        for line in block.split(b"\r\n"):
            if line.startswith(b":"):
                continue
            name, _, value = line.decode().partition(": ")
            fields[name] = value
        if "event" not in fields:
            continue
        events.append(SseEvent(fields["event"], orjson.loads(fields["data"]), fields.get("id")))
    return events


def capture(name: str) -> tuple[str, bytes]:
    """The request line and the exact response body of a capture."""
    raw = (CAPTURES / name).read_bytes()
    head, body = raw.split(BODY_MARKER, 1)
    return head.decode().splitlines()[0], body


def capture_events(name: str) -> list[SseEvent]:
    return parse_sse(capture(name)[1])


def capture_request_body(name: str) -> Any:
    for line in (CAPTURES / name).read_text().splitlines():
        if line.startswith("> body: "):
            return orjson.loads(line[len("> body: ") :])
    return None


class Normaliser:
    """Replaces ids by their order of first appearance, so equal structure compares equal."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}

    def _id(self, value: str) -> str:
        return self._ids.setdefault(value, f"<id{len(self._ids)}>")

    def text(self, value: str) -> str:
        if _TIMESTAMP.match(value):
            return "<timestamp>"
        value = _UUID.sub(lambda m: self._id(m.group(0)), value)
        return _HEX32.sub(lambda m: self._id(m.group(0)), value)

    def __call__(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {self.text(k): self(v) for k, v in value.items() if k not in SERVER_KEYS}
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value


def normalised(events: list[SseEvent]) -> list[tuple[str, Any]]:
    normalise = Normaliser()
    return [(normalise.text(e.event), normalise(e.data)) for e in events]
