"""Webhooks, end to end: a live graphport calls a local HTTP receiver when runs end.

The receiver is a real HTTP server on 127.0.0.1 (a free port), so the server under test allows
loopback targets in its `webhooks` config; the shared `live` server keeps the default policy
and shows what it refuses. Covered: the payload's shape (the reference's fields and order),
an errored run's `error`, a retry after a 500, headers from config (with an `env` template),
a relative path that calls back into the app, a slow receiver that does not delay the run,
`http.disable_webhooks`, and the outbound policy (private, loopback, link-local, schemes,
domains, ports, https, length).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi import Request
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import UnprocessableEntityError

from graphport.impl.runtime.webhooks import (
    WebhookConfigError,
    WebhookPolicy,
    WebhookRefused,
    resolve_headers,
)
from live_server import LiveServer, example_settings, live_server

HI = {"messages": [{"role": "user", "content": "hi"}]}
RUN_KEYS = [
    "run_id",
    "thread_id",
    "assistant_id",
    "created_at",
    "updated_at",
    "metadata",
    "status",
    "kwargs",
    "multitask_strategy",
    "run_started_at",
    "run_ended_at",
    "webhook_sent_at",
    "values",
]


class Receiver:
    """An HTTP server that records every POST and answers with scripted status codes."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.statuses: list[int] = []  # answered in order, then 200
        self.delay = 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length))
                time.sleep(receiver.delay)
                receiver.calls.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    async def wait_calls(self, count: int, within: float = 15.0) -> list[dict[str, Any]]:
        await _eventually(lambda: len(self.calls) >= count, within)
        return self.calls


