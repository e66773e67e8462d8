"""Exception handlers: every error the server answers is `{"detail": "<one sentence>"}`.

- `ApiError` (raised by implementations) -> its status, detail and headers;
- Starlette's `HTTPException` (404 for an unknown path, 405, ...) -> its status and headers; a
  405's `Allow` lists every method of the path (Starlette only lists the methods of the first
  route it matched, and FastAPI registers one route per method);
- `RequestValidationError` -> 422 with a readable one-line detail (`Invalid thread ID: must be a
  UUID`, as the reference says it), or 400 when the body is not JSON at all;
- text PostgreSQL cannot store (NUL characters, broken Unicode) -> 422;
- anything else -> 500, logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import psycopg
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from graphport.impl.contract import ApiError, error_response
from graphport.impl.routing import ResourceIndex

logger = logging.getLogger(__name__)

_UUID_ERRORS = frozenset({"uuid_parsing", "uuid_type", "uuid_version"})
_LOCATIONS = {"path": "path parameter", "query": "query parameter", "header": "header"}
_MAX_ERRORS = 5


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on `app` (before any request is served)."""
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_exception)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(psycopg.Error, _database_error)
    app.add_exception_handler(Exception, _unhandled)


async def _api_error(request: Request, exc: ApiError) -> Response:
    return error_response(exc.status_code, exc.detail, exc.headers)


async def _http_exception(request: Request, exc: HTTPException) -> Response:
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request.app.routes, request.url.path))
    return error_response(exc.status_code, str(exc.detail), headers or None)


def allowed_methods(routes: Sequence[BaseRoute], path: str) -> list[str]:
    """Every method the resource at `path` serves, sorted (HEAD only where a route lists it)."""
    return ResourceIndex(routes).allowed(path) or []


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    errors = list(exc.errors())
    for error in errors:
        if error.get("type") == "json_invalid":
            reason = (error.get("ctx") or {}).get("error", "not valid JSON")
            return error_response(400, f"Malformed JSON body: {reason}")
    return error_response(422, validation_detail(errors))


def validation_detail(errors: Sequence[dict[str, Any]]) -> str:
    """One line saying what is wrong, field by field."""
    messages = list(dict.fromkeys(_describe(error) for error in errors))
    if len(messages) > _MAX_ERRORS:
        extra = len(messages) - _MAX_ERRORS
        messages = [*messages[:_MAX_ERRORS], f"and {extra} more"]
    return "; ".join(messages) or "Invalid request"


def _describe(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ())]
    where, names = (loc[0], loc[1:]) if loc else ("body", [])
    message = str(error.get("msg", "invalid"))
    named = [name for name in names if not name.isdigit()]
    if error.get("type") in _UUID_ERRORS and named and named[-1].endswith("_id"):
        return f"Invalid {named[-1][:-3].replace('_', ' ')} ID: must be a UUID"
    if where == "body":
        if not names:
            return "Missing request body" if error.get("type") == "missing" else message
        return f"Invalid body field '{'.'.join(names)}': {message}"
    kind = _LOCATIONS.get(where, where)
    return f"Invalid {kind} '{'.'.join(names)}': {message}"


# PostgreSQL refuses some text that JSON and SQLite accept: the NUL character (in `text` and in
# `jsonb`) and, in `jsonb`, unpaired UTF-16 surrogates. Such a request is the client's to fix.
_UNSTORABLE_TEXT = frozenset({"22P05", "22021"})
UNSTORABLE_TEXT_DETAIL = (
    "A string in the request cannot be stored: it contains the NUL character (\\u0000) or an "
    "invalid Unicode sequence"
)


def _sqlstate(exc: BaseException) -> str | None:
    """The PostgreSQL SQLSTATE behind a driver error (asyncpg through SQLAlchemy, or psycopg)."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return None
        state = getattr(seen, "sqlstate", None)
        if isinstance(state, str):
            return state
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def _unstorable_text(exc: BaseException) -> bool:
    state = _sqlstate(exc)
    return state in _UNSTORABLE_TEXT or (state == "22P02" and "Unicode" in str(exc))


async def _database_error(request: Request, exc: Exception) -> Response:
    if _unstorable_text(exc):
        return error_response(422, UNSTORABLE_TEXT_DETAIL)
    logger.exception("%s %s failed: %s", request.method, request.url.path, type(exc).__name__)
    return error_response(500, "Internal server error")


async def _unhandled(request: Request, exc: Exception) -> Response:
    # Starlette re-raises after answering, so the server also logs the traceback.
    logger.error("%s %s failed: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
    return error_response(500, "Internal server error")
