"""The long-term memory store: langgraph's own SQL stores, plus semantic search and a sweeper.

The API (`/store/*`) and the graphs (LangGraph's injected `store`) share one `GraphportStore`,
so what one writes the other reads. Items live in langgraph's `AsyncSqliteStore` (in the same
SQLite file as everything else) or `AsyncPostgresStore` (on the same database), which provide
namespaces, filters, TTLs and `refresh_ttl`.

Semantic search is done here rather than by those stores: theirs needs the `sqlite-vec`
extension (this Python's `sqlite3` cannot load extensions) or `pgvector` (not installed on
every PostgreSQL). Vectors are kept in `graphport_store_vectors` as JSON lists, and a `query`
search ranks the items matching the prefix and filter by cosine similarity in Python. That is a
brute-force scan over at most `CANDIDATE_LIMIT` items, fine for per-user memories; a very large
store wants pgvector.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import logging
import math
import sys
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import aiosqlite
from langchain_core.embeddings import Embeddings
from langgraph.store.base import (
    BaseStore,
    GetOp,
    Item,
    Op,
    PutOp,
    Result,
    SearchItem,
    SearchOp,
    TTLConfig,
    ensure_embeddings,
    get_text_at_path,
    tokenize_path,
)
from langgraph.store.base import validate_op_namespace as _validate_op_namespace
from langgraph.store.postgres.aio import AsyncPostgresStore
from langgraph.store.sqlite.aio import AsyncSqliteStore
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    select,
    text,
    tuple_,
    update,
)

from graphport.impl.storage.database import Database
from graphport.impl.storage.setup_lock import setup_lock
from graphport.impl.storage.tables import store_vectors
from graphport.impl.storage.wal_checkpoints import NO_AUTOCHECKPOINT
from graphport.impl.store_config import StoreConfig, StoreIndexConfig

logger = logging.getLogger(__name__)

CANDIDATE_LIMIT = 10_000
"""The most items a `query` search ranks (the newest first when a prefix holds more)."""

_CHUNK = 500


# The columns of langgraph's own `store` table this module touches (it creates the table).
_store = Table(
    "store",
    MetaData(),
    Column("prefix", String),
    Column("key", String),
    Column("created_at", String),
    Column("updated_at", String),
)


class StoreConfigError(RuntimeError):
    """`store` in langgraph.json cannot be used (the embedding function cannot be loaded)."""


def namespace_text(namespace: Sequence[str]) -> str:
    """The namespace as langgraph's SQL stores key it."""
    return ".".join(namespace)


