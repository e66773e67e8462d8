"""Authentication of every request, before its body is parsed.

The middleware finds the operation a request is for (the first route matching path and method,
as Starlette will pick it). Public operations -- the system ones: `/ok`, `/info`, `/metrics`,
`/docs` -- and paths that are no operation (`/openapi.json`, unknown paths, CORS preflights)
pass untouched. Any other request is authenticated by the configured backend: a refusal is the
backend's 401 (or the status a custom handler chose) with a JSON `detail`; a success puts an
`Access` for the caller in the request's context (and in `scope["graphport.access"]`) for the
guard, the SQL filters and the run service to read.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.requests import Request
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send

from graphport.generated.api import PERMISSIONS
from graphport.impl.auth.access import Access, acting_as
from graphport.impl.auth.backends import AuthBackend
from graphport.impl.contract import ApiError, error_response

PUBLIC_RESOURCES = frozenset({"system"})
SCOPE_KEY = "graphport.access"


def public_operations() -> frozenset[str]:
    """Operations anyone may call, whatever the mode (health, info, metrics, docs)."""
    return frozenset(
        op for op, (resource, _) in PERMISSIONS.items() if resource in PUBLIC_RESOURCES
    )


class AuthMiddleware:
    """ASGI middleware: authenticate each request to a non-public operation."""

    def __init__(self, app: ASGIApp, routes: Sequence[BaseRoute], backend: AuthBackend) -> None:
        self.app = app
        self.routes = routes
        self.backend = backend
        self.public = public_operations()

    def _operation(self, scope: Scope) -> str | None:
        for route in self.routes:
            match, child = route.matches(scope)
            if match == Match.FULL:
                operation = getattr(route, "operation_id", None)
                if operation is not None:
                    scope["path_params"] = {
                        **scope.get("path_params", {}),
                        **child.get("path_params", {}),
                    }
                return operation
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.backend.mode == "none":
            await self.app(scope, receive, send)
            return
        operation = self._operation(scope)
        if operation is None or operation in self.public:
            await self.app(scope, receive, send)
            return
        try:
            user = await self.backend.authenticate(Request(scope))
        except ApiError as exc:
            response = error_response(exc.status_code, exc.detail, exc.headers)
            await response(scope, receive, send)
            return
        access = Access(user=user)
        scope[SCOPE_KEY] = access
        with acting_as(access):
            await self.app(scope, receive, send)
