"""A graph with a context schema and nested subgraphs (for schemas, subgraphs and xray)."""

from dataclasses import dataclass

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from typing_extensions import TypedDict


@dataclass
class Settings:
    greeting: str = "hello"
    level: int = 1


class Text(TypedDict):
    text: str


async def greet(state: Text, runtime: Runtime[Settings]) -> dict:
    return {"text": f"{runtime.context.greeting}: {state.get('text', '')}"}


inner = StateGraph(Text, context_schema=Settings)
inner.add_node("greet", greet)
inner.add_edge(START, "greet")

middle = StateGraph(Text, context_schema=Settings)
middle.add_node("inner", inner.compile())
middle.add_edge(START, "inner")

outer = StateGraph(Text, context_schema=Settings)
outer.add_node("middle", middle.compile())
outer.add_edge(START, "middle")
outer.add_edge("middle", END)
graph = outer.compile()
