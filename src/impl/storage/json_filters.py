"""JSON containment filters (`metadata @> {...}`), the one place their dialect-specific SQL lives.

`json_contains(column, value, dialect)` is true when the JSON document in `column` contains
`value` the way PostgreSQL's `jsonb @> jsonb` defines it: an object contains another when each of
the other's keys is present with a contained value; an array contains another when each element
of the other is contained in some element of it; scalars contain only an equal scalar (a number
equals a number of the same value, `true` only `true`, `null` only `null`). A document that is
SQL NULL contains nothing.

- PostgreSQL: the column is JSONB and the filter is its `@>` operator (index-friendly).
- SQLite: no such operator, so the same rule is spelled out with `json_each` (one correlated
  `EXISTS` per key or array element, keys and values bound as parameters, never spliced into a
  JSON path). Subdocuments are only descended into under a `CASE` on their JSON type, because
  SQLite does not promise to short-circuit `AND`, and `json_each` on a string is an error.
  SQLite keeps integers beyond 64 bits as doubles, so those compare as doubles there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB

_NUMBER_TYPES = ("integer", "real")
_INT64 = (-(2**63), 2**63 - 1)


def json_contains(column: ColumnElement[Any], value: Any, dialect: str) -> ColumnElement[bool]:
    """`column @> value` for `dialect` (`"postgresql"` or `"sqlite"`)."""
    if dialect == "postgresql":
        if _has_nul(value):
            return false()  # jsonb cannot hold a NUL character, so no stored document has one
        return type_coerce(column, JSONB).contains(value)
    if dialect != "sqlite":
        raise ValueError(f"no JSON containment for the {dialect!r} dialect")
    node = _Node(document=column, json_type=func.json_type(column), value=column)
    return and_(column.is_not(None), _matches(node, value))


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(item) for item in value)
    return False


class _Node:
    """A JSON value inside the document: its own JSON text, JSON type and SQL value."""

    __slots__ = ("document", "json_type", "value")

    def __init__(
        self,
        *,
        document: ColumnElement[Any],
        json_type: ColumnElement[Any],
        value: ColumnElement[Any],
    ) -> None:
        self.document = document  # JSON text (only meaningful for objects and arrays)
        self.json_type = json_type  # 'object', 'array', 'text', 'integer', 'real', 'true', ...
        self.value = value  # the SQL value of a scalar


def _matches(node: _Node, expected: Any) -> ColumnElement[bool]:
    if expected is None:
        return node.json_type == "null"
    if isinstance(expected, bool):
        return node.json_type == ("true" if expected else "false")
    if isinstance(expected, (int, float)):
        if isinstance(expected, int) and not _INT64[0] <= expected <= _INT64[1]:
            expected = float(expected)  # SQLite reads such a JSON number as a REAL too
        return and_(node.json_type.in_(_NUMBER_TYPES), node.value == literal(expected))
    if isinstance(expected, str):
        return and_(node.json_type == "text", node.value == literal(expected))
    if isinstance(expected, dict):
        return _descend(node, "object", [_has_key(node, k, v) for k, v in expected.items()])
    if isinstance(expected, (list, tuple)):
        return _descend(node, "array", [_has_element(node, item) for item in expected])
    raise TypeError(f"not a JSON value: {type(expected).__name__}")


def _descend(node: _Node, kind: str, conditions: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    """`node` is a `kind` and meets every condition (evaluated only once its type is known)."""
    if not conditions:
        return node.json_type == kind
    return case((node.json_type == kind, and_(*conditions)), else_=false())


def _children(node: _Node) -> tuple[Any, _Node]:
    each = func.json_each(node.document).table_valued("key", "value", "type").alias()
    columns: Any = each.c
    # json_each yields objects and arrays as JSON text: a child is a document of its own.
    child = _Node(document=columns.value, json_type=columns.type, value=columns.value)
    return each, child


def _has_key(node: _Node, key: str, expected: Any) -> ColumnElement[bool]:
    each, child = _children(node)
    columns: Any = each.c
    return exists(
        select(literal(1))
        .select_from(each)
        .where(columns.key == literal(key), _matches(child, expected))
    )


def _has_element(node: _Node, expected: Any) -> ColumnElement[bool]:
    each, child = _children(node)
    return exists(select(literal(1)).select_from(each).where(_matches(child, expected)))
