"""The application: the generated router bound to the implementations, serving the spec.

`create_app(settings)` builds everything once. The served `/openapi.json` is the hand-written
spec (FastAPI never generates its own); `/docs` is the spec's `get_docs` operation, so FastAPI's
built-in docs pages are off. Every operation comes from `build_router`: an operation whose tag has
no implementation yet, or that its implementation leaves out, answers 501 (not_implemented.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from graphport import __version__
from graphport.generated.api import build_router
from graphport.impl.api.assistants import AssistantsService
from graphport.impl.api.crons import CronsService
from graphport.impl.api.history import RunHistoryService
from graphport.impl.api.runs import StatelessRunsService, ThreadRunsService
from graphport.impl.api.store import StoreService
from graphport.impl.api.system import SystemService
from graphport.impl.api.threads import ThreadsService
from graphport.impl.auth.setup import install_auth, load_auth
from graphport.impl.config import Settings
from graphport.impl.cors import install_cors
from graphport.impl.errors import install_error_handlers
from graphport.impl.heap import settle_startup_heap
from graphport.impl.not_implemented import check_list, implement
from graphport.impl.routing import MostSpecificResource
from graphport.impl.services import Services
from graphport.impl.spec import load_spec

OPENAPI_URL = "/openapi.json"


class GraphportApp(FastAPI):
    """FastAPI, serving the hand-written spec instead of a document built from the routes."""

    def openapi(self) -> dict[str, Any]:
        return load_spec()


def create_app(settings: Settings | None = None, *, serving: bool = False) -> FastAPI:
    """Build the app for `settings` (defaults: no graphs, in-process back-ends).

    `serving`: this process exists to serve this app (`graphport serve`), so the heap built at
    startup is settled once it has started (heap.py).
    """
    settings = settings or Settings()
    check_list()
    auth = load_auth(settings)
    services = Services(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await services.start()
        if serving:
            settle_startup_heap()
        try:
            yield
        finally:
            await services.stop()

    app = GraphportApp(
        title="graphport",
        version=__version__,
        openapi_url=OPENAPI_URL,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.services = services
    services.webhooks.app = app  # relative webhooks call the app itself
    install_error_handlers(app)
    # Bound on the app's own router, not included: FastAPI then keeps one flat list of routes,
    # which the 405 `Allow` computation and the route-coverage tests walk.
    build_router(
        assistants=auth.guard(implement(AssistantsService, services)),
        threads=auth.guard(implement(ThreadsService, services)),
        thread_runs=auth.guard(implement(ThreadRunsService, services)),
        stateless_runs=auth.guard(implement(StatelessRunsService, services)),
        crons=auth.guard(implement(CronsService, services)),
        store=auth.guard(implement(StoreService, services)),
        run_history=auth.guard(implement(RunHistoryService, services)),
        system=implement(SystemService, settings),
        router=app.router,
    )
    app.add_middleware(MostSpecificResource, routes=app.router.routes)
    install_auth(app, auth, services)
    install_cors(app, settings.http, open_by_default=auth.mode == "none")
    return app


def create_app_from_env() -> FastAPI:
    """The factory `graphport serve` gives uvicorn: settings from `GRAPHPORT_*` variables."""
    return create_app(Settings.from_env(), serving=True)