class GraphportStore(BaseStore):
    """A langgraph `BaseStore` over an SQL store, adding semantic search and a TTL sweeper.

    `ttl_config` holds the deployment's `store.ttl`, so `BaseStore`'s methods resolve an
    omitted `ttl` and `refresh_ttl` from it; the inner store always honours an explicit
    `refresh_ttl` (it is built with `refresh_on_read` on for that reason).
    """

    supports_ttl = True

    def __init__(
        self,
        inner: AsyncSqliteStore | AsyncPostgresStore,
        db: Database,
        *,
        config: StoreConfig,
        embeddings: Embeddings | None,
    ) -> None:
        self._inner = inner
        self._db = db
        self.embeddings = embeddings
        index = config.index
        self._fields = [(path, tokenize_path(path)) for path in _index_fields(index)]
        self.ttl_config = TTLConfig(
            refresh_on_read=config.ttl.refresh_on_read,
            default_ttl=config.ttl.default_ttl,
        )
        self._sweep_interval = config.ttl.sweep_interval_minutes * 60
        self._loop = asyncio.get_running_loop()
        self._sweeper: asyncio.Task[None] | None = None

    # -- BaseStore ------------------------------------------------------------------------

    def batch(self, ops: Iterable[Op]) -> list[Result]:
        """Sync access for sync graph nodes, which run in worker threads."""
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            raise asyncio.InvalidStateError(
                "Synchronous store calls cannot run on the server's event loop; "
                "use the async methods (aget, aput, asearch, ...) in async nodes"
            )
        return asyncio.run_coroutine_threadsafe(self.abatch(ops), self._loop).result()

    async def abatch(self, ops: Iterable[Op]) -> list[Result]:
        ops = list(ops)
        for op in ops:
            _validate_op_namespace(op)
        results: list[Result] = [None] * len(ops)
        semantic = {
            index
            for index, op in enumerate(ops)
            if isinstance(op, SearchOp) and op.query and self.embeddings is not None
        }
        puts = [op for op in ops if isinstance(op, PutOp)]
        # Embed before writing, so a failing embedding function stores nothing.
        vectors = await self._embed(puts) if puts and self.embeddings is not None else None
        written = [op for op in puts if op.value is not None]
        created = await self._sqlite_created_at(written) if written else {}
        plain = [(index, op) for index, op in enumerate(ops) if index not in semantic]
        if plain:
            answers = await self._inner.abatch([op for _, op in plain])
            for (index, _), answer in zip(plain, answers, strict=True):
                results[index] = _with_utc(answer)
        if written:
            await self._sqlite_restamp(written, created)
        if puts:
            await self._write_vectors(puts, vectors or [])
        for index in sorted(semantic):
            results[index] = await self._semantic_search(cast(SearchOp, ops[index]))
        return results

    # -- SQLite timestamps -----------------------------------------------------------------

    async def _sqlite_created_at(self, puts: Sequence[PutOp]) -> dict[tuple[str, str], str]:
        """The `created_at` of the items about to be replaced (SQLite's store resets it)."""
        if self._db.dialect != "sqlite":
            return {}
        keys = sorted({(namespace_text(op.namespace), op.key) for op in puts})
        found: dict[tuple[str, str], str] = {}
        async with self._db.connection() as conn:
            for start in range(0, len(keys), _CHUNK):
                rows = await conn.execute(
                    select(_store.c.prefix, _store.c.key, _store.c.created_at).where(
                        tuple_(_store.c.prefix, _store.c.key).in_(keys[start : start + _CHUNK])
                    )
                )
                found.update({(prefix, key): str(at) for prefix, key, at in rows})
        return found

    async def _sqlite_restamp(
        self, puts: Sequence[PutOp], created: dict[tuple[str, str], str]
    ) -> None:
        """Keep `created_at` across replacements and stamp both times to the microsecond.

        langgraph's SQLite store writes `CURRENT_TIMESTAMP` (whole seconds) into both on every
        put; the spec says `created_at` is when the item was first stored, and the reference
        (like langgraph's PostgreSQL store) keeps microseconds. The format stays SQLite's own
        (`YYYY-MM-DD HH:MM:SS.ffffff`, UTC), so ordering by `updated_at` still works.
        """
        if self._db.dialect != "sqlite":
            return
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        keys = sorted({(namespace_text(op.namespace), op.key) for op in puts})
        async with self._db.transaction() as conn:
            await conn.execute(
                update(_store)
                .where(_store.c.prefix == bindparam("p"), _store.c.key == bindparam("k"))
                .values(created_at=bindparam("c"), updated_at=bindparam("u")),
                [{"p": p, "k": k, "c": created.get((p, k), now), "u": now} for p, k in keys],
            )

    # -- semantic search ------------------------------------------------------------------

    async def _embed(self, puts: Sequence[PutOp]) -> list[tuple[str, str, str, list[float]]]:
        assert self.embeddings is not None
        latest = {(op.namespace, op.key): op for op in puts}
        texts: list[tuple[str, str, str, str]] = []
        for op in latest.values():
            if op.value is None or op.index is False:
                continue
            paths = (
                self._fields
                if op.index is None
                else [(path, tokenize_path(path)) for path in op.index]
            )
            for path, tokens in paths:
                found = get_text_at_path(op.value, tokens)
                for position, content in enumerate(found):
                    field = f"{path}.{position}" if len(found) > 1 else path
                    texts.append((namespace_text(op.namespace), op.key, field, content))
        if not texts:
            return []
        embedded = await self.embeddings.aembed_documents([content for *_, content in texts])
        return [
            (prefix, key, field, [float(x) for x in vector])
            for (prefix, key, field, _), vector in zip(texts, embedded, strict=True)
        ]

    async def _write_vectors(
        self, puts: Sequence[PutOp], vectors: list[tuple[str, str, str, list[float]]]
    ) -> None:
        """Replace the vectors of every item written (a delete or `index: false` drops them)."""
        keys = sorted({(namespace_text(op.namespace), op.key) for op in puts})
        async with self._db.transaction() as conn:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                await conn.execute(
                    delete(store_vectors).where(
                        tuple_(store_vectors.c.prefix, store_vectors.c.key).in_(chunk)
                    )
                )
            if vectors:
                await conn.execute(
                    store_vectors.insert(),
                    [
                        {"prefix": prefix, "key": key, "field": field, "vector": vector}
                        for prefix, key, field, vector in vectors
                    ],
                )

    async def _semantic_search(self, op: SearchOp) -> list[SearchItem]:
        """Rank the items matching prefix and filter by their best field's cosine similarity.

        Items without a vector (stored with `index: false`, or lacking the indexed fields) come
        after the ranked ones with a null score, as langgraph's in-memory store orders them.
        """
        assert self.embeddings is not None
        assert op.query
        listing = SearchOp(op.namespace_prefix, op.filter, CANDIDATE_LIMIT, 0, None, False)
        [candidates] = await self._inner.abatch([listing])
        items = cast(list[SearchItem], _with_utc(candidates))
        query = await self.embeddings.aembed_query(op.query)
        known = await self._vectors([(namespace_text(i.namespace), i.key) for i in items])
        scored: list[tuple[float, SearchItem]] = []
        unscored: list[SearchItem] = []
        for item in items:
            vectors = known.get((namespace_text(item.namespace), item.key))
            if vectors:
                scored.append((max(_cosine(query, vector) for vector in vectors), item))
            else:
                unscored.append(item)
        scored.sort(key=lambda pair: -pair[0])
        ranked = [_scored(item, score) for score, item in scored]
        ranked += [_scored(item, None) for item in unscored]
        page = ranked[op.offset : op.offset + op.limit]
        if op.refresh_ttl and page:
            await self._inner.abatch([GetOp(i.namespace, i.key, True) for i in page])
        return page

    async def _vectors(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[Any]]:
        found: dict[tuple[str, str], list[Any]] = defaultdict(list)
        async with self._db.connection() as conn:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                rows = await conn.execute(
                    select(
                        store_vectors.c.prefix, store_vectors.c.key, store_vectors.c.vector
                    ).where(tuple_(store_vectors.c.prefix, store_vectors.c.key).in_(chunk))
                )
                for prefix, key, vector in rows:
                    found[(prefix, key)].append(vector)
        return found

    # -- TTL sweeper ----------------------------------------------------------------------

    async def sweep(self) -> int:
        """Delete the expired items (and the vectors of items that no longer exist)."""
        deleted = await self._inner.sweep_ttl()
        async with self._db.transaction() as conn:
            await conn.execute(
                text(
                    "DELETE FROM graphport_store_vectors WHERE NOT EXISTS (SELECT 1 FROM store "
                    "WHERE store.prefix = graphport_store_vectors.prefix "
                    "AND store.key = graphport_store_vectors.key)"
                )
            )
        return deleted

    def start_sweeper(self) -> None:
        if self._sweeper is None:
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="store-ttl-sweeper")

    async def stop_sweeper(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self._sweep_interval)
            try:
                deleted = await self.sweep()
            except Exception:
                logger.exception("store TTL sweep failed; retrying at the next interval")
                continue
            if deleted:
                logger.info("store TTL sweep deleted %d expired items", deleted)