async def _eventually(condition: Callable[[], bool], within: float = 10.0) -> None:
    for _ in range(int(within / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition did not hold in time")


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    try:
        yield server
    finally:
        server.close()


HOOKED: list[dict[str, Any]] = []


@pytest.fixture(scope="module")
def hooked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server whose webhooks may reach loopback (the receiver), with headers from config."""
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("LG_WEBHOOK_SECRET", "s3cret")
    settings = example_settings(
        tmp_path_factory.mktemp("hooked"),
        webhooks={
            "url": {"disable_loopback": False},
            "headers": {"x-signature": "sha=${{ env.LG_WEBHOOK_SECRET }}", "x-static": "yes"},
        },
    )
    try:
        with live_server(settings) as server:
            # A route of the app itself, for relative webhooks to call back into.
            async def record(request: Request) -> dict[str, bool]:
                HOOKED.append({"body": await request.json(), "headers": dict(request.headers)})
                return {"ok": True}

            server.app.add_api_route("/test-hooks/runs", record, methods=["POST"])
            yield server
    finally:
        monkeypatch.undo()


@pytest.fixture
async def hooked_sdk(hooked: LiveServer) -> AsyncIterator[LangGraphClient]:
    async with get_client(url=hooked.url) as client:
        yield client


async def test_payload_is_the_references(hooked_sdk: LangGraphClient, receiver: Receiver) -> None:
    thread = await hooked_sdk.threads.create()
    result = await hooked_sdk.runs.wait(
        thread["thread_id"],
        "echo",
        input=HI,
        metadata={"k": "v"},
        webhook=f"{receiver.url}/hook?x=1",
    )
    [call] = await receiver.wait_calls(1)
    assert call["path"] == "/hook?x=1"
    assert call["headers"]["content-type"] == "application/json"
    payload = call["body"]
    assert list(payload) == RUN_KEYS
    run = await hooked_sdk.runs.get(thread["thread_id"], payload["run_id"])
    for key in ("run_id", "thread_id", "assistant_id", "created_at", "kwargs", "metadata"):
        assert payload[key] == run[key]
    assert payload["status"] == "success"
    assert payload["metadata"]["k"] == "v"
    assert payload["kwargs"]["webhook"] == f"{receiver.url}/hook?x=1"
    assert payload["values"] == result
    assert payload["run_started_at"] <= payload["run_ended_at"] <= payload["webhook_sent_at"]
    assert payload["created_at"] <= payload["run_started_at"]


async def test_errored_run_carries_the_error(
    hooked_sdk: LangGraphClient, receiver: Receiver
) -> None:
    await hooked_sdk.runs.wait(None, "boom", input=HI, webhook=receiver.url, raise_error=False)
    [call] = await receiver.wait_calls(1)
    payload = call["body"]
    assert payload["status"] == "error"
    assert list(payload) == [*RUN_KEYS, "error"]
    assert payload["error"] == {"error": "ValueError", "message": "boom: deliberate failure"}


async def test_a_500_is_retried(hooked_sdk: LangGraphClient, receiver: Receiver) -> None:
    receiver.statuses = [500, 503]
    await hooked_sdk.runs.wait(None, "echo", input=HI, webhook=receiver.url)
    calls = await receiver.wait_calls(3)
    assert len({c["body"]["run_id"] for c in calls}) == 1
    sent = [c["body"]["webhook_sent_at"] for c in calls]
    assert sent == sorted(sent)
    assert len(set(sent)) == 3
    await asyncio.sleep(1.5)
    assert len(receiver.calls) == 3  # the 200 ended it


async def test_a_4xx_is_not_retried(hooked_sdk: LangGraphClient, receiver: Receiver) -> None:
    receiver.statuses = [404]
    await hooked_sdk.runs.wait(None, "echo", input=HI, webhook=receiver.url)
    await receiver.wait_calls(1)
    await asyncio.sleep(1.0)
    assert len(receiver.calls) == 1


async def test_headers_from_config(hooked_sdk: LangGraphClient, receiver: Receiver) -> None:
    await hooked_sdk.runs.wait(None, "echo", input=HI, webhook=receiver.url)
    [call] = await receiver.wait_calls(1)
    assert call["headers"]["x-signature"] == "sha=s3cret"
    assert call["headers"]["x-static"] == "yes"


async def test_relative_path_calls_the_app(hooked_sdk: LangGraphClient) -> None:
    HOOKED.clear()
    thread = await hooked_sdk.threads.create()
    await hooked_sdk.runs.wait(thread["thread_id"], "echo", input=HI, webhook="/test-hooks/runs")
    await _eventually(lambda: bool(HOOKED))
    [hooked] = HOOKED
    assert hooked["body"]["thread_id"] == thread["thread_id"]
    assert hooked["body"]["status"] == "success"
    assert hooked["headers"]["x-static"] == "yes"


async def test_a_slow_receiver_does_not_delay_the_run(
    hooked_sdk: LangGraphClient, receiver: Receiver
) -> None:
    receiver.delay = 3.0
    thread = await hooked_sdk.threads.create()
    started = time.monotonic()
    await hooked_sdk.runs.wait(thread["thread_id"], "echo", input=HI, webhook=receiver.url)
    second = await hooked_sdk.runs.wait(thread["thread_id"], "echo", input=HI)
    assert time.monotonic() - started < 2.5
    assert second is not None
    await receiver.wait_calls(1)


async def test_cron_runs_call_their_webhook(
    hooked: LiveServer, hooked_sdk: LangGraphClient, receiver: Receiver
) -> None:
    cron = await hooked_sdk.crons.create(
        "echo", schedule="0 0 1 1 *", input=HI, webhook=receiver.url, on_run_completed="keep"
    )
    record = await hooked.app.state.services.crons.get(cron["cron_id"])
    run = await _in_server_loop(hooked, hooked.app.state.services.cron_service.fire(record))
    [call] = await receiver.wait_calls(1)
    assert call["body"]["run_id"] == run.run_id
    assert call["body"]["kwargs"]["config"]["configurable"]["cron_id"] == cron["cron_id"]


async def _in_server_loop(server: LiveServer, coroutine: Any) -> Any:
    """Run a coroutine on the live server's event loop (where its services live)."""
    loop = server.app.state.services.executor._loop_task.get_loop()
    return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, loop))


async def test_disabled_webhooks_are_not_called(tmp_path: Path, receiver: Receiver) -> None:
    settings = example_settings(
        tmp_path,
        webhooks={"url": {"disable_loopback": False}},
        http={"disable_webhooks": True},
    )
    with live_server(settings) as server:
        async with get_client(url=server.url) as client:
            await client.runs.wait(None, "echo", input=HI, webhook=receiver.url)
            await asyncio.sleep(1.0)
    assert receiver.calls == []


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/hook",
        "http://192.168.0.10:8080/hook",
        "http://172.16.5.5/hook",
        "http://100.64.0.1/hook",
        "http://[fd00::1]/hook",
        "http://127.0.0.1:9/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://localhost:8000/hook",
        "http://api.localhost/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0/hook",
        "/ok",
        "ftp://example.com/hook",
        "file:///etc/passwd",
        "//example.com/hook",
    ],
)
async def test_default_policy_refuses_internal_targets(sdk: LangGraphClient, url: str) -> None:
    thread = await sdk.threads.create()
    with pytest.raises(UnprocessableEntityError) as refused:
        await sdk.runs.create(thread["thread_id"], "echo", input=HI, webhook=url)
    assert "webhook" in refused.value.response.json()["detail"].lower()
    with pytest.raises(UnprocessableEntityError):
        await sdk.crons.create("echo", schedule="0 0 1 1 *", webhook=url)


