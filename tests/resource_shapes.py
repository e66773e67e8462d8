"""Comparing answers with the reference's captures once ids, timestamps and versions are gone.

`shape(value)` keeps what a client depends on (field names and their order, the JSON type of
every value, and the values of enums and fixed strings) and replaces what varies between two
servers or two runs (UUIDs, checkpoint ids, timestamps, generated message ids) with
placeholders. `assert_same_shape` compares two such shapes and says where they first differ.
"""

from __future__ import annotations

import json
import re
from typing import Any

from helpers import CAPTURES, capture_body

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$")
_INTERRUPT_ID = re.compile(r"^[0-9a-f]{32}$")
_AI_MESSAGE_ID = re.compile(r"^ai-[0-9a-f-]{36}$")

# Checkpoint metadata: written by each server's runtime (the reference adds its plan, URL and
# API version, graphport its own version). What clients read from it is compared; the rest is not.
CHECKPOINT_METADATA_KEYS = ("source", "step", "parents", "graph_id", "assistant_id", "run_id")


def capture(name: str) -> Any:
    """The JSON body of a capture."""
    return json.loads(capture_body(name))


def capture_request(name: str) -> Any:
    """The JSON request body a capture was made with (None if it had none)."""
    for line in (CAPTURES / name).read_text().splitlines():
        if line.startswith("> body: "):
            return json.loads(line[len("> body: ") :])
    return None


def capture_headers(name: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in (CAPTURES / name).read_text().splitlines():
        if line.startswith("< "):
            key, _, value = line[2:].partition(": ")
            headers[key.lower()] = value
    return headers


def shape(value: Any, *, key: str | None = None) -> Any:
    if isinstance(value, dict):
        if key == "metadata" and "step" in value:  # a checkpoint's metadata
            return {k: shape(value[k], key=k) for k in CHECKPOINT_METADATA_KEYS if k in value}
        # Maps keyed by id (`Thread.interrupts`: task id -> interrupts) keep their shape only.
        return {shape(k): shape(v, key=k) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(item, key=key) for item in value]
    if isinstance(value, str):
        for pattern, placeholder in (
            (_UUID, "<uuid>"),
            (_TIMESTAMP, "<timestamp>"),
            (_INTERRUPT_ID, "<interrupt id>"),
            (_AI_MESSAGE_ID, "<message id>"),
        ):
            if pattern.match(value):
                return placeholder
        return value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return "<version>" if key == "version" else value
    return value


def assert_same_shape(ours: Any, reference: Any, path: str = "$") -> None:
    """`ours` has the reference's shape: same keys in the same order, same JSON types/values.

    Inside stored documents (a thread's values, metadata or config, a task's result...) key
    order is the database's business (PostgreSQL's JSONB sorts keys, as the platform's own
    PostgreSQL runtime does), so only the set of keys is compared there.
    """
    ours, reference = shape(ours), shape(reference)
    _compare(ours, reference, path, ordered=True)


_DOCUMENTS = frozenset({"values", "metadata", "config", "context", "result", "interrupts"})


def _compare(ours: Any, reference: Any, path: str, *, ordered: bool) -> None:
    if isinstance(reference, dict):
        assert isinstance(ours, dict), f"{path}: expected an object, got {ours!r}"
        same = list(ours) == list(reference) if ordered else set(ours) == set(reference)
        assert same, f"{path}: keys {list(ours)} differ from the reference's {list(reference)}"
        for k in reference:
            inner = ordered and not (isinstance(k, str) and k in _DOCUMENTS)
            _compare(ours[k], reference[k], f"{path}.{k}", ordered=inner)
        return
    if isinstance(reference, list):
        assert isinstance(ours, list), f"{path}: expected an array, got {ours!r}"
        assert len(ours) == len(reference), (
            f"{path}: {len(ours)} items, the reference has {len(reference)}"
        )
        for i, (a, b) in enumerate(zip(ours, reference, strict=True)):
            _compare(a, b, f"{path}[{i}]", ordered=ordered)
        return
    assert ours == reference, f"{path}: {ours!r} differs from the reference's {reference!r}"
