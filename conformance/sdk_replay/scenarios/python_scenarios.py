"""User flows driven through the official Python client, `langgraph_sdk`, against a base URL.

Each scenario is what an application does with the client: it talks only to the URL it is
given (the recording proxy in front of the server under test) and imports nothing of a server.
Flows that need a moment of concurrency (cancel, double texting, disconnects) act on what the
stream has already said (the `echo` graph writes a `custom` event, then sleeps for
`configurable.delay` seconds), never on wall-clock guesses, so every run makes the same requests
in the same order.

The asserts are the flow's own expectations (a client would break without them); the recorded
exchange is what the replay and differential suites compare.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import httpx
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.schema import StreamPart


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[str], Awaitable[None]]
    # Operations the scenario needs, probed before it runs: (method, path, JSON body).
    # A 501 there means "not built yet": the scenario is skipped with that reason.
    requires: tuple[tuple[str, str, object], ...] = field(default=())


SCENARIOS: dict[str, Scenario] = {}

HI = {"messages": [{"role": "user", "content": "hi"}]}


def scenario(
    *requires: tuple[str, str, object],
) -> Callable[[Callable[[str], Awaitable[None]]], Callable[[str], Awaitable[None]]]:
    def register(run: Callable[[str], Awaitable[None]]) -> Callable[[str], Awaitable[None]]:
        name = "py_" + run.__name__
        SCENARIOS[name] = Scenario(name, run, tuple(requires))
        return run

    return register


def client(url: str) -> LangGraphClient:
    return get_client(url=url, api_key=None)


def delay(seconds: float) -> dict[str, object]:
    return {"configurable": {"delay": seconds}}


async def status_of(call: Awaitable[object]) -> int:
    """The HTTP status of a call the flow expects to fail."""
    try:
        await call
    except httpx.HTTPStatusError as exc:
        return exc.response.status_code
    raise AssertionError("the call was expected to fail")


async def drain(stream: AsyncIterator[StreamPart]) -> list[StreamPart]:
    return [part async for part in stream]


# --- chat streaming ---------------------------------------------------------------------------
@scenario()
async def chat_stream_messages(url: str) -> None:
    """A chat UI: stream tokens (messages-tuple) and values, then read the thread state."""
    c = client(url)
    thread = await c.threads.create()
    parts = await drain(
        c.runs.stream(
            thread["thread_id"], "chat", input=HI, stream_mode=["messages-tuple", "values"]
        )
    )
    assert any(part.event == "messages" for part in parts)
    state = await c.threads.get_state(thread["thread_id"])
    assert state["values"]["messages"][-1]["content"] == "hello there friend"


@scenario()
async def chat_stream_legacy_messages(url: str) -> None:
    """The legacy `messages` mode: partial messages accumulated token by token."""
    c = client(url)
    thread = await c.threads.create()
    parts = await drain(
        c.runs.stream(thread["thread_id"], "chat", input=HI, stream_mode="messages")
    )
    assert any(part.event == "messages/partial" for part in parts)


@scenario()
async def stream_values_updates_custom(url: str) -> None:
    """Several modes at once on a two-node graph, then the run list of the thread."""
    c = client(url)
    thread = await c.threads.create(metadata={"scenario": "modes"})
    parts = await drain(
        c.runs.stream(
            thread["thread_id"], "echo", input=HI, stream_mode=["values", "updates", "custom"]
        )
    )
    assert [p.event for p in parts].count("updates") == 2
    runs = await c.runs.list(thread["thread_id"])
    assert runs[0]["status"] == "success"


@scenario()
async def stream_subgraphs(url: str) -> None:
    """Namespaced events (`updates|child:<task>`) from a graph with a subgraph."""
    c = client(url)
    thread = await c.threads.create()
    parts = await drain(
        c.runs.stream(
            thread["thread_id"],
            "parent",
            input=HI,
            stream_mode=["values", "updates"],
            stream_subgraphs=True,
        )
    )
    assert any("|" in part.event for part in parts)


@scenario()
async def stateless_runs(url: str) -> None:
    """Runs without a thread: wait for the output, then stream."""
    c = client(url)
    output = await c.runs.wait(None, "echo", input=HI)
    assert output["count"] == 2
    # Kept: the SDK checks the run's status once the stream closes, which must not race the
    # deletion of a temporary thread.
    await drain(c.runs.stream(None, "echo", input=HI, stream_mode="updates", on_completion="keep"))


@scenario()
async def background_run_join(url: str) -> None:
    """A background run: create, join for the output, then read run, runs and thread."""
    c = client(url)
    thread = await c.threads.create()
    run = await c.runs.create(thread["thread_id"], "echo", input=HI)
    output = await c.runs.join(thread["thread_id"], run["run_id"])
    assert output["count"] == 2
    finished = await c.runs.get(thread["thread_id"], run["run_id"])
    assert finished["status"] == "success"
    await c.runs.list(thread["thread_id"])
    await c.threads.get(thread["thread_id"])


# --- interrupt and resume ---------------------------------------------------------------------
@scenario()
async def interrupt_then_resume(url: str) -> None:
    """Human in the loop: the graph interrupts, the client reads why, then resumes it."""
    c = client(url)
    thread = await c.threads.create()
    await drain(
        c.runs.stream(thread["thread_id"], "hitl", input=HI, stream_mode=["values", "updates"])
    )
    interrupted = await c.threads.get(thread["thread_id"])
    assert interrupted["status"] == "interrupted"
    state = await c.threads.get_state(thread["thread_id"])
    assert state["tasks"][0]["interrupts"][0]["value"] == {"question": "approve?"}
    await drain(
        c.runs.stream(
            thread["thread_id"],
            "hitl",
            command={"resume": "yes"},
            stream_mode=["values", "updates"],
        )
    )
    final = await c.threads.get_state(thread["thread_id"])
    assert final["values"]["messages"][-1]["content"] == "human said: yes"
    assert (await c.threads.get(thread["thread_id"]))["status"] == "idle"


@scenario()
async def interrupt_wait_resume(url: str) -> None:
    """The same flow with `wait`: the interrupt comes back in the output's `__interrupt__`."""
    c = client(url)
    thread = await c.threads.create()
    output = await c.runs.wait(thread["thread_id"], "hitl", input=HI)
    assert "__interrupt__" in output
    resumed = await c.runs.wait(thread["thread_id"], "hitl", command={"resume": "ok"})
    assert resumed["messages"][-1]["content"] == "human said: ok"


