"""A graph that reads and writes the long-term store (LangGraph's injected `store`).

Input `{"user": "alice", "note": "buy milk"}`: the node reads the item `profile` of the
namespace `("users", user)` (written by anyone, e.g. through `PUT /store/items`), stores the
note as a new item of `("users", user, "notes")`, and returns the profile and every note
text of that user, so a run shows what the API wrote and the API sees what the run wrote.
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


builder = StateGraph(Memory)
builder.add_node("remember", remember)
builder.add_edge(START, "remember")
builder.add_edge("remember", END)
graph = builder.compile()
