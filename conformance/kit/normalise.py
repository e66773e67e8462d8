"""Turn recorded exchanges into their normalised form: what is protocol stays, what varies goes.

Kept: methods, paths, query parameters, status codes, the headers clients act on, JSON bodies
(as parsed JSON, so key order and whitespace do not count), SSE event names, their order, their
data and whether they carry an `id:`.

Replaced by stable labels: identifiers (UUIDs become `<thread:1>`, `<run:2>`, ... numbered in order
of first appearance per kind, so "the same thread as before" is still checked), interrupt hashes,
timestamps, SSE event ids (their shape is kept: `<ms>-<seq>`), numeric clocks, version strings.
Dropped: heartbeat comments, `date`/`server`/length headers, the SDKs' user agents, keep-alive
newlines before a JSON body.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from .proxy import Exchange

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
HEX32 = re.compile(r"\b[0-9a-f]{32}\b")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
VERSION = re.compile(r"^\d+\.\d+(?:\.\d+)?(?:[-.+][0-9A-Za-z.]+)?$")
# The graphs a deployment serves, as listed in the 422 for an unknown assistant: configuration,
# not protocol (a new example graph must not change every cassette that shows the message).
GRAPH_LIST = re.compile(r"(One of the registered graphs: )[^\n\"]*")
# Numbers that are clocks, not protocol.
CLOCK_KEYS = {"timestamp", "__request_start_time_ms__", "created_at", "updated_at"}

REQUEST_HEADERS = ("accept", "content-type", "last-event-id", "prefer", "x-api-key")
RESPONSE_HEADERS = (
    "content-type",
    "location",
    "content-location",
    "cache-control",
    "x-pagination-total",
    "x-pagination-next",
)

# The kind of an identifier, from the key it first appears under.
ID_KINDS = {
    "thread_id": "thread",
    "run_id": "run",
    "assistant_id": "assistant",
    "checkpoint_id": "checkpoint",
    "parent_checkpoint_id": "checkpoint",
    "cron_id": "cron",
}
PATH_KINDS = {"threads": "thread", "runs": "run", "assistants": "assistant", "crons": "cron"}


class Normaliser:
    """Normalises one scenario's exchanges; labels are shared across its exchanges."""

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}
        self._counters: defaultdict[str, int] = defaultdict(int)

    # -- identifiers ---------------------------------------------------------------------------
    def _label(self, value: str, kind: str) -> str:
        key = value.lower()
        if key not in self._labels:
            self._counters[kind] += 1
            self._labels[key] = f"<{kind}:{self._counters[kind]}>"
        return self._labels[key]

    def text(self, value: str, kind: str = "id") -> str:
        value = UUID.sub(lambda m: self._label(m.group(0), kind), value)
        value = HEX32.sub(lambda m: self._label(m.group(0), "hash"), value)
        value = GRAPH_LIST.sub(r"\1<graphs>", value)
        return TIMESTAMP.sub("<timestamp>", value)

    def value(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            # Sorted: key order is not protocol, and labels must be given in the same order
            # whichever order a server writes its keys in.
            return {self.text(k, "key"): self.value(value[k], k) for k in sorted(value, key=str)}
        if isinstance(value, list):
            return [self.value(item, key) for item in value]
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)):
            return "<clock>" if key in CLOCK_KEYS else value
        if isinstance(value, str):
            if "version" in key and VERSION.match(value):
                return "<version>"
            return self.text(value, ID_KINDS.get(key, key or "id"))
        return value

    def path(self, path: str) -> str:
        parts = path.split("/")
        out = []
        for index, part in enumerate(parts):
            if UUID.fullmatch(part):
                kind = PATH_KINDS.get(parts[index - 1], "id") if index else "id"
                out.append(self._label(part, kind))
            else:
                out.append(self.text(part))
        return "/".join(out)

    # -- bodies --------------------------------------------------------------------------------
    def json_body(self, raw: bytes) -> Any:
        text = raw.decode("utf-8", errors="replace")
        if not text.strip():
            return None
        try:
            return {"json": self.value(json.loads(text))}
        except json.JSONDecodeError:
            return {"text": self.text(text)}

    def events(self, raw: bytes) -> list[dict[str, Any]]:
        """SSE frames as the WHATWG parser sees them; comments (heartbeats) dropped."""
        events: list[dict[str, Any]] = []
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        for frame in text.split("\n\n"):
            name, data, event_id = "message", [], None
            for line in frame.split("\n"):
                if not line or line.startswith(":"):
                    continue
                field, _, rest = line.partition(":")
                rest = rest.removeprefix(" ")
                if field == "event":
                    name = rest
                elif field == "data":
                    data.append(rest)
                elif field == "id":
                    event_id = rest
            if not data and event_id is None and name == "message":
                continue
            event: dict[str, Any] = {"event": self.text(name, "ns")}
            joined = "\n".join(data)
            try:
                event["data"] = self.value(json.loads(joined)) if joined.strip() else None
            except json.JSONDecodeError:
                event["data"] = self.text(joined)
            if event_id is not None:
                event["id"] = event_id_shape(event_id)
            events.append(event)
        return events

    # -- exchanges -----------------------------------------------------------------------------
    def exchange(self, exchange: Exchange) -> dict[str, Any]:
        request_headers = {
            name: self.text(exchange.request_headers[name])
            for name in REQUEST_HEADERS
            if name in exchange.request_headers
        }
        if "last-event-id" in request_headers:
            request_headers["last-event-id"] = event_id_shape(
                exchange.request_headers["last-event-id"]
            )
        request: dict[str, Any] = {
            "method": exchange.method,
            "path": self.path(exchange.path),
            "query": [[k, self.text(v)] for k, v in exchange.query],
            "headers": request_headers,
            "body": self.json_body(exchange.request_body),
        }
        response_headers = {
            name: self.path(exchange.response_headers[name])
            if name in ("location", "content-location")
            else self.text(exchange.response_headers[name])
            for name in RESPONSE_HEADERS
            if name in exchange.response_headers
        }
        response: dict[str, Any] = {"status": exchange.status, "headers": response_headers}
        if exchange.response_headers.get("content-type", "").startswith("text/event-stream"):
            response["events"] = self.events(bytes(exchange.response_body))
        else:
            response["body"] = self.json_body(bytes(exchange.response_body))
        if exchange.client_disconnected:
            response["client_disconnected"] = True
        return {"request": request, "response": response}


def event_id_shape(event_id: str) -> str:
    """An SSE event id as its shape: `-1` stays, digits become `<n>`, a zero sequence stays."""
    if event_id in ("", "-1", "-", "0"):
        return event_id
    return re.sub(r"\d+", lambda m: "0" if m.group(0) == "0" else "<n>", event_id)


def normalise(exchanges: list[Exchange]) -> list[dict[str, Any]]:
    normaliser = Normaliser()
    return [normaliser.exchange(exchange) for exchange in exchanges]