# --- double texting ---------------------------------------------------------------------------
async def first_run_started(
    c: LangGraphClient, thread_id: str, seconds: float
) -> tuple[str, AsyncIterator[StreamPart]]:
    """Start a slow background run and wait until it is inside its node (it wrote `custom`).

    `seconds` is how long the node then sleeps: the margin the next request has to arrive
    while the run is still busy (generous: the suites share small CI machines).
    """
    first = await c.runs.create(
        thread_id,
        "echo",
        input=HI,
        config=delay(seconds),
        stream_mode=["custom"],
        stream_resumable=True,
    )
    stream = c.runs.join_stream(thread_id, first["run_id"], last_event_id="-1")
    iterator = stream.__aiter__()
    while (await iterator.__anext__()).event != "custom":
        pass
    return first["run_id"], iterator


@scenario()
async def double_text_reject(url: str) -> None:
    """A second message while a run is busy, with `reject`: 409, and the first run finishes."""
    c = client(url)
    thread = await c.threads.create()
    first, rest = await first_run_started(c, thread["thread_id"], 2.0)
    status = await status_of(
        c.runs.create(thread["thread_id"], "echo", input=HI, multitask_strategy="reject")
    )
    assert status == 409
    await drain(rest)
    assert (await c.runs.get(thread["thread_id"], first))["status"] == "success"


@scenario()
async def double_text_enqueue(url: str) -> None:
    """`enqueue`: the second run waits its turn, then both have run in order."""
    c = client(url)
    thread = await c.threads.create()
    _first, rest = await first_run_started(c, thread["thread_id"], 2.0)
    second = await c.runs.create(
        thread["thread_id"], "echo", input=HI, multitask_strategy="enqueue"
    )
    assert second["status"] == "pending"
    await drain(rest)
    output = await c.runs.join(thread["thread_id"], second["run_id"])
    assert output["count"] == 4
    runs = await c.runs.list(thread["thread_id"])
    assert [r["status"] for r in runs] == ["success", "success"]


