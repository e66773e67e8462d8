"""What generated code may use from the hand-written side, and nothing more.

`src/generated/` imports this one module (never any other part of `src/impl/`), and this module
imports nothing from `src/impl/`: data flows spec -> generated -> impl, and this leaf is the only
place the arrow bends back. It holds:

- `ApiModel`, the base of every generated model, whose scalar coercion follows JSON Schema;
- `ApiError` and the one error body every failure answers, `{"detail": "<sentence>"}`;
- `to_response`, which turns what an implementation returns into the HTTP answer;
- the SSE encoder, framed exactly as the reference server frames events.
"""

from __future__ import annotations

import enum
import types
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import orjson
from pydantic import MISSING, BaseModel, model_validator
from starlette.responses import Response

__all__ = [
    "SSE_HEARTBEAT",
    "ApiError",
    "ApiModel",
    "encode_sse_event",
    "error_body",
    "error_response",
    "to_response",
]

# --------------------------------------------------------------------------------------------
# ApiModel: JSON Schema scalars
# --------------------------------------------------------------------------------------------
# Pydantic's lax mode converts `true` -> 1, "5" -> 5 and "true" -> True, which a JSON Schema
# `integer` or `boolean` refuses (schemathesis reports each as "schema-violating request
# accepted"). Strict mode goes too far the other way: it refuses 4.0 for an integer, which JSON
# Schema accepts. So the base class checks the JSON type of every scalar before pydantic sees it,
# and swaps a value of the wrong JSON type for a `_Refused` marker: pydantic then fails on that
# field, at the right location, with its usual message ("Input should be a valid integer").
#
# This is a model-level "before" validator on purpose: a `field_validator("*", mode="before")` in
# a base class breaks discriminated unions (pydantic refuses a before-validator on the
# discriminator field).

_STRING: Final = "string"
_INTEGER: Final = "integer"
_NUMBER: Final = "number"
_BOOLEAN: Final = "boolean"


@dataclass(frozen=True, slots=True)
class _Rule:
    """The JSON scalar types a field accepts, and the rules of its array items / map values."""

    kinds: frozenset[str] = frozenset()
    anything: bool = False
    items: _Rule | None = None
    values: _Rule | None = None

    def merged(self, other: _Rule) -> _Rule:
        """The rule of a union: a value is fine if one member accepts it."""
        return _Rule(
            kinds=self.kinds | other.kinds,
            anything=self.anything or other.anything,
            items=_merge_optional(self.items, other.items),
            values=_merge_optional(self.values, other.values),
        )


def _merge_optional(a: _Rule | None, b: _Rule | None) -> _Rule | None:
    if a is None:
        return b
    if b is None:
        return a
    return a.merged(b)


_ANYTHING: Final = _Rule(anything=True)
_NOTHING: Final = _Rule()
_SCALAR_KINDS: Final[dict[type, str]] = {
    bool: _BOOLEAN,
    int: _INTEGER,
    float: _NUMBER,
    str: _STRING,
    uuid.UUID: _STRING,
}


def _literal_kind(value: object) -> str:
    return _SCALAR_KINDS.get(type(value), _STRING)


def _rule_for(annotation: Any) -> _Rule:
    """Derive the scalar rule of a (resolved) field annotation."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _rule_for(args[0])
    if origin is typing.Union or origin is types.UnionType:
        rule = _NOTHING
        for member in args:
            rule = rule.merged(_rule_for(member))
        return rule
    if origin is typing.Literal:
        return _Rule(kinds=frozenset(_literal_kind(value) for value in args))
    if origin in (list, set, frozenset, tuple):
        item_rules = [_rule_for(arg) for arg in args if arg is not Ellipsis]
        items = _NOTHING if item_rules else _ANYTHING
        for item_rule in item_rules:
            items = items.merged(item_rule)
        return _Rule(items=items)
    if origin is dict:
        return _Rule(values=_rule_for(args[1]) if len(args) == 2 else _ANYTHING)
    if annotation is None or annotation is type(None) or annotation is MISSING:
        return _NOTHING  # `null` and "absent" are pydantic's business
    if not isinstance(annotation, type):
        return _ANYTHING  # `Any`, type variables, ...
    if issubclass(annotation, enum.Enum):
        if issubclass(annotation, str):
            return _Rule(kinds=frozenset({_STRING}))
        if issubclass(annotation, int):
            return _Rule(kinds=frozenset({_INTEGER}))
        return _ANYTHING
    kind = _SCALAR_KINDS.get(annotation)
    if kind is not None:
        return _Rule(kinds=frozenset({kind}))
    return _ANYTHING


class _Refused:
    """Stands in for a scalar of the wrong JSON type, so pydantic rejects it where it stands."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)


