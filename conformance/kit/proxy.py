"""A recording reverse proxy: every HTTP exchange a client makes through it, as raw as HTTP allows.

Clients of any language (the Python and Node SDKs alike) are pointed at the proxy's URL; it
forwards each request to the server under test and streams the response back chunk by chunk, so
server-sent events, disconnects and reconnects behave as they would without it. Each exchange is
kept in the order its request arrived: method, path, query, headers and body of the request;
status, headers and the exact body bytes of the response, and whether the client went away
before the response ended.

It sits at the HTTP level (not in an SDK's transport) so the same recording serves both clients
and any server: the scenarios only ever see a base URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

# Hop-by-hop headers (RFC 9110 §7.6.1) and those the proxy's own HTTP stack recomputes.
_REQUEST_DROP = {"host", "content-length", "connection", "keep-alive", "transfer-encoding"}
_RESPONSE_DROP = {
    "content-length",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "date",
    "server",
}


@dataclass
class Exchange:
    seq: int
    method: str
    path: str
    query: list[tuple[str, str]]
    request_headers: dict[str, str]
    request_body: bytes
    status: int = 0
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: bytearray = field(default_factory=bytearray)
    client_disconnected: bool = False
    complete: bool = False


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RecordingProxy:
    """Forward to `upstream` and record; `exchanges` holds what went through, request order."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self._seq = 0
        self._client: httpx.AsyncClient | None = None
        config = uvicorn.Config(
            self._app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            interface="asgi3",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the recording proxy did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def take(self, settle: float = 5.0) -> list[Exchange]:
        """The exchanges recorded so far, once every response has ended (up to `settle` s)."""
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            with self._lock:
                if all(exchange.complete for exchange in self.exchanges):
                    break
            time.sleep(0.02)
        with self._lock:
            taken, self.exchanges = self.exchanges, []
        return sorted(taken, key=lambda exchange: exchange.seq)

    # -- the ASGI app ------------------------------------------------------------------------
    async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        response = await self._forward(request)
        await response(scope, receive, send)

    async def _forward(self, request: Request) -> Response:
        if self._client is None:
            # No keep-alive upstream: each exchange gets its own connection, closed with it, so
            # nothing lingers on the server once the proxy stops.
            self._client = httpx.AsyncClient(
                timeout=None, limits=httpx.Limits(max_keepalive_connections=0)
            )
        body = await request.body()
        with self._lock:
            exchange = Exchange(
                seq=self._seq,
                method=request.method,
                path=request.url.path,
                query=list(request.query_params.multi_items()),
                request_headers={k.lower(): v for k, v in request.headers.items()},
                request_body=body,
            )
            self._seq += 1
            self.exchanges.append(exchange)
        headers = {
            k: v
            for k, v in request.headers.items()
            if k.lower() not in _REQUEST_DROP and k.lower() != "accept-encoding"
        }
        upstream_request = self._client.build_request(
            request.method,
            self.upstream + request.url.path,
            params=list(request.query_params.multi_items()),
            headers=headers,
            content=body,
        )
        try:
            upstream = await self._client.send(upstream_request, stream=True)
        except httpx.HTTPError as exc:
            exchange.status = 599
            exchange.response_body += repr(exc).encode()
            exchange.complete = True
            return Response(status_code=502, content=b"proxy: upstream unreachable")
        exchange.status = upstream.status_code
        exchange.response_headers = {k.lower(): v for k, v in upstream.headers.items()}

        async def relay() -> AsyncIterator[bytes]:
            try:
                async for chunk in upstream.aiter_raw():
                    exchange.response_body += chunk
                    yield chunk
            except (asyncio.CancelledError, GeneratorExit):
                exchange.client_disconnected = True
                raise
            finally:
                with contextlib.suppress(Exception):
                    await upstream.aclose()
                exchange.complete = True

        return StreamingResponse(
            relay(),
            status_code=upstream.status_code,
            headers={k: v for k, v in upstream.headers.items() if k.lower() not in _RESPONSE_DROP},
        )