@scenario()
async def double_text_interrupt(url: str) -> None:
    """`interrupt`: the first run is interrupted, keeping its progress; the second runs."""
    c = client(url)
    thread = await c.threads.create()
    first, rest = await first_run_started(c, thread["thread_id"], 3.0)
    second = await c.runs.create(
        thread["thread_id"], "echo", input=HI, multitask_strategy="interrupt"
    )
    await drain(rest)
    await c.runs.join(thread["thread_id"], second["run_id"])
    assert (await c.runs.get(thread["thread_id"], first))["status"] == "interrupted"
    await c.runs.list(thread["thread_id"])


@scenario()
async def double_text_rollback(url: str) -> None:
    """`rollback`: the first run and what it did are deleted; the second runs alone."""
    c = client(url)
    thread = await c.threads.create()
    first, rest = await first_run_started(c, thread["thread_id"], 3.0)
    second = await c.runs.create(
        thread["thread_id"], "echo", input=HI, multitask_strategy="rollback"
    )
    await drain(rest)
    await c.runs.join(thread["thread_id"], second["run_id"])
    assert await status_of(c.runs.get(thread["thread_id"], first)) == 404
    runs = await c.runs.list(thread["thread_id"])
    assert [r["run_id"] for r in runs] == [second["run_id"]]


# --- cancel -----------------------------------------------------------------------------------
async def cancel_mid_stream(url: str, action: str) -> None:
    c = client(url)
    thread = await c.threads.create()
    run_id = ""
    async with contextlib.aclosing(
        c.runs.stream(
            thread["thread_id"],
            "echo",
            input=HI,
            config=delay(3.0),
            stream_mode=["values", "custom"],
        )
    ) as stream:
        async for part in stream:
            if part.event == "metadata":
                run_id = part.data["run_id"]
            if part.event == "custom":
                await c.runs.cancel(thread["thread_id"], run_id, action=action, wait=True)
    if action == "rollback":
        assert await status_of(c.runs.get(thread["thread_id"], run_id)) == 404
    else:
        assert (await c.runs.get(thread["thread_id"], run_id))["status"] == "interrupted"
    await c.threads.get(thread["thread_id"])


@scenario()
async def cancel_interrupt_mid_stream(url: str) -> None:
    """Stop button: cancel (interrupt, wait) while streaming; the stream simply ends."""
    await cancel_mid_stream(url, "interrupt")


@scenario()
async def cancel_rollback_mid_stream(url: str) -> None:
    """Cancel with rollback: the run is gone afterwards."""
    await cancel_mid_stream(url, "rollback")


@scenario()
async def cancel_finished_run(url: str) -> None:
    """Cancelling a run that already finished: 404."""
    c = client(url)
    thread = await c.threads.create()
    run = await c.runs.create(thread["thread_id"], "echo", input=HI)
    await c.runs.join(thread["thread_id"], run["run_id"])
    assert await status_of(c.runs.cancel(thread["thread_id"], run["run_id"])) == 404


# --- join after disconnect --------------------------------------------------------------------
@scenario()
async def join_after_disconnect(url: str) -> None:
    """A resumable stream dropped mid-run, then rejoined from the last event id: no gap."""
    c = client(url)
    thread = await c.threads.create()
    run_id, last_id = "", ""
    async with contextlib.aclosing(
        c.runs.stream(
            thread["thread_id"],
            "echo",
            input=HI,
            config=delay(1.0),
            stream_mode=["values", "custom"],
            stream_resumable=True,
        )
    ) as stream:
        async for part in stream:
            if part.event == "metadata":
                run_id = part.data["run_id"]
            last_id = part.id or last_id
            if part.event == "custom":
                break  # the client goes away while the node sleeps
    rest = await drain(c.runs.join_stream(thread["thread_id"], run_id, last_event_id=last_id))
    assert [p.event for p in rest] == ["values", "values"]
    assert (await c.runs.get(thread["thread_id"], run_id))["status"] == "success"
    replay = await drain(c.runs.join_stream(thread["thread_id"], run_id, last_event_id="-1"))
    assert replay[0].event == "metadata"


# --- errors -----------------------------------------------------------------------------------
@scenario()
async def graph_error(url: str) -> None:
    """A graph that raises: `error` event, thread in error, `wait` gives `__error__`."""
    c = client(url)
    thread = await c.threads.create()
    parts = await drain(c.runs.stream(thread["thread_id"], "boom", input=HI))
    assert parts[-1].event == "error"
    assert (await c.threads.get(thread["thread_id"]))["status"] == "error"
    output = await c.runs.wait(thread["thread_id"], "boom", input=HI, raise_error=False)
    assert "__error__" in output
    assert await status_of(c.runs.stream(thread["thread_id"], "nope", input=HI).__anext__()) == 422


