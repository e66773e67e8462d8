"""Schema migrations: the revisions build exactly tables.py, on both back-ends, at start.

A table or column added to tables.py without a revision makes
`test_revisions_build_exactly_tables_py` fail (alembic's autogenerate comparison):
run `make migration m="..."` and commit the revision it writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    create_engine,
    inspect,
    select,
    text,
)

from backends import postgres_database
from graphport.impl.storage.database import DatabaseUrl
from graphport.impl.storage.migrate import schema_differences, upgrade
from graphport.impl.storage.tables import HISTORY_ROWS, metadata, run_events

# Tables later revisions add: a database made before migrations existed cannot hold them.
TABLES_SINCE_0001 = {"crons", "graphport_store_vectors"}


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database on each back-end (a sync engine: alembic's own API is sync)."""
    if request.param == "sqlite":
        built = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
        yield built
        built.dispose()
        return
    with postgres_database() as url:
        conninfo = DatabaseUrl.parse(url).postgres_conninfo
        built = create_engine(str(conninfo).replace("postgresql://", "postgresql+psycopg://", 1))
        yield built
        built.dispose()


def test_revisions_build_exactly_tables_py(engine: Engine) -> None:
    with engine.begin() as conn:
        upgrade(conn)
    with engine.connect() as conn:
        assert schema_differences(conn) == []
        tables = set(inspect(conn).get_table_names())
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert set(metadata.tables) <= tables
    assert version


def test_a_table_without_a_revision_is_caught(engine: Engine) -> None:
    with engine.begin() as conn:
        upgrade(conn)
    wider = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(wider)
    Table("widgets", wider, Column("widget_id", Integer, primary_key=True))
    with engine.connect() as conn:
        differences = schema_differences(conn, wider)
    assert [d[0] for d in differences] == ["add_table"]
    assert differences[0][1].name == "widgets"


def test_upgrade_is_idempotent_and_adopts_a_database_made_before_migrations(
    engine: Engine,
) -> None:
    with engine.begin() as conn:
        # How databases were made before migrations existed: the tables of that time (the
        # initial revision's), straight from tables.py.
        metadata.create_all(
            conn, tables=[t for t in metadata.sorted_tables if t.name not in TABLES_SINCE_0001]
        )
        conn.execute(
            text(
                "INSERT INTO threads (thread_id, created_at, updated_at, state_updated_at, "
                "metadata, config, status, interrupts) VALUES ('t1', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '{}', '{}', 'idle', '{}')"
            )
        )
    for _ in range(2):
        with engine.begin() as conn:
            upgrade(conn)
    with engine.connect() as conn:
        assert schema_differences(conn) == []
        assert conn.execute(text("SELECT thread_id FROM threads")).scalars().all() == ["t1"]


def test_history_queries_use_the_partial_index(engine: Engine) -> None:
    """The history queries repeat HISTORY_ROWS; the database picks the partial index only when
    its condition (migration 0004) is that same expression."""
    with engine.begin() as conn:
        upgrade(conn)
    query = (
        select(run_events.c.seq)
        .where(run_events.c.thread_id == "t", HISTORY_ROWS, run_events.c.seq > 0)
        .order_by(run_events.c.seq)
    )
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan = conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
        else:
            conn.execute(text("SET enable_seqscan = off"))
            plan = conn.execute(text(f"EXPLAIN {sql}")).all()
    assert "ix_run_events_thread_history" in str(plan)
