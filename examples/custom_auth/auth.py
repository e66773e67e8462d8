"""Custom authentication for the `whoami` example, written as for the LangGraph Platform.

Two users hold bearer tokens. Everyone owns what they create and sees only that: the global
handler stamps `metadata.owner` on creates and returns the matching filter for every other
action. Creating assistants needs the `assistants:write` permission (Bob lacks it: 403).
"""

from __future__ import annotations

from typing import Any

from langgraph_sdk import Auth

# In a real deployment these come from an identity provider; here they are fixed for the demo.
USERS: dict[str, dict[str, Any]] = {
    "alice-token": {
        "identity": "alice",
        "display_name": "Alice",
        "permissions": ["assistants:write"],
    },
    "bob-token": {"identity": "bob", "display_name": "Bob", "permissions": []},
}

auth = Auth()


@auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    if not authorization:
        raise Auth.exceptions.HTTPException(status_code=401, detail="Missing bearer token")
    scheme, _, token = authorization.partition(" ")
    user = USERS.get(token)
    if scheme.lower() != "bearer" or user is None:
        raise Auth.exceptions.HTTPException(status_code=401, detail="Invalid token")
    return user  # type: ignore[return-value]


@auth.on
async def owner_only(ctx: Auth.types.AuthContext, value: dict[str, Any]) -> dict[str, str]:
    """Stamp the owner on what is created; show each user only what they own."""
    filters = {"owner": ctx.user.identity}
    metadata = value.setdefault("metadata", {})
    if isinstance(metadata, dict):
        metadata.update(filters)
    return filters


@auth.on.assistants.create
async def create_assistant(ctx: Auth.types.AuthContext, value: dict[str, Any]) -> dict[str, str] | bool:
    if "assistants:write" not in ctx.permissions:
        return False
    value.setdefault("metadata", {})["owner"] = ctx.user.identity
    return {"owner": ctx.user.identity}


@auth.on.store
async def own_namespaces(ctx: Auth.types.AuthContext, value: dict[str, Any]) -> None:
    """Each user's memories live under a namespace that starts with their identity."""
    if ctx.action == "list_namespaces" and not value.get("prefix"):
        value["prefix"] = (ctx.user.identity,)  # list one's own
        return
    namespace = tuple(
        value.get("namespace") or value.get("namespace_prefix") or value.get("prefix") or ()
    )
    if not namespace or namespace[0] != ctx.user.identity:
        raise Auth.exceptions.HTTPException(status_code=403, detail="Not your namespace")
