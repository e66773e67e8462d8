"""JSON encoding of everything a graph can put in its state or stream (the hot path).

Used for events, stored documents and answers alike, so every layer agrees on the bytes.

orjson handles the JSON types, dataclasses (langgraph's `Interrupt`, `Send`), UUIDs and
datetimes natively; the fallback below covers pydantic models (LangChain messages dump
their fields in declaration order, exactly as the reference writes them) and the rest.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import orjson
from pydantic import BaseModel

_OPTIONS = orjson.OPT_SERIALIZE_NUMPY


def _default(obj: Any) -> Any:
    if isinstance(obj, BaseModel):
        return obj.model_dump()
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, (bytes, bytearray)):
        return base64.b64encode(obj).decode()
    if isinstance(obj, BaseException):
        return {"error": type(obj).__name__, "message": str(obj)}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, Sequence) and not isinstance(obj, str):
        return list(obj)
    for method in ("model_dump", "to_json", "dict"):
        fn = getattr(obj, method, None)
        if callable(fn):
            try:
                return fn()
            except Exception:
                continue
    return repr(obj)


def dumps(obj: Any) -> bytes:
    """Compact JSON bytes for any state value or stream chunk.

    orjson hands back its whole output buffer (at least 4 KiB, measured with orjson 3.13),
    even for `{"i":1}`. Events are kept while their run's channel lives, so a 5,000-event
    run held 20 MB instead of 250 KB: the bytes are copied to their own size (0.3 us).
    """
    try:
        return bytes(memoryview(orjson.dumps(obj, default=_default, option=_OPTIONS)))
    except TypeError:
        pass
    try:
        # Dicts with non-string keys (ints, enums): rare, and slower to allow up front.
        return bytes(
            memoryview(
                orjson.dumps(obj, default=_default, option=_OPTIONS | orjson.OPT_NON_STR_KEYS)
            )
        )
    except TypeError:
        # What orjson refuses and JSON allows: integers beyond 64 bits, lone surrogates.
        return json.dumps(obj, default=_default, separators=(",", ":"), ensure_ascii=True).encode()


def dumps_text(obj: Any) -> str:
    """`dumps` as text (for JSON columns)."""
    return dumps(obj).decode()


def to_jsonable(obj: Any) -> Any:
    """The plain-JSON form of a value (for storing it in a JSON column)."""
    return orjson.loads(dumps(obj))


_LONG_DIGITS = re.compile(r"[0-9]{19,}")


def loads(data: str | bytes) -> Any:
    """Parse JSON without losing anything `dumps` could write.

    orjson turns integers beyond 64 bits into floats and refuses lone surrogates; the
    standard library keeps both, so it reads the (rare) documents that may contain them.
    """
    text = data.decode() if isinstance(data, bytes) else data
    if _LONG_DIGITS.search(text) is None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)