def _accepts(kinds: frozenset[str], value: object) -> bool:
    value_type = type(value)
    if value_type is bool:
        return _BOOLEAN in kinds
    if value_type is int or value_type is float:
        # 4.0 is an integer in JSON Schema; pydantic keeps 4.0 -> 4 and refuses 4.5.
        return _INTEGER in kinds or _NUMBER in kinds
    return _STRING in kinds  # only called for str


def _checked(value: Any, rule: _Rule) -> Any:
    """`value` with each scalar of the wrong JSON type replaced by a `_Refused` marker."""
    if rule.anything:
        return value
    value_type = type(value)
    if value_type in (bool, int, float, str):
        return value if _accepts(rule.kinds, value) else _Refused(value)
    if value_type is list and rule.items is not None:
        items = rule.items
        checked = [_checked(item, items) for item in value]
        return value if all(a is b for a, b in zip(checked, value, strict=True)) else checked
    if value_type is dict and rule.values is not None:
        values = rule.values
        checked_map = {key: _checked(item, values) for key, item in value.items()}
        changed = any(checked_map[key] is not item for key, item in value.items())
        return checked_map if changed else value
    return value


_RULES: dict[type[BaseModel], dict[str, _Rule]] = {}


def _rules_of(model: type[BaseModel]) -> dict[str, _Rule]:
    rules = _RULES.get(model)
    if rules is None:
        rules = {}
        for name, field in model.model_fields.items():
            rule = _rule_for(field.annotation)
            if rule.anything:
                continue
            rules[name] = rule
            if field.alias:
                rules[field.alias] = rule
        _RULES[model] = rules
    return rules


class ApiModel(BaseModel):
    """Base of every generated model: pydantic lax mode, minus the coercions JSON Schema forbids.

    Refused: a boolean where a number is expected, a string where a number or a boolean is
    expected, a number or a boolean where a string is expected. Kept: 4.0 for an integer.
    """

    @model_validator(mode="before")
    @classmethod
    def _json_schema_scalars(cls, data: Any) -> Any:
        if type(data) is not dict:
            return data
        rules = _rules_of(cls)
        if not rules:
            return data
        replaced: dict[str, Any] | None = None
        for key, value in data.items():
            rule = rules.get(key)
            if rule is None:
                continue
            checked = _checked(value, rule)
            if checked is not value:
                if replaced is None:
                    replaced = dict(data)
                replaced[key] = checked
        return data if replaced is None else replaced


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """An error answer: `status_code` with `{"detail": detail}` and optional extra headers.

    Raise it anywhere below a route; the app's exception handler turns it into the response.
    """

    def __init__(
        self, status_code: int, detail: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail
        self.headers = dict(headers) if headers else None

    def __repr__(self) -> str:
        return f"ApiError({self.status_code}, {self.detail!r})"


def error_body(detail: str) -> bytes:
    """The spec's `ErrorResponse`, compact as the reference writes it."""
    return orjson.dumps({"detail": detail})


def error_response(
    status_code: int, detail: str, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON error answer; every error of the server goes through here."""
    return Response(
        content=error_body(detail),
        status_code=status_code,
        headers=headers,
        media_type="application/json",
    )


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


def to_response(result: BaseModel | Response, status_code: int) -> Response:
    """Turn an implementation's result into the HTTP answer.

    A `Response` (an alternate status, a stream, a 204) is returned as it is. A model is
    serialised as compact JSON with the operation's primary status; fields left `MISSING` are
    omitted, so optional fields the implementation did not set never appear as `null`.
    """
    if isinstance(result, Response):
        return result
    return Response(
        content=result.model_dump_json(by_alias=True),
        status_code=status_code,
        media_type="application/json",
    )


# --------------------------------------------------------------------------------------------
# Server-sent events
# --------------------------------------------------------------------------------------------
# The reference frames each event as `event: <name>\r\ndata: <compact JSON>\r\n[id: <id>\r\n]\r\n`
# (CRLF, `id` after `data`) and sends the comment `: heartbeat` every few seconds. This is the
# streaming hot path: plain bytes concatenation, no decoding of the JSON payload.

SSE_HEARTBEAT: Final = b": heartbeat\r\n\r\n"

_EVENT: Final = b"event: "
_DATA: Final = b"\r\ndata: "
_ID: Final = b"\r\nid: "
_END: Final = b"\r\n\r\n"


def _one_line(text: str) -> bytes:
    if "\r" in text or "\n" in text:
        text = text.replace("\r", "").replace("\n", "")
    return text.encode()


def encode_sse_event(event: str, data: bytes, event_id: str | None = None) -> bytes:
    """Frame one event. `data` must already be one line of compact JSON (orjson's output is).

    CR and LF are removed from the event name and the id, so neither can break the framing.
    """
    if event_id is None:
        return b"".join((_EVENT, _one_line(event), _DATA, data, _END))
    return b"".join((_EVENT, _one_line(event), _DATA, data, _ID, _one_line(event_id), _END))
