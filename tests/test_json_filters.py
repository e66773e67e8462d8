"""JSON containment filters: the same answers on SQLite (json_each) as on PostgreSQL (@>).

Each case is checked on SQLite and, when a server answers on 127.0.0.1:5432, on PostgreSQL in a
schema of its own (dropped afterwards); on PostgreSQL the expected rows are also checked against
the `@>` operator itself, so the SQLite spelling is held to the real definition.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from graphport.impl.serde import dumps_text, loads
from graphport.impl.storage.json_filters import json_contains
from graphport.impl.storage.types import json_column_type

POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"

DOCUMENTS: list[Any] = [
    {"a": 1, "b": {"c": "x", "d": [1, 2, {"e": True}]}},  # 0
    {"a": 1.0},  # 1
    {"a": "1"},  # 2
    None,  # 3: SQL NULL (a thread without values)
    {"n": None},  # 4
    {"a": True},  # 5
    [1, 2],  # 6: not an object
    {"k.y": 5, 'q"x': 6, "": 7},  # 7: keys that would break a JSON path
    {"messages": [{"type": "human", "content": "hi"}, {"type": "ai", "content": "yo"}]},  # 8
    {"a": 0, "s": "", "z": False},  # 9
    {"big": 10**20, "small": -(2**63)},  # 10: beyond SQLite's integers, and its smallest
]

CASES: list[tuple[Any, list[int]]] = [
    ({"a": 1}, [0, 1]),  # numbers compare by value
    ({"a": "1"}, [2]),  # a string never equals a number
    ({"a": True}, [5]),  # true is not 1
    ({"a": 0}, [9]),
    ({"z": False}, [9]),
    ({"s": ""}, [9]),
    ({"n": None}, [4]),  # null matches only null, not a missing key
    ({"b": {"c": "x"}}, [0]),  # nested objects contain
    ({"b": {}}, [0]),
    ({"b": {"d": [2]}}, [0]),  # arrays contain by element
    ({"b": {"d": [2, 1]}}, [0]),  # in any order
    ({"b": {"d": [3]}}, []),
    ({"b": {"d": [{"e": True}]}}, [0]),  # objects inside arrays contain too
    ({"b": {"d": [{"e": False}]}}, []),
    ({"b": {"d": []}}, [0]),
    ({"b": "x"}, []),  # an object is not a string
    ({"messages": [{"type": "ai"}]}, [8]),
    ({"k.y": 5}, [7]),
    ({'q"x': 6}, [7]),
    ({"": 7}, [7]),
    ({"big": 10**20}, [10]),
    ({"small": -(2**63)}, [10]),
    ({}, [0, 1, 2, 4, 5, 7, 8, 9, 10]),  # every object contains {}; NULL and arrays do not
    ({"missing": 1}, []),
]


async def _load(engine: AsyncEngine, schema: str | None) -> Table:
    table = Table(
        "documents",
        MetaData(schema=schema),
        Column("id", Integer, primary_key=True),
        Column("doc", json_column_type(), nullable=True),
    )
    async with engine.begin() as conn:
        if schema:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        await conn.run_sync(table.metadata.create_all)
        await conn.execute(insert(table), [{"id": i, "doc": d} for i, d in enumerate(DOCUMENTS)])
    return table


async def _matching(engine: AsyncEngine, table: Table, value: Any) -> list[int]:
    query = select(table.c.id).where(json_contains(table.c.doc, value, engine.dialect.name))
    async with engine.connect() as conn:
        return list((await conn.execute(query.order_by(table.c.id))).scalars())


@pytest.fixture
async def sqlite_table(tmp_path: Path) -> AsyncIterator[tuple[AsyncEngine, Table]]:
    engine = create_async_engine(
        f"sqlite+aiosqlite:///{tmp_path / 'json.db'}",
        json_serializer=dumps_text,
        json_deserializer=loads,
    )
    try:
        yield engine, await _load(engine, None)
    finally:
        await engine.dispose()


@pytest.fixture
async def postgres_table() -> AsyncIterator[tuple[AsyncEngine, Table]]:
    engine = create_async_engine(POSTGRES_URL, json_serializer=dumps_text)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:
        await engine.dispose()
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({type(exc).__name__})")
    schema = f"graphport_json_{uuid.uuid4().hex[:12]}"
    try:
        yield engine, await _load(engine, schema)
    finally:
        async with engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await engine.dispose()


@pytest.mark.parametrize(("value", "expected"), CASES, ids=[str(c[0]) for c in CASES])
async def test_sqlite_containment_follows_jsonb_semantics(
    sqlite_table: tuple[AsyncEngine, Table], value: Any, expected: list[int]
) -> None:
    engine, table = sqlite_table
    assert await _matching(engine, table, value) == expected


async def test_postgres_containment_agrees_with_the_operator(
    postgres_table: tuple[AsyncEngine, Table],
) -> None:
    engine, table = postgres_table
    for value, expected in CASES:
        assert await _matching(engine, table, value) == expected, value
        async with engine.connect() as conn:
            raw = (
                await conn.execute(
                    text(
                        f'SELECT id FROM "{table.schema}".documents '
                        "WHERE doc @> CAST(:v AS jsonb) ORDER BY id"
                    ),
                    {"v": dumps_text(value)},
                )
            ).scalars()
            assert list(raw) == expected, value


def test_other_dialects_are_refused() -> None:
    table = Table("t", MetaData(), Column("doc", json_column_type()))
    with pytest.raises(ValueError, match="mysql"):
        json_contains(table.c.doc, {"a": 1}, "mysql")
