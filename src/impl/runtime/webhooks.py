"""Webhooks: when a run with a `webhook` ends, POST the run and its outcome to that URL.

The call happens in a background task started from the executor's run-end hooks, after the
run's result is stored and its readers are woken: a slow, failing or unreachable receiver can
neither delay nor break the run. Failures (connection errors, timeouts, 429 and 5xx answers)
are retried with exponential backoff; other answers are final.

The payload is what the reference sends: the run's fields with its final `status`, then
`run_started_at`, `run_ended_at`, `webhook_sent_at`, the thread's `values` at the end, and
`error` when the run failed.

A webhook must not become a way to reach internal services (SSRF), so every URL passes an
outbound policy, read from `webhooks.url` of langgraph.json with the reference's names:

- `require_https` (default false): only `https://` URLs; `http` and `https` are the only schemes.
- `allowed_domains`: when set, the host must be one of them (`*.example.com` matches
  subdomains only). A host named there is the operator's explicit choice: the address checks
  below do not apply to it.
- `allowed_ports`: when set, the port (80/443 when implicit) must be one of them.
- `max_url_length` (default 4096).
- `disable_loopback` (default true): refuses relative paths (which call this server itself),
  `localhost` names and addresses that are, or resolve to, loopback.
- `disable_private_ips` (default **true** here, false on the reference): refuses private,
  shared (CGN) and unique-local addresses. Link-local (cloud metadata), unspecified, multicast
  and reserved addresses are always refused.

The URL is checked when the run (or cron) is created, which answers 422 when it is refused,
and again, with fresh DNS answers, just before each call. `webhooks.headers` are sent with every
call; their values may hold `${{ env.NAME }}` templates, resolved at start-up from variables
whose names start with `webhooks.env_prefix` (default `LG_WEBHOOK_`). `webhooks.allowed_fields`
limits the payload to the fields it names. `http.disable_webhooks` turns the calls off.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import re
import socket
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from graphport.impl.config import ConfigError
from graphport.impl.contract import ApiError
from graphport.impl.serde import dumps
from graphport.impl.storage.records import RunRecord
from graphport.impl.storage.runs import RunRepository
from graphport.impl.storage.threads import ThreadRepository
from graphport.impl.storage.types import isoformat, utcnow

logger = logging.getLogger(__name__)

DEFAULT_ENV_PREFIX = "LG_WEBHOOK_"
_TEMPLATE = re.compile(r"\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "host.docker.internal"})
# Where a relative webhook is sent: this very app, through an in-process transport.
_SELF_BASE_URL = "http://graphport.internal"


class WebhookRefused(Exception):
    """The outbound policy refuses a webhook URL; the message says why."""


class WebhookUnresolved(WebhookRefused):
    """The URL's host does not resolve (now): a call may be tried again later."""


