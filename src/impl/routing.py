"""Resolving a request to its resource before Starlette picks a route.

Starlette takes the first route that matches both path and method. With one route per method
and templates that overlap (`/threads/{thread_id}/runs/stream` and
`/threads/{thread_id}/runs/{run_id}`), `GET .../runs/stream` would reach `get_run` with
`run_id="stream"` and answer 422, although the resource at that path is the stream (POST only):
the right answer is 405 with `Allow: POST`. This middleware finds the most specific template
matching the path (the one with the fewest parameters) and answers 405 itself when the
method is not one it serves; otherwise the request goes on untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from graphport.impl.contract import error_response


@dataclass(frozen=True, slots=True)
class _Resource:
    template: str
    regex: re.Pattern[str]
    params: int
    methods: frozenset[str]


class ResourceIndex:
    """The path templates of an app's routes, most specific first, with their methods."""

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        grouped: dict[str, tuple[re.Pattern[str], set[str]]] = {}
        for route in routes:
            if isinstance(route, Route) and route.methods:
                _regex, methods = grouped.setdefault(route.path, (route.path_regex, set()))
                methods.update(route.methods)
        self.resources = sorted(
            (
                _Resource(template, regex, template.count("{"), frozenset(methods))
                for template, (regex, methods) in grouped.items()
            ),
            key=lambda r: r.params,
        )

    def allowed(self, path: str) -> list[str] | None:
        """The methods of the most specific resource at `path` (None: no resource there)."""
        found: set[str] = set()
        params: int | None = None
        for resource in self.resources:
            if params is not None and resource.params > params:
                break
            if resource.regex.match(path):
                params = resource.params
                found |= resource.methods
        return sorted(found) if params is not None else None


class MostSpecificResource:
    """ASGI middleware: 405 for a method the most specific resource at a path does not serve."""

    def __init__(self, app: ASGIApp, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.routes = routes
        self._index: ResourceIndex | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            if self._index is None:
                self._index = ResourceIndex(self.routes)
            allowed = self._index.allowed(scope["path"])
            if allowed is not None and scope["method"] not in allowed:
                response = error_response(405, "Method Not Allowed", {"Allow": ", ".join(allowed)})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
