"""Wiring authentication into the app: the one object `create_app` holds.

`load_auth(settings)` reads the mode from `langgraph.json`'s `auth` section (or the CLI flags,
which arrive there too) and fails start-up with a `ConfigError` saying what to fix;
`AuthSetup.guard` wraps an implementation's operations; `install_auth` adds the middleware and,
when authentication is on, the SQL filters on the database engine.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, TypeVar

from graphport.impl.auth.access import install_sql_filters
from graphport.impl.auth.backends import AuthBackend, load_backend
from graphport.impl.auth.guard import guard
from graphport.impl.auth.middleware import AuthMiddleware
from graphport.impl.config import Settings

logger = logging.getLogger("graphport.auth")
T = TypeVar("T")


@dataclass(frozen=True)
class AuthSetup:
    backend: AuthBackend

    @property
    def mode(self) -> str:
        return self.backend.mode

    def guard(self, impl: T) -> T:
        return guard(impl, self.backend)


def load_auth(settings: Settings) -> AuthSetup:
    backend = load_backend(settings.auth, settings.project_dir)
    if backend.mode == "none":
        logger.warning(
            "AUTHENTICATION IS OFF: every caller may read and change every thread, run and "
            "assistant. Configure `auth` in langgraph.json (api_key, jwt or a custom Auth) "
            "before exposing this server."
        )
    else:
        logger.info("authentication: %s", backend.mode)
    return AuthSetup(backend)


def install_auth(app: Any, auth: AuthSetup, services: Any) -> None:
    if auth.mode == "none":
        return
    install_sql_filters(services.db.engine.sync_engine)
    app.add_middleware(AuthMiddleware, routes=app.router.routes, backend=auth.backend)