# --- threads, state, history ------------------------------------------------------------------
@scenario()
async def threads_lifecycle(url: str) -> None:
    """Threads as a sidebar uses them: create, rename, find, copy, delete."""
    c = client(url)
    thread = await c.threads.create(metadata={"owner": "py_threads_lifecycle", "title": "a"})
    thread_id = thread["thread_id"]
    await c.threads.get(thread_id)
    await c.threads.update(thread_id, metadata={"title": "b"})
    found = await c.threads.search(metadata={"owner": "py_threads_lifecycle"})
    assert [t["thread_id"] for t in found] == [thread_id]
    assert await c.threads.count(metadata={"owner": "py_threads_lifecycle"}) == 1
    copy = await c.threads.copy(thread_id)
    assert copy["thread_id"] != thread_id
    await c.threads.delete(thread_id)
    assert await status_of(c.threads.get(thread_id)) == 404
    assert await status_of(c.threads.create(thread_id=copy["thread_id"])) == 409
    await c.threads.create(thread_id=copy["thread_id"], if_exists="do_nothing")


@scenario()
async def state_and_history(url: str) -> None:
    """Time travel: run, edit the state, walk the history, read an older checkpoint."""
    c = client(url)
    thread = await c.threads.create()
    await c.runs.wait(thread["thread_id"], "echo", input=HI)
    updated = await c.threads.update_state(thread["thread_id"], {"count": 10}, as_node="counter")
    assert updated["checkpoint"]["checkpoint_id"]
    history = await c.threads.get_history(thread["thread_id"], limit=10)
    assert history[0]["values"]["count"] == 10
    older = await c.threads.get_state(
        thread["thread_id"], checkpoint_id=history[1]["checkpoint_id"]
    )
    assert older["values"]["count"] == 2


# --- assistants -------------------------------------------------------------------------------
@scenario()
async def assistants_lifecycle(url: str) -> None:
    """Assistants: create, read, update (a new version), list versions, find, graph, delete."""
    c = client(url)
    assistant = await c.assistants.create(
        "echo", metadata={"owner": "py_assistants_lifecycle"}, name="mine"
    )
    assistant_id = assistant["assistant_id"]
    await c.assistants.get(assistant_id)
    updated = await c.assistants.update(assistant_id, name="renamed")
    assert updated["version"] == 2
    versions = await c.assistants.get_versions(assistant_id)
    assert [v["version"] for v in versions] == [2, 1]
    found = await c.assistants.search(metadata={"owner": "py_assistants_lifecycle"})
    assert [a["assistant_id"] for a in found] == [assistant_id]
    graph = await c.assistants.get_graph(assistant_id)
    assert graph["nodes"]
    await c.assistants.delete(assistant_id)
    assert await status_of(c.assistants.get(assistant_id)) == 404


# --- store and crons --------------------------------------------------------------------------
@scenario(("POST", "/store/namespaces", {}))
async def store_items(url: str) -> None:
    """Long-term memory: put, get, search, list namespaces, delete."""
    c = client(url)
    ns = ["py_store", "user"]
    await c.store.put_item(ns, "prefs", {"theme": "dark"})
    await c.store.put_item(ns, "name", {"value": "Ada"})
    item = await c.store.get_item(ns, "prefs")
    assert item is not None
    assert item["value"] == {"theme": "dark"}
    found = await c.store.search_items(["py_store"], filter={"theme": "dark"})
    assert [i["key"] for i in found["items"]] == ["prefs"]
    await c.store.list_namespaces(prefix=["py_store"])
    await c.store.delete_item(ns, "prefs")
    assert await c.store.get_item(ns, "prefs") is None


@scenario(("POST", "/runs/crons/search", {}))
async def crons_lifecycle(url: str) -> None:
    """Scheduled runs: create one for a thread, find it, count, delete it."""
    c = client(url)
    thread = await c.threads.create()
    cron = await c.crons.create_for_thread(thread["thread_id"], "echo", schedule="0 0 1 1 *")
    found = await c.crons.search(thread_id=thread["thread_id"])
    assert [x["cron_id"] for x in found] == [cron["cron_id"]]
    assert await c.crons.count(thread_id=thread["thread_id"]) == 1
    await c.crons.delete(cron["cron_id"])
    assert await c.crons.search(thread_id=thread["thread_id"]) == []
