"""`whoami`: answers with the name of the user the run belongs to.

The server hands the authenticated user to the graph in `config["configurable"]`, as the
platform does: `langgraph_auth_user` (an object with `identity`, `display_name`, `permissions`,
also readable as a mapping) and `langgraph_auth_user_id`.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, MessagesState, StateGraph


def answer(state: MessagesState, config: RunnableConfig) -> dict[str, Any]:
    configurable = config.get("configurable") or {}
    user = configurable.get("langgraph_auth_user")
    name = user.display_name if user is not None else "nobody"
    user_id = configurable.get("langgraph_auth_user_id", "")
    return {"messages": [AIMessage(content=f"hello {name} ({user_id})")]}


builder = StateGraph(MessagesState)
builder.add_node("answer", answer)
builder.add_edge(START, "answer")
builder.add_edge("answer", END)
graph = builder.compile()
