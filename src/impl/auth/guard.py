"""Each operation's `(resource, action)` check, wrapped around an implementation.

`guard(impl, backend)` replaces every operation method of `impl` with one that first asks the
backend whether the caller may perform the operation's `(resource, action)` -- read from the
spec's `x-permission` through the generated `PERMISSIONS` map -- on `value`: the operation's
path and query parameters merged with its JSON body, as the platform hands `@auth.on` handlers
the fields of the request. A handler may change `value["metadata"]` on a create; the body the
implementation receives carries the change. Filters the backend grants stay on the request's
`Access` and reach SQL (access.py). With authentication off nothing is wrapped.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from graphport.generated.api import PERMISSIONS
from graphport.impl.auth.access import current_access
from graphport.impl.auth.backends import AuthBackend

T = TypeVar("T")

# Actions that create something whose metadata a handler may stamp.
_CREATES = frozenset({"create", "create_run", "put"})
# What a handler may change in `value` for the operation to act on.
_NAMESPACES = ("namespace", "namespace_prefix", "prefix")
_WRITABLE = ("metadata", *_NAMESPACES)


def guard(impl: T, backend: AuthBackend) -> T:
    """`impl` with every operation checked by `backend` before it runs."""
    if backend.mode == "none":
        return impl
    for operation, permission in PERMISSIONS.items():
        method = getattr(impl, operation, None)
        if method is not None:
            setattr(impl, operation, _checked(method, backend, *permission))
    return impl


def _checked(
    method: Callable[..., Awaitable[Any]], backend: AuthBackend, resource: str, action: str
) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def checked(**kwargs: Any) -> Any:
        access = current_access()
        if access is None or access.user is None:
            return await method(**kwargs)
        body = kwargs.get("body")
        value = _value(kwargs, body, resource)
        if action in _CREATES:
            value.setdefault("metadata", {})
        before = copy.deepcopy({key: value.get(key) for key in _WRITABLE})
        if resource != "threads" and "thread_id" in kwargs:
            # A cron or a run history on a thread: the thread must be readable too.
            await backend.authorize(access, "threads", "read", {"thread_id": kwargs["thread_id"]})
        await backend.authorize(access, resource, action, value)
        changed = {key: value.get(key) for key in _WRITABLE if value.get(key) != before[key]}
        if changed:
            _write_back(kwargs, body, changed)
        return await method(**kwargs)

    return checked


def _value(kwargs: dict[str, Any], body: Any, resource: str) -> dict[str, Any]:
    value = {k: v for k, v in kwargs.items() if k not in ("request", "body")}
    if isinstance(body, BaseModel):
        value.update(body.model_dump(mode="json"))
    if resource == "store":
        # Handlers see namespaces as tuples of labels, whichever way the request spelled them.
        for key in _NAMESPACES:
            if isinstance(value.get(key), str):
                value[key] = tuple(value[key].split("."))
            elif isinstance(value.get(key), list):
                value[key] = tuple(value[key])
    return value


def _write_back(kwargs: dict[str, Any], body: Any, changed: dict[str, Any]) -> None:
    """Hand what a handler changed in `value` to the implementation, in the request's shape."""
    fields = body.model_dump(mode="json") if isinstance(body, BaseModel) else None
    for key, new in changed.items():
        if fields is not None and key in type(body).model_fields:
            fields[key] = list(new) if isinstance(new, tuple) else new
        elif key in kwargs:
            kwargs[key] = ".".join(new) if isinstance(new, (tuple, list)) else new
    if fields is not None:
        kwargs["body"] = type(body).model_validate(fields)