def _index_fields(index: StoreIndexConfig | None) -> list[str]:
    if index is None:
        return []
    return list(index.fields) if index.fields else ["$"]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _scored(item: SearchItem, score: float | None) -> SearchItem:
    return SearchItem(
        namespace=item.namespace,
        key=item.key,
        value=item.value,
        created_at=item.created_at,
        updated_at=item.updated_at,
        score=score,
    )


def _with_utc(result: Result) -> Result:
    """SQLite's store reads its timestamps back naive (they are UTC); make them aware."""
    items = result if isinstance(result, list) else [result]
    for item in items:
        if isinstance(item, Item):
            if item.created_at.tzinfo is None:
                item.created_at = item.created_at.replace(tzinfo=UTC)
            if item.updated_at.tzinfo is None:
                item.updated_at = item.updated_at.replace(tzinfo=UTC)
    return result


def load_embeddings(spec: str, project_dir: Path) -> Embeddings:
    """The `store.index.embed` function: `./file.py:fn`, `module:fn`, or `provider:model`."""
    location, _, attr = spec.rpartition(":")
    if location.endswith(".py") or "/" in location or location.startswith("."):
        path = (project_dir / location).resolve()
        if not path.is_file():
            raise StoreConfigError(f"store.index.embed: file {path} does not exist")
        name = f"graphport_user_store.{path.stem}_{abs(hash(str(path)))}"
        module = sys.modules.get(name)
        if module is None:
            module_spec = importlib.util.spec_from_file_location(name, path)
            if module_spec is None or module_spec.loader is None:
                raise StoreConfigError(f"store.index.embed: cannot import {path}")
            module = importlib.util.module_from_spec(module_spec)
            sys.modules[name] = module
            try:
                module_spec.loader.exec_module(module)
            except Exception as exc:
                sys.modules.pop(name, None)
                raise StoreConfigError(
                    f"store.index.embed: importing {path} failed: {exc!r}"
                ) from exc
    else:
        try:
            module = importlib.import_module(location)
        except ImportError:
            # Not a module: a LangChain "provider:model" name, resolved by langchain.
            try:
                return ensure_embeddings(spec)
            except Exception as exc:
                raise StoreConfigError(f"store.index.embed {spec!r}: {exc}") from exc
    function = getattr(module, attr, None)
    if function is None:
        raise StoreConfigError(f"store.index.embed: {location} has no attribute {attr!r}")
    if isinstance(function, Embeddings):
        return function
    if not callable(function):
        raise StoreConfigError(f"store.index.embed: {spec} is not callable")
    return ensure_embeddings(function)


