"""Who a request acts for, and the metadata filters that confine it, down to the SQL.

The middleware puts an `Access` in a context variable for the duration of a request; the guard
adds the filters its `(resource, action)` grants. `install_sql_filters(engine)` registers a
`before_execute` hook on the engine that adds those filters to every SELECT, UPDATE and DELETE
that touches a filtered table, so every read, search, count and write of a resource -- whichever
repository method issues it -- sees only what the caller may see. Tables that belong to a thread
(runs, their events and feedback) are confined to the caller's visible threads, and assistant
versions to the visible assistants. Work with no request behind it (the run executor's workers,
the TTL sweeper) runs outside any `Access` and is not filtered.

A filter is what an `@auth.on` handler returns: `{"owner": "alice"}`, `{"owner": {"$eq": ...}}`
or `{"tags": {"$contains": "x"}}`. Each is turned into a JSON containment document (the
`metadata @> {...}` of storage/json_filters.py); `Access.filters[kind]` is a list of such
documents, any of which may match (the built-in modes also show the system assistants).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Delete, Select, Table, Update, event, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.sql.util import find_tables

from graphport.impl.auth.users import AuthUser
from graphport.impl.contract import ApiError
from graphport.impl.storage.json_filters import json_contains

# The kinds of resource a filter can confine, by the table holding their metadata.
FILTERED_KINDS = ("threads", "assistants", "crons")
# Tables whose rows belong to a thread or an assistant, and the column naming it.
_BELONGS_TO = {
    "runs": ("threads", "thread_id"),
    "run_events": ("threads", "thread_id"),
    "run_feedback": ("threads", "thread_id"),
    "assistant_versions": ("assistants", "assistant_id"),
}


@dataclass
class Access:
    """The caller of the current request and what confines it."""

    user: AuthUser | None
    """None when authentication is off (`none` mode)."""
    filters: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Resource kind -> containment documents, any of which a visible row's metadata matches."""
    owner_stamps: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Resource kind -> metadata a resource created by this request must carry to stay visible."""

    def confine(self, kind: str, filters: list[dict[str, Any]]) -> None:
        """Show only rows of `kind` matching one of `filters`; new rows get the first one."""
        self.filters[kind] = filters
        if filters:
            self.owner_stamps[kind] = filters[0]


_ACCESS: ContextVar[Access | None] = ContextVar("graphport_access", default=None)


def current_access() -> Access | None:
    return _ACCESS.get()


def current_user() -> AuthUser | None:
    access = _ACCESS.get()
    return access.user if access is not None else None


@contextmanager
def acting_as(access: Access) -> Iterator[Access]:
    """Run the enclosed code (and the tasks it starts) on behalf of `access`."""
    token = _ACCESS.set(access)
    try:
        yield access
    finally:
        _ACCESS.reset(token)


@contextmanager
def acting_for(identity: str | None) -> Iterator[None]:
    """Run the enclosed code for the user `identity` names (no filters); nobody if empty."""
    if not identity:
        yield
        return
    with acting_as(Access(user=AuthUser({"identity": identity}))):
        yield


def containment(filter_: Mapping[str, Any]) -> dict[str, Any]:
    """The containment document an `@auth.on` filter stands for (`$eq`, `$contains` or a value)."""
    document: dict[str, Any] = {}
    for key, condition in filter_.items():
        if isinstance(condition, Mapping) and any(str(k).startswith("$") for k in condition):
            if set(condition) == {"$eq"}:
                document[key] = condition["$eq"]
            elif set(condition) == {"$contains"}:
                wanted = condition["$contains"]
                document[key] = list(wanted) if isinstance(wanted, (list, tuple)) else [wanted]
            else:
                raise ApiError(
                    500,
                    f"Auth filter on {key!r} uses {sorted(condition)}: only `$eq` and "
                    "`$contains` are supported",
                )
        else:
            document[key] = condition
    return document


def stamp_metadata(kind: str, metadata: dict[str, Any] | None) -> dict[str, Any]:
    """`metadata` of a new `kind` row, completed so that its creator's filter matches it."""
    merged = dict(metadata or {})
    access = _ACCESS.get()
    if access is None or kind not in access.owner_stamps:
        return merged
    for key, wanted in access.owner_stamps[kind].items():
        present = merged.get(key)
        if isinstance(wanted, list) and isinstance(present, list):
            merged[key] = present + [item for item in wanted if item not in present]
        else:
            merged[key] = wanted
    return merged


def install_sql_filters(engine: Engine) -> None:
    """Confine every statement run on `engine` to the current request's visible rows."""
    event.listen(engine, "before_execute", _confine_statement, retval=True)


def _confine_statement(
    conn: Any, clause: Any, multiparams: Any, params: Any, _options: Any
) -> tuple[Any, Any, Any]:
    access = _ACCESS.get()
    if access is None or not access.filters:
        return clause, multiparams, params
    dialect = conn.dialect.name
    if isinstance(clause, Select):
        tables = [
            table
            for from_ in clause.get_final_froms()
            for table in find_tables(from_, include_joins=True)
            if isinstance(table, Table)
        ]
    elif isinstance(clause, (Update, Delete)) and isinstance(clause.table, Table):
        tables = [clause.table]
    else:
        return clause, multiparams, params
    conditions = [c for table in tables if (c := _visible(table, access, dialect)) is not None]
    if conditions:
        clause = clause.where(*conditions)
    return clause, multiparams, params


def _matches(metadata_column: Any, documents: list[dict[str, Any]], dialect: str) -> Any:
    return or_(*(json_contains(metadata_column, doc, dialect) for doc in documents))


def _visible(table: Table, access: Access, dialect: str) -> ColumnElement[bool] | None:
    if table.name in FILTERED_KINDS and table.name in access.filters:
        return _matches(table.c["metadata"], access.filters[table.name], dialect)  # type: ignore[no-any-return]
    owner = _BELONGS_TO.get(table.name)
    if owner is None or owner[0] not in access.filters:
        return None
    kind, column = owner
    parent = table.metadata.tables[kind]
    key = parent.c[column]
    return table.c[column].in_(
        select(key).where(_matches(parent.c["metadata"], access.filters[kind], dialect))
    )


def confines(kind: str) -> bool:
    """Whether the current request sees only some rows of `kind`."""
    access = _ACCESS.get()
    return access is not None and kind in access.filters


def run_identity() -> dict[str, Any]:
    """The `config.configurable` entries naming the caller, as the platform gives them to graphs.

    Stored with the run as JSON; the executor turns `langgraph_auth_user` back into an
    `AuthUser` (see `user_for_graph`) so graphs read it as an object or as a mapping.
    """
    user = current_user()
    if user is None:
        return {
            "langgraph_auth_user": None,
            "langgraph_auth_user_id": "",
            "langgraph_auth_permissions": [],
        }
    return {
        "langgraph_auth_user": user.to_dict(),
        "langgraph_auth_user_id": user.identity,
        "langgraph_auth_permissions": list(user.permissions),
    }


def configurable_user_id() -> str:
    """`config.configurable.user_id`: the caller's identity ("" without authentication)."""
    user = current_user()
    return user.identity if user is not None else ""


def user_for_graph(configurable: dict[str, Any]) -> None:
    """Turn a run's stored `langgraph_auth_user` back into a user object, in place."""
    stored = configurable.get("langgraph_auth_user")
    if isinstance(stored, Mapping) and stored.get("identity") is not None:
        configurable["langgraph_auth_user"] = AuthUser(stored)