class WebhookConfigError(ConfigError):
    """`webhooks` of langgraph.json cannot be used; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class WebhookPolicy:
    require_https: bool = False
    allowed_domains: tuple[str, ...] = ()
    allowed_ports: tuple[int, ...] = ()
    max_url_length: int = 4096
    disable_loopback: bool = True
    disable_private_ips: bool = True

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None) -> WebhookPolicy:
        url = dict((config or {}).get("url") or {})
        domains = url.get("allowed_domains") or []
        if not isinstance(domains, list) or not all(isinstance(d, str) and d for d in domains):
            raise WebhookConfigError("webhooks.url.allowed_domains must be a list of host names")
        for domain in domains:
            if "*" in domain and not domain.startswith("*."):
                raise WebhookConfigError(
                    f"webhooks.url.allowed_domains: {domain!r}: a wildcard may only be a "
                    "leading '*.' (as in '*.example.com')"
                )
        return cls(
            require_https=bool(url.get("require_https", False)),
            allowed_domains=tuple(d.lower() for d in domains),
            allowed_ports=tuple(int(p) for p in url.get("allowed_ports") or ()),
            max_url_length=int(url.get("max_url_length", 4096)),
            disable_loopback=bool(url.get("disable_loopback", True)),
            disable_private_ips=bool(url.get("disable_private_ips", True)),
        )

    def _explicitly_allowed(self, host: str) -> bool:
        for domain in self.allowed_domains:
            if domain.startswith("*."):
                if host.endswith(domain[1:]):
                    return True
            elif host == domain:
                return True
        return False

    def check_url(self, url: str) -> str | None:
        """Refuse what the URL itself shows; returns the host whose addresses need checking.

        None means nothing more to check (a relative path, or an explicitly allowed host).
        """
        if len(url) > self.max_url_length:
            raise WebhookRefused(f"the URL is longer than {self.max_url_length} characters")
        if url.startswith("/"):
            if url.startswith("//"):
                raise WebhookRefused("a relative webhook must be a path, not '//host'")
            if self.disable_loopback:
                raise WebhookRefused(
                    "relative webhooks call this server itself and are disabled; set "
                    "webhooks.url.disable_loopback to false in langgraph.json to allow them"
                )
            return None
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise WebhookRefused("the URL must be http(s) or a path starting with '/'")
        if self.require_https and scheme != "https":
            raise WebhookRefused("webhooks must use https")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            raise WebhookRefused("the URL has no host")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            raise WebhookRefused("the URL's port is not a number from 0 to 65535") from None
        if self.allowed_ports and port not in self.allowed_ports:
            raise WebhookRefused(f"port {port} is not allowed")
        if self.allowed_domains:
            if not self._explicitly_allowed(host):
                raise WebhookRefused(f"host {host!r} is not in webhooks.url.allowed_domains")
            return None
        if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
            if self.disable_loopback:
                raise WebhookRefused(f"host {host!r} is a loopback name")
            return None
        return host

    def check_address(self, host: str, address: str) -> None:
        """Refuse an address `host` is, or resolves to, that the policy blocks."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if ip.is_loopback:
            if self.disable_loopback:
                raise WebhookRefused(f"host {host!r} is a loopback address ({ip})")
            return
        if ip.is_link_local or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
            raise WebhookRefused(f"host {host!r} is a link-local or reserved address ({ip})")
        shared = isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED_ADDRESS_SPACE
        if (ip.is_private or shared) and self.disable_private_ips:
            raise WebhookRefused(f"host {host!r} is a private address ({ip})")

    async def check(self, url: str, *, resolve: bool, dns_timeout: float = 2.0) -> None:
        """The whole policy. With `resolve`, a name's DNS answers are checked too.

        A name that does not resolve passes when `resolve` is false at creation time (the
        receiver may not be reachable from here yet); the call itself checks again.
        """
        host = self.check_url(url)
        if host is None:
            return
        try:
            self.check_address(host, host)
            return  # an IP literal
        except ValueError:
            pass
        if not resolve:
            return
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(
                loop.getaddrinfo(host, None, type=socket.SOCK_STREAM), dns_timeout
            )
        except (OSError, TimeoutError) as exc:
            raise WebhookUnresolved(f"host {host!r} does not resolve ({exc})") from None
        for info in infos:
            self.check_address(host, str(info[4][0]))


_SHARED_ADDRESS_SPACE = ipaddress.IPv4Network("100.64.0.0/10")


def resolve_headers(config: Mapping[str, Any] | None, environ: Mapping[str, str]) -> dict[str, str]:
    """`webhooks.headers`, with `${{ env.NAME }}` replaced from the allowed variables."""
    config = config or {}
    prefix = str(config.get("env_prefix") or DEFAULT_ENV_PREFIX)
    headers: dict[str, str] = {}
    for name, template in dict(config.get("headers") or {}).items():

        def substitute(match: re.Match[str], name: str = name) -> str:
            variable = match.group(1)
            if not variable.startswith(prefix):
                raise WebhookConfigError(
                    f"webhooks.headers.{name}: ${{{{ env.{variable} }}}} is not allowed; "
                    f"only variables starting with {prefix!r} (webhooks.env_prefix) may be used"
                )
            if variable not in environ:
                raise WebhookConfigError(
                    f"webhooks.headers.{name}: the variable {variable} is not set"
                )
            return environ[variable]

        headers[str(name)] = _TEMPLATE.sub(substitute, str(template))
    return headers


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 4
    first_delay: float = 0.5
    max_delay: float = 8.0
    timeout: float = 10.0


