"""No silent drops: the run-create bodies both official SDKs really send are accepted.

The JS SDK's bodies were recorded from @langchain/langgraph-sdk 1.15.0 with
`tests/fixtures/sdk_bodies/record_js.mjs` (its default calls and a call with every option);
the Python SDK's are produced live by `langgraph_sdk` in this test. Every field is declared in
the spec (request bodies are closed), so an unknown field would be a precise 422 here.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_client

from helpers import FIXTURES
from live_server import LiveServer

JS_BODIES = json.loads((FIXTURES / "sdk_bodies" / "js_run_bodies.json").read_text())
RECORDED_THREAD = "00000000-0000-4000-8000-000000000001"
HI = {"messages": [{"role": "user", "content": "hi"}]}


# A host that never resolves (RFC 2606): the default webhook policy accepts the URL at creation
# and refuses the call at the run's end, so nothing goes out to the internet.
WEBHOOK = "https://hooks.invalid/run-ended"


def _local_webhook(body: dict[str, Any]) -> dict[str, Any]:
    """Webhooks never go out to the internet (relative paths are refused by default)."""
    return {**body, "webhook": WEBHOOK} if body.get("webhook") else body


@pytest.mark.parametrize(
    "recorded", JS_BODIES, ids=[f"{r['path'].split('/')[-1]}-{i}" for i, r in enumerate(JS_BODIES)]
)
def test_js_sdk_bodies_are_accepted(live: LiveServer, recorded: dict[str, Any]) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        thread_id = http.post("/threads", json={}).json()["thread_id"]
        path = recorded["path"].replace(RECORDED_THREAD, thread_id)
        body = _local_webhook(recorded["body"])
        if path.endswith("/stream"):
            with http.stream("POST", path, json=body) as response:
                assert response.status_code == 200, response.read()
                text = b"".join(response.iter_bytes()).decode()
            assert text.startswith("event: metadata")
            assert "event: error" not in text
        else:
            response = http.post(path, json=body)
            assert response.status_code == 200, response.text
            assert "__error__" not in response.text


async def test_python_sdk_bodies_with_every_option_are_accepted(live: LiveServer) -> None:
    sent: list[dict[str, Any]] = []

    async def record(request: httpx.Request) -> None:
        if request.method == "POST" and "/runs" in request.url.path:
            sent.append(json.loads(request.content))

    client = get_client(url=live.url, api_key=None)
    client.http.client.event_hooks["request"].append(record)
    options: dict[str, Any] = {
        "input": HI,
        "metadata": {"a": 1},
        "config": {"tags": ["t"], "recursion_limit": 10},
        "interrupt_before": ["counter"],
        "interrupt_after": "*",
        "webhook": WEBHOOK,
        "multitask_strategy": "enqueue",
        "if_not_exists": "create",
        "after_seconds": 0,
        "durability": "async",
        "on_completion": "keep",
        "langsmith_tracing": {"project_name": "p"},
    }
    try:
        thread_id = str(uuid.uuid4())
        parts = [
            p
            async for p in client.runs.stream(
                thread_id,
                "echo",
                stream_mode=["values", "messages-tuple", "tools"],
                stream_subgraphs=True,
                stream_resumable=True,
                feedback_keys=["score"],
                on_disconnect="continue",
                **options,
            )
        ]
        assert parts[0].event == "metadata"
        assert all(p.event != "error" for p in parts)
        run = await client.runs.create(thread_id, "echo", checkpoint_during=True, **options)
        assert run["status"] == "pending"
        await client.runs.join(thread_id, run["run_id"])
        result = await client.runs.wait(None, "echo", input=HI, on_completion="delete")
        assert isinstance(result, dict)
        assert result["count"] == 2
    finally:
        await client.http.client.aclose()
    stream_body = sent[0]
    for field in ("stream_resumable", "feedback_keys", "on_disconnect", "langsmith_tracer"):
        assert field in stream_body, f"the SDK no longer sends {field}"