@asynccontextmanager
async def open_store(
    db: Database, config: StoreConfig, project_dir: Path
) -> AsyncIterator[GraphportStore]:
    """The store on `db`'s database: tables set up, sweeper running until the context exits."""
    embeddings = load_embeddings(config.index.embed, project_dir) if config.index else None
    # The inner store always refreshes when asked; GraphportStore resolves the default.
    inner_ttl = TTLConfig(refresh_on_read=True)
    if db.url.dialect == "sqlite":
        assert db.url.sqlite_path is not None
        conn_sqlite = await aiosqlite.connect(
            str(db.url.sqlite_path), timeout=30, isolation_level=None
        )
        try:
            await conn_sqlite.execute("PRAGMA journal_mode=WAL")
            await conn_sqlite.execute("PRAGMA synchronous=NORMAL")
            await conn_sqlite.execute("PRAGMA busy_timeout=30000")
            await conn_sqlite.execute(NO_AUTOCHECKPOINT)  # storage/wal_checkpoints.py
            sqlite_store = AsyncSqliteStore(conn_sqlite, ttl=inner_ttl)
            if db.write_lock is not None:
                # One writer at a time in this process: share the checkpointer's lock.
                sqlite_store.lock = db.write_lock
            await sqlite_store.setup()
            async with _running(
                GraphportStore(sqlite_store, db, config=config, embeddings=embeddings)
            ) as store:
                yield store
        finally:
            await conn_sqlite.close()
        return
    assert db.url.postgres_conninfo is not None
    async with AsyncConnectionPool(
        db.url.postgres_conninfo,
        min_size=1,
        max_size=10,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        open=False,
    ) as pool:
        pg_store = AsyncPostgresStore(pool, ttl=inner_ttl)  # type: ignore[arg-type]
        async with setup_lock(pool):
            await pg_store.setup()
        async with _running(
            GraphportStore(pg_store, db, config=config, embeddings=embeddings)
        ) as store:
            yield store


@asynccontextmanager
async def _running(store: GraphportStore) -> AsyncIterator[GraphportStore]:
    store.start_sweeper()
    try:
        yield store
    finally:
        await store.stop_sweeper()
