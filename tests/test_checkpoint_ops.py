"""Checkpoint maintenance on both savers: copying a thread, keep_latest pruning, metadata edits.

Runs real example graphs on langgraph-checkpoint-sqlite and (when a server answers on
127.0.0.1:5432) langgraph-checkpoint-postgres in a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg.rows import dict_row

from graphport.impl.runtime.graphs import Graph, GraphRegistry
from graphport.impl.storage.checkpoint_ops import (
    copy_thread_checkpoints,
    prune_thread_checkpoints,
    replace_checkpoint_metadata,
)
from graphport.impl.storage.checkpoints import open_checkpointer
from graphport.impl.storage.database import DatabaseUrl
from live_server import EXAMPLES_CONFIG

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
INPUT = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(params=["sqlite", "postgres"])
async def checkpointer(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    if request.param == "sqlite":
        async with open_checkpointer(DatabaseUrl.parse(str(tmp_path / "c.db"))) as saver:
            yield saver
        return
    schema = f"graphport_ckpt_{uuid.uuid4().hex[:12]}"
    try:
        admin = await psycopg.AsyncConnection.connect(POSTGRES, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        conn = await psycopg.AsyncConnection.connect(
            POSTGRES,
            autocommit=True,
            prepare_threshold=0,
            row_factory=dict_row,
            options=f"-c search_path={schema}",
        )
        async with conn:
            saver = AsyncPostgresSaver(conn)
            await saver.setup()
            yield saver
    finally:
        await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


def _graph(checkpointer: Any, graph_id: str) -> Graph:
    registry = GraphRegistry.load({graph_id: _spec(graph_id)}, EXAMPLES_CONFIG.parent)
    registry.bind(checkpointer, None)
    entry = registry.entry(graph_id)
    assert entry.graph is not None
    return entry.graph.copy(update={"checkpointer": checkpointer})


def _spec(graph_id: str) -> str:
    return {"echo": "./graph.py:graph", "parent": "./graph.py:parent_graph"}[graph_id]


def _config(thread_id: str) -> Any:
    return {"configurable": {"thread_id": thread_id}}


async def _history(graph: Graph, thread_id: str) -> list[Any]:
    return [s async for s in graph.aget_state_history(_config(thread_id))]


async def test_copy_keeps_every_checkpoint_and_points_metadata_at_the_copy(
    checkpointer: Any,
) -> None:
    graph = _graph(checkpointer, "echo")
    source, target = str(uuid.uuid4()), str(uuid.uuid4())
    await graph.ainvoke(INPUT, {"configurable": {"thread_id": source}, "metadata": {"k": 1}})
    await checkpointer.aput_writes(
        (await graph.aget_state(_config(source))).config, [("count", 5)], "task-1"
    )

    await copy_thread_checkpoints(checkpointer, source, target)

    original, copied = await _history(graph, source), await _history(graph, target)
    assert [s.config["configurable"]["checkpoint_id"] for s in copied] == [
        s.config["configurable"]["checkpoint_id"] for s in original
    ]
    assert [s.values for s in copied] == [s.values for s in original]
    assert all(s.config["configurable"]["thread_id"] == target for s in copied)
    assert copied[0].metadata is not None
    assert copied[0].metadata["k"] == 1
    latest = await checkpointer.aget_tuple(_config(target))
    assert ("task-1", "count", 5) in latest.pending_writes
    # The source is untouched.
    assert len(await _history(graph, source)) == len(original)


async def test_copy_rewrites_a_thread_id_kept_in_metadata(checkpointer: Any) -> None:
    graph = _graph(checkpointer, "echo")
    source, target = str(uuid.uuid4()), str(uuid.uuid4())
    await graph.ainvoke(INPUT, _config(source))
    latest = await checkpointer.aget_tuple(_config(source))
    # The reference's run metadata names the thread; langgraph itself leaves it out.
    await replace_checkpoint_metadata(
        checkpointer, latest.config, {**latest.metadata, "thread_id": source}
    )
    await copy_thread_checkpoints(checkpointer, source, target)
    copied = await _history(graph, target)
    assert copied[0].metadata is not None
    assert copied[0].metadata["thread_id"] == target
    assert all("thread_id" not in (s.metadata or {}) for s in copied[1:])


async def test_keep_latest_leaves_the_latest_state_and_nothing_older(checkpointer: Any) -> None:
    graph = _graph(checkpointer, "echo")
    thread, other = str(uuid.uuid4()), str(uuid.uuid4())
    for thread_id in (thread, other):
        await graph.ainvoke(INPUT, _config(thread_id))
        await graph.ainvoke(INPUT, _config(thread_id))
    before = await graph.aget_state(_config(thread))
    assert len(await _history(graph, thread)) > 1

    await prune_thread_checkpoints(checkpointer, [thread])

    history = await _history(graph, thread)
    assert len(history) == 1
    assert history[0].values == before.values
    assert (
        history[0].config["configurable"]["checkpoint_id"]
        == (before.config["configurable"]["checkpoint_id"])
    )
    # Other threads keep their history, and the pruned thread keeps working.
    assert len(await _history(graph, other)) > 1
    result = await graph.ainvoke(INPUT, _config(thread))
    assert result["count"] == before.values["count"] + 2


async def test_keep_latest_drops_finished_subgraph_calls(checkpointer: Any) -> None:
    graph = _graph(checkpointer, "parent")
    thread = str(uuid.uuid4())
    await graph.ainvoke(INPUT, _config(thread))
    namespaces = [
        c.config["configurable"]["checkpoint_ns"] async for c in checkpointer.alist(_config(thread))
    ]
    assert any(ns.startswith("child:") for ns in namespaces)

    await prune_thread_checkpoints(checkpointer, [thread])

    left = [
        c.config["configurable"]["checkpoint_ns"] async for c in checkpointer.alist(_config(thread))
    ]
    assert left == [""]
    assert (await graph.aget_state(_config(thread))).values["count"] == 2


async def test_metadata_of_one_checkpoint_can_be_replaced(checkpointer: Any) -> None:
    graph = _graph(checkpointer, "echo")
    thread = str(uuid.uuid4())
    await graph.ainvoke(INPUT, _config(thread))
    latest = await checkpointer.aget_tuple(_config(thread))

    await replace_checkpoint_metadata(
        checkpointer, latest.config, {**latest.metadata, "reviewed": True}
    )

    history = await _history(graph, thread)
    assert history[0].metadata is not None
    assert history[0].metadata["reviewed"] is True
    assert all("reviewed" not in (s.metadata or {}) for s in history[1:])
    assert history[0].values == (await graph.aget_state(_config(thread))).values
