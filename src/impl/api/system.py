"""The System operations: health, server information, metrics and the API reference page."""

from __future__ import annotations

from importlib.metadata import version
from typing import Literal

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from graphport.generated import models
from graphport.generated.api import SystemApi
from graphport.impl.config import Settings
from graphport.impl.not_implemented import NOT_IMPLEMENTED

PROTOCOL_VERSION = "0.16.7"
"""The `langgraph-api` release whose wire protocol graphport is conformance-tested against."""

_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>graphport API</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({url: "__SPEC_URL__", dom_id: "#swagger-ui", deepLinking: true});
  </script>
</body>
</html>
"""


class SystemService(SystemApi):
    """Answers from the process itself; nothing here touches a back-end yet."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._langgraph_version = version("langgraph")

    async def health_check(
        self, *, request: Request, check_db: Literal[0, 1]
    ) -> models.HealthStatus | Response:
        # No back-end is wired yet, so there is nothing to probe: `services` stays empty, as the
        # reference reports it when it runs in memory.
        return models.HealthStatus(ok=True, services={})

    async def get_server_info(self, *, request: Request) -> models.ServerInfo | Response:
        return models.ServerInfo(
            version=PROTOCOL_VERSION,
            langgraph_py_version=self._langgraph_version,
            flags=models.ServerFlags(
                # A feature is offered once its operations are built (see not_implemented.py).
                assistants="create_assistant" not in NOT_IMPLEMENTED,
                crons="create_cron" not in NOT_IMPLEMENTED,
                langsmith=False,
                langsmith_tracing_replicas=True,
                langsmith_tracing_session_on_runs=True,
            ),
            host=models.ServerHost(
                kind="self-hosted",
                project_id=None,
                host_revision_id=None,
                revision_id=None,
                tenant_id=None,
            ),
        )

    async def get_metrics(self, *, request: Request) -> Response:
        body = generate_latest(REGISTRY)
        services = getattr(request.app.state, "services", None)
        if services is not None:
            body += await services.metrics.render()
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    async def get_docs(self, *, request: Request) -> Response:
        spec_url = request.scope.get("root_path", "") + "/openapi.json"
        return HTMLResponse(_DOCS_PAGE.replace("__SPEC_URL__", spec_url))