async def test_link_local_and_private_stay_refused_when_loopback_is_allowed(
    hooked_sdk: LangGraphClient,
) -> None:
    for url in ("http://169.254.169.254/latest", "http://10.0.0.8/hook"):
        with pytest.raises(UnprocessableEntityError):
            await hooked_sdk.runs.create(None, "echo", input=HI, webhook=url)


async def test_policy_rules() -> None:
    strict = WebhookPolicy.from_config(
        {
            "url": {
                "require_https": True,
                "allowed_domains": ["hooks.example.com", "*.corp.example"],
                "allowed_ports": [443, 8443],
                "max_url_length": 60,
            }
        }
    )
    await strict.check("https://hooks.example.com/a", resolve=False)
    await strict.check("https://a.corp.example:8443/a", resolve=False)
    for url, reason in [
        ("http://hooks.example.com/a", "https"),
        ("https://corp.example/a", "allowed_domains"),
        ("https://evil.com/a", "allowed_domains"),
        ("https://hooks.example.com:444/a", "port 444"),
        ("https://hooks.example.com/" + "a" * 60, "longer"),
    ]:
        with pytest.raises(WebhookRefused, match=reason):
            await strict.check(url, resolve=False)
    # Names are resolved when the call is made: a name for a loopback address is refused.
    with pytest.raises(WebhookRefused, match="loopback"):
        await WebhookPolicy().check("http://localhost.:80/x", resolve=True)
    with pytest.raises(WebhookRefused, match="does not resolve"):
        await WebhookPolicy().check("https://hooks.invalid/x", resolve=True)
    # Private addresses may be allowed explicitly.
    await WebhookPolicy.from_config({"url": {"disable_private_ips": False}}).check(
        "http://10.0.0.8/hook", resolve=True
    )
    with pytest.raises(WebhookConfigError):
        WebhookPolicy.from_config({"url": {"allowed_domains": ["a.*.com"]}})


def test_header_templates_only_read_allowed_variables() -> None:
    config = {"headers": {"authorization": "Bearer ${{ env.LG_WEBHOOK_TOKEN }}"}}
    assert resolve_headers(config, {"LG_WEBHOOK_TOKEN": "t"}) == {"authorization": "Bearer t"}
    with pytest.raises(WebhookConfigError, match="not set"):
        resolve_headers(config, {})
    leaky = {"headers": {"x": "${{ env.DATABASE_PASSWORD }}"}}
    with pytest.raises(WebhookConfigError, match="LG_WEBHOOK_"):
        resolve_headers(leaky, {"DATABASE_PASSWORD": "p"})
    custom = {"env_prefix": "HOOK_", "headers": {"x": "${{env.HOOK_A}}-${{ env.HOOK_B }}"}}
    assert resolve_headers(custom, {"HOOK_A": "1", "HOOK_B": "2"}) == {"x": "1-2"}


async def test_interrupted_runs_report_it_and_rolled_back_runs_send_nothing(
    hooked_sdk: LangGraphClient, receiver: Receiver
) -> None:
    slow = {"configurable": {"steps": 50, "pause": 0.1}}
    thread = await hooked_sdk.threads.create()
    run = await hooked_sdk.runs.create(
        thread["thread_id"], "steps", input={}, config=slow, webhook=f"{receiver.url}/interrupted"
    )
    await asyncio.sleep(0.5)
    await hooked_sdk.runs.cancel(thread["thread_id"], run["run_id"], wait=True)
    [call] = await receiver.wait_calls(1)
    assert call["body"]["run_id"] == run["run_id"]
    assert call["body"]["status"] == "interrupted"

    doomed = await hooked_sdk.runs.create(
        thread["thread_id"], "steps", input={}, config=slow, webhook=f"{receiver.url}/rollback"
    )
    await asyncio.sleep(0.5)
    await hooked_sdk.runs.cancel(
        thread["thread_id"], doomed["run_id"], wait=True, action="rollback"
    )
    await asyncio.sleep(1.0)
    assert [c["path"] for c in receiver.calls] == ["/interrupted"]


async def test_allowed_fields_limit_the_payload(tmp_path: Path, receiver: Receiver) -> None:
    settings = example_settings(
        tmp_path,
        webhooks={
            "url": {"disable_loopback": False},
            "allowed_fields": ["run_id", "status", "values", "webhook_sent_at"],
        },
    )
    with live_server(settings) as server:
        async with get_client(url=server.url) as client:
            await client.runs.wait(None, "echo", input=HI, webhook=receiver.url)
            [call] = await receiver.wait_calls(1)
    assert list(call["body"]) == ["run_id", "status", "webhook_sent_at", "values"]
    assert call["body"]["status"] == "success"