class WebhookSender:
    """Calls the webhooks of ended runs, in background tasks (one per run)."""

    def __init__(
        self,
        *,
        runs: RunRepository,
        threads: ThreadRepository,
        policy: WebhookPolicy,
        headers: Mapping[str, str] | None = None,
        allowed_fields: Collection[str] | None = None,
        enabled: bool = True,
        retry: RetryPolicy | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.runs = runs
        self.threads = threads
        self.policy = policy
        self.headers = dict(headers or {})
        # `webhooks.allowed_fields`: when set, the payload carries only these fields.
        self.allowed_fields = frozenset(allowed_fields) if allowed_fields else None
        self.enabled = enabled
        self.retry = retry or RetryPolicy()
        self.clock = clock
        # The ASGI app relative webhooks call (set by create_app).
        self.app: Any = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def check(self, url: str | None) -> None:
        """A run or cron is being created with `url`: 422 when the policy refuses it."""
        if url is None:
            return
        try:
            await self.policy.check(url, resolve=False)
        except WebhookRefused as exc:
            raise ApiError(422, f"Invalid webhook: {exc}") from None

    async def on_run_end(self, run: RunRecord, _status: str) -> None:
        """A run-end hook: gather the payload now (the thread may go next), send it later.

        `run` is the record as the executor claimed it: its `updated_at` is when it started.
        """
        url = run.kwargs.get("webhook")
        if not url or not self.enabled:
            return
        ended = self.clock()
        stored = await self.runs.get(run.run_id)
        if stored is None:
            return  # rolled back: the run no longer exists
        thread = await self.threads.get(run.thread_id)
        payload = self._payload(
            stored, stored.status, run.updated_at, ended, thread.values if thread else None
        )
        task = asyncio.get_running_loop().create_task(
            self._deliver(str(url), payload), name=f"graphport-webhook-{run.run_id}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    def _payload(
        run: RunRecord, status: str, started: datetime, ended: datetime, values: Any
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "run_id": run.run_id,
            "thread_id": run.thread_id,
            "assistant_id": run.assistant_id,
            "created_at": isoformat(run.created_at),
            "updated_at": isoformat(run.updated_at),
            "metadata": run.metadata,
            "status": status,
            "kwargs": run.kwargs,
            "multitask_strategy": run.multitask_strategy,
            "run_started_at": isoformat(started),
            "run_ended_at": isoformat(ended),
            "values": values,
        }
        if run.error is not None:
            payload["error"] = run.error
        return payload

    def _body(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The payload as sent now: `webhook_sent_at` after the timings, as the reference has it."""
        body: dict[str, Any] = {}
        for key, value in payload.items():
            if key == "values":
                body["webhook_sent_at"] = isoformat(self.clock())
            body[key] = value
        if self.allowed_fields is not None:
            body = {k: v for k, v in body.items() if k in self.allowed_fields}
        return body

    async def _deliver(self, url: str, payload: dict[str, Any]) -> None:
        delay = self.retry.first_delay
        for attempt in range(1, self.retry.attempts + 1):
            try:
                await self.policy.check(url, resolve=True)
                answer = await self._post(url, self._body(payload))
            except WebhookUnresolved as exc:
                outcome = str(exc)  # DNS may answer later
            except WebhookRefused as exc:
                logger.warning("webhook %s refused: %s", url, exc)
                return
            except httpx.HTTPError as exc:
                outcome = f"{type(exc).__name__}: {exc}"
            else:
                if answer.status_code < 400:
                    return
                outcome = f"HTTP {answer.status_code}"
                if answer.status_code < 500 and answer.status_code != 429:
                    logger.warning("webhook %s answered %s; not retried", url, outcome)
                    return
            if attempt == self.retry.attempts:
                logger.warning("webhook %s failed %d times (%s); giving up", url, attempt, outcome)
                return
            logger.info("webhook %s failed (%s); retrying in %.1f s", url, outcome, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.retry.max_delay)

    async def _post(self, url: str, body: dict[str, Any]) -> httpx.Response:
        headers = {**self.headers, "content-type": "application/json"}
        content = dumps(body)
        if url.startswith("/"):
            if self.app is None:
                raise httpx.ConnectError("no app to call for a relative webhook")
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(
                transport=transport, base_url=_SELF_BASE_URL, timeout=self.retry.timeout
            ) as client:
                return await client.post(url, content=content, headers=headers)
        async with httpx.AsyncClient(timeout=self.retry.timeout, follow_redirects=False) as client:
            return await client.post(url, content=content, headers=headers)

    async def drain(self, grace: float = 5.0) -> None:
        """Give the calls under way `grace` seconds to finish, then cancel the rest."""
        tasks = set(self._tasks)
        if not tasks:
            return
        _done, pending = await asyncio.wait(tasks, timeout=grace)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError):
                await task
