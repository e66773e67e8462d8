"""A graph that reads and writes the long-term store (LangGraph's injected `store`).

Input `{"user": "alice", "note": "buy milk"}`: the async node reads the item `profile` of the
namespace `("users", user)` (written by anyone, e.g. through `PUT /store/items`), stores the
note as a new item of `("users", user, "notes")`, and returns the profile and every note
text of that user, so a run shows what the API wrote and the API sees what the run wrote.
A sync node (run in a worker thread) counts the user's runs in the item `visits`.
"""

from typing import Any, NotRequired

from langgraph.graph import END, START, StateGraph
from langgraph.store.base import BaseStore
from typing_extensions import TypedDict


class Memory(TypedDict):
    user: str
    note: NotRequired[str | None]
    profile: NotRequired[dict[str, Any] | None]
    notes: NotRequired[list[str]]
    visits: NotRequired[int]


async def remember(state: Memory, *, store: BaseStore) -> dict[str, Any]:
    user = state["user"]
    profile = await store.aget(("users", user), "profile")
    notes_namespace = ("users", user, "notes")
    note = state.get("note")
    if note:
        existing = await store.asearch(notes_namespace, limit=1000)
        await store.aput(notes_namespace, f"graph-{len(existing) + 1}", {"text": note})
    notes = await store.asearch(notes_namespace, limit=1000)
    return {
        "profile": profile.value if profile is not None else None,
        "notes": sorted(str(item.value.get("text")) for item in notes),
    }


def count_visit(state: Memory, *, store: BaseStore) -> dict[str, Any]:
    namespace = ("users", state["user"])
    seen = store.get(namespace, "visits")
    visits = (seen.value["count"] if seen is not None else 0) + 1
    store.put(namespace, "visits", {"count": visits}, index=False)
    return {"visits": visits}


builder = StateGraph(Memory)
builder.add_node("remember", remember)
builder.add_node("count_visit", count_visit)
builder.add_edge(START, "remember")
builder.add_edge("remember", "count_visit")
builder.add_edge("count_visit", END)
graph = builder.compile()
