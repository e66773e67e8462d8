"""Schema migrations (Alembic), applied when the server starts, on SQLite and PostgreSQL alike.

`tables.py` is the schema as the code wants it; the revisions in `migrations/versions/` are how
a database gets there. Both back-ends run the same revisions (on SQLite through Alembic's batch
mode, which rebuilds a table where SQLite's ALTER cannot). `tests/test_migrations.py` fails when
`tables.py` and the revisions disagree, so a new table or column always comes with a revision:

    make migration m="add the widgets table"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect, text
from sqlalchemy.engine import Connection

from graphport.impl.storage.tables import metadata

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
INITIAL_REVISION = "0001"
# Tables other libraries own in the same database: langgraph's checkpointers and stores.
FOREIGN_TABLE_PREFIXES = ("checkpoint", "writes", "store", "vector_migrations", "alembic_")
# Serialises migrations of workers that start together on one PostgreSQL database.
_PG_MIGRATION_LOCK = 0x67726170  # "grap"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def _include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the checkpointer's and the store's tables to their own libraries."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
    return not (reflected and compare_to is None and str(table).startswith(FOREIGN_TABLE_PREFIXES))


def _context_options(connection: Connection) -> dict[str, Any]:
    return {
        "connection": connection,
        "target_metadata": metadata,
        "render_as_batch": connection.dialect.name == "sqlite",
        "include_object": _include_object,
        "compare_type": True,
        "compare_server_default": False,
    }


def configure_context(context: Any) -> None:
    """What `migrations/env.py` runs: migrations on the connection the caller handed over."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "graphport applies migrations itself; use graphport.impl.storage.migrate"
        )
    context.configure(**_context_options(connection))
    with context.begin_transaction():
        context.run_migrations()


def upgrade(connection: Connection) -> None:
    """Bring the database to the newest revision (inside the caller's transaction).

    A database made before migrations existed (tables created directly from tables.py) holds
    exactly the initial revision: it is stamped as such, then upgraded.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    config = alembic_config(connection)
    tables = set(inspect(connection).get_table_names())
    if "runs" in tables and "alembic_version" not in tables:
        command.stamp(config, INITIAL_REVISION)
    command.upgrade(config, "head")


def schema_differences(connection: Connection, target: MetaData = metadata) -> list[Any]:
    """What autogenerate would write: empty when the database matches `target` (tables.py)."""
    options = {k: v for k, v in _context_options(connection).items() if k != "connection"}
    context = MigrationContext.configure(connection=connection, opts=options)
    return list(compare_metadata(context, target))


def new_revision(message: str) -> None:
    """Autogenerate a revision: the difference between the current revisions and tables.py."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'schema.db'}")
        with engine.begin() as connection:
            upgrade(connection)
            config = alembic_config(connection)
            command.revision(config, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        sys.exit('usage: make migration m="what the revision changes"')
    new_revision(sys.argv[1])
