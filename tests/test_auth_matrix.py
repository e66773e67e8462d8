"""The isolation matrix, generated from the spec: every operation, three callers, two auth modes.

For each operation of spec/openapi.yaml the request is built from the spec itself: its method
and path, its path and required query parameters, and a body holding its schema's required
fields (named values for the ids of Alice's resources, type defaults for the rest; `oneOf`
bodies take the first shape whose fields can all be named). Alice owns a fresh assistant,
thread, finished run (with feedback) and a run waiting to start; then, per operation:

- an anonymous caller gets 401 (public operations -- `system` -- are the only exception);
- Bob gets 404 (or 403) on Alice's resource, or, for operations on collections, a success that
  neither shows nor changes any of Alice's resources;
- Alice, asking the same afterwards, is not refused (so Bob's 404 is isolation, not a bad
  request) and still finds what Bob was refused.

Every operation must fall in one of the classes below; an operation added to the spec without
one fails `test_every_operation_is_classified`. The matrix runs with static API keys (built-in
ownership) and with the custom `langgraph_sdk.Auth` of examples/custom_auth.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import yaml

from graphport.generated.api import OPERATIONS, PERMISSIONS
from graphport.impl.not_implemented import NOT_IMPLEMENTED
from helpers import ROOT
from live_server import LiveServer, example_settings, live_server

SPEC = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
PUBLIC = {op for op, (resource, _) in PERMISSIONS.items() if resource == "system"}

# Operations addressing one of Alice's resources by path: Bob must get 404 (or 403).
# The reference's quirks for a resource that does not exist apply to Bob unchanged:
REFUSED_AS_MISSING = {
    "copy_thread": 409,  # copying a thread that does not exist is a 409
    "join_run": 200,  # joining an unknown run answers 200 {"__error__": ...}
    "join_run_stream": 200,  # ... and its stream is one `error` event
}
# Operations on collections: Bob succeeds, sees none of Alice's resources and changes none.
COLLECTIONS = {
    "search_assistants",
    "count_assistants",
    "search_threads",
    "count_threads",
    "prune_threads",
    "cancel_runs",
    "search_crons",
    "count_crons",
    "list_store_namespaces",
}
# Store operations naming Alice's namespace: refused (403) to Bob, whose namespaces start with
# his own identity.
STORE = {"put_store_item", "get_store_item", "delete_store_item", "search_store_items"}
# Operations creating the caller's own resource (nothing of Alice's is named).
CREATES = {
    "create_assistant",
    "create_thread",
    "create_stateless_run",
    "stream_stateless_run",
    "wait_stateless_run",
    "create_run_batch",
    "create_cron",
}
# Operations that target a run waiting to start (a finished run cannot be cancelled).
NEEDS_PENDING_RUN = {"cancel_run", "cancel_and_stream_run", "cancel_runs"}
SSE = re.compile(r"stream")

MODES = {
    "api_key": (
        {"mode": "api_key", "api_keys": {"alice-key": "alice", "bob-key": "bob"}},
        {"x-api-key": "alice-key"},
        {"x-api-key": "bob-key"},
    ),
    "custom": (
        {"path": "./custom_auth/auth.py:auth"},
        {"authorization": "Bearer alice-token"},
        {"authorization": "Bearer bob-token"},
    ),
}


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][kind][name]
    return node


def _operation(op_id: str) -> dict[str, Any]:
    method, path = OPERATIONS[op_id]
    return {**SPEC["paths"][path][method.lower()], "_path_item": SPEC["paths"][path]}


@dataclass
class Alice:
    """Alice's resources, fresh for each operation."""

    marker: str
    assistant_id: str
    thread_id: str
    run_id: str
    checkpoint_id: str
    cron_id: str

    def named(self, *, body: bool = False) -> dict[str, Any]:
        """Values for path parameters, query parameters and body fields, by name.

        In bodies, runs name the graph's system assistant (Alice's own assistant is reached
        by path) and store namespaces are label lists.
        """
        if body:
            return {**self.named(), "assistant_id": "echo", "namespace": ["alice", "notes"]}
        return {
            "assistant_id": self.assistant_id,
            "graph_id": "echo",
            "thread_id": self.thread_id,
            "thread_ids": [self.thread_id],
            "run_id": self.run_id,
            "run_ids": [self.run_id],
            "checkpoint_id": self.checkpoint_id,
            "checkpoint": {"checkpoint_id": self.checkpoint_id},
            "cron_id": self.cron_id,
            "namespace": "alice.notes",
            "key": "k",
            "version": 1,
            "rating": 1,
            "metadata": {"marker": self.marker},
            "schedule": "0 0 * * *",
            "value": {"v": 1},
            "namespace_prefix": ["alice"],
        }


_DEFAULTS = {"string": "x", "integer": 1, "number": 1, "boolean": False, "object": {}, "array": []}


def _body(schema: dict[str, Any], named: dict[str, Any]) -> Any:
    schema = _resolve(schema)
    if schema.get("type") == "array":
        return [_body(schema["items"], named)]
    for shape in schema.get("oneOf") or schema.get("anyOf") or ():
        shape = _resolve(shape)
        if all(field in named for field in shape.get("required", [])):
            return _body(shape, named)
    body = {}
    for field in schema.get("required", []):
        if field in named:
            body[field] = named[field]
        else:
            kind = _resolve(schema["properties"][field]).get("type", "object")
            body[field] = _DEFAULTS[kind if isinstance(kind, str) else kind[0]]
    if "metadata" in schema.get("properties", {}):
        body.setdefault("metadata", named["metadata"])
    return body


def build_request(op_id: str, alice: Alice) -> tuple[str, str, dict[str, Any], Any]:
    """Method, URL path, query and JSON body of `op_id` on Alice's resources, from the spec."""
    method, template = OPERATIONS[op_id]
    operation = _operation(op_id)
    named = alice.named()
    params = [
        _resolve(p)
        for p in operation.get("parameters", []) + operation["_path_item"].get("parameters", [])
    ]
    path = template
    query: dict[str, Any] = {}
    for param in params:
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(named[param["name"]]))
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = named.get(param["name"], "x")
    body = None
    if "requestBody" in operation:
        content = operation["requestBody"]["content"]
        if "application/json" in content:
            body = _body(content["application/json"]["schema"], alice.named(body=True))
    return method, path, query, body


def call(client: httpx.Client, op_id: str, alice: Alice) -> tuple[int, str]:
    """The status and (for finite answers) the body; a live stream is not read to its end."""
    method, path, query, body = build_request(op_id, alice)
    with client.stream(method, path, params=query, json=body) as response:
        if not response.headers.get("content-type", "").startswith("text/event-stream"):
            return response.status_code, response.read().decode()
        # A stream may stay open (a thread's, a run's not started yet): read its first event.
        text = ""
        for chunk in response.iter_text():
            text += chunk
            if "\r\n\r\n" in text or "\n\n" in text or len(text) > 65536:
                break
        return response.status_code, text


@pytest.fixture(scope="module", params=sorted(MODES))
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, dict[str, str], dict[str, str]]]:
    auth, alice_headers, bob_headers = MODES[request.param]
    data = tmp_path_factory.mktemp(f"matrix-{request.param}")
    with live_server(example_settings(data, auth=auth, heartbeat_interval=0.2)) as live:
        yield live, alice_headers, bob_headers


def _alice_resources(client: httpx.Client, pending: bool) -> Alice:
    marker = str(uuid.uuid4())
    assistant = client.post(
        "/assistants", json={"graph_id": "echo", "metadata": {"marker": marker}}
    )
    assert assistant.status_code == 200, assistant.text
    thread = client.post("/threads", json={"metadata": {"marker": marker}}).json()
    thread_id = thread["thread_id"]
    hi = {"messages": [{"role": "user", "content": "hi"}]}
    done = client.post(
        f"/threads/{thread_id}/runs/wait", json={"assistant_id": "echo", "input": hi}
    )
    assert done.status_code == 200, done.text
    [finished] = client.get(f"/threads/{thread_id}/runs").json()
    state = client.get(f"/threads/{thread_id}/state").json()
    feedback = client.put(
        f"/threads/{thread_id}/runs/{finished['run_id']}/feedback", json={"rating": 1}
    )
    assert feedback.status_code < 300, feedback.text
    run_id = finished["run_id"]
    cron = client.post(
        f"/threads/{thread_id}/runs/crons",
        json={"assistant_id": "echo", "schedule": "0 0 1 1 *", "metadata": {"marker": marker}},
    )
    assert cron.status_code == 200, cron.text
    item = client.put(
        "/store/items", json={"namespace": ["alice", "notes"], "key": "k", "value": {"v": 1}}
    )
    assert item.status_code == 204, item.text
    if pending:
        waiting = client.post(
            f"/threads/{thread_id}/runs",
            json={"assistant_id": "echo", "input": hi, "after_seconds": 600},
        )
        assert waiting.status_code == 200, waiting.text
        run_id = waiting.json()["run_id"]
    return Alice(
        marker=marker,
        assistant_id=assistant.json()["assistant_id"],
        thread_id=thread_id,
        run_id=run_id,
        checkpoint_id=state["checkpoint"]["checkpoint_id"],
        cron_id=cron.json()["cron_id"],
    )


def _alice_ids(alice: Alice) -> list[str]:
    return [alice.assistant_id, alice.thread_id, alice.run_id, alice.cron_id, '"alice"']


def _path_params(op_id: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", OPERATIONS[op_id][1]))


def test_every_operation_is_classified() -> None:
    """Each operation of the spec is public, addressed by path, a collection, or a create."""
    addressed = {op for op in OPERATIONS if _path_params(op)}
    classified = PUBLIC | addressed | COLLECTIONS | CREATES | STORE | NOT_IMPLEMENTED
    assert set(OPERATIONS) == classified, sorted(set(OPERATIONS) - classified)
    assert not (COLLECTIONS | CREATES) & addressed


@pytest.mark.timeout(60)
@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_isolation(server: tuple[LiveServer, dict[str, str], dict[str, str]], op_id: str) -> None:
    live, alice_headers, bob_headers = server
    with (
        httpx.Client(base_url=live.url, headers=alice_headers, timeout=30) as alice_client,
        httpx.Client(base_url=live.url, headers=bob_headers, timeout=30) as bob_client,
        httpx.Client(base_url=live.url, timeout=30) as anonymous,
    ):
        if op_id in PUBLIC:
            assert call(anonymous, op_id, _placeholder())[0] == 200
            return
        alice = _alice_resources(alice_client, pending=op_id in NEEDS_PENDING_RUN)

        status, _ = call(anonymous, op_id, alice)
        assert status == 401, f"anonymous {op_id}: {status}"

        status, text = call(bob_client, op_id, alice)
        if op_id in NOT_IMPLEMENTED:
            assert status in (422, 501), f"bob {op_id}: {status} {text}"
            return
        if op_id in CREATES:
            # A create is Bob's own; the custom Auth may refuse it (Bob lacks a permission).
            assert status < 300 or status == 403, f"bob {op_id}: {status} {text}"
            assert not any(i in text for i in _alice_ids(alice)), f"bob {op_id} saw: {text}"
            return
        if op_id in STORE:
            assert status == 403, f"bob {op_id}: {status} {text}"
        elif op_id in COLLECTIONS:
            # Cancelling runs one cannot see is cancelling runs that do not exist: 404.
            assert status < 300 or (op_id == "cancel_runs" and status == 404), (
                f"bob {op_id}: {status} {text}"
            )
            assert not any(i in text for i in _alice_ids(alice)), f"bob {op_id} saw: {text}"
            if op_id.startswith("count_"):
                assert text.strip() == "0", f"bob {op_id}: {text}"
            if op_id == "prune_threads":
                assert '"pruned_count":0' in text
        else:
            expected = REFUSED_AS_MISSING.get(op_id)
            if expected is None:
                assert status in (403, 404), f"bob {op_id}: {status} {text}"
            else:
                assert status == expected, f"bob {op_id}: {status} {text}"
                assert "not exist" in text or "not found" in text, f"bob {op_id}: {text}"

        # Bob changed nothing: Alice still finds her resources as they were.
        thread = alice_client.get(f"/threads/{alice.thread_id}")
        assert thread.status_code == 200, f"{op_id}: Bob's call removed Alice's thread"
        assert alice_client.get(f"/assistants/{alice.assistant_id}").status_code == 200
        assert alice_client.get(f"/runs/crons/{alice.cron_id}").status_code == 200
        item = alice_client.get("/store/items", params={"namespace": "alice.notes", "key": "k"})
        assert item.json()["value"] == {"v": 1}, f"{op_id}: Bob's call changed Alice's item"
        run = alice_client.get(f"/threads/{alice.thread_id}/runs/{alice.run_id}")
        assert run.status_code == 200, f"{op_id}: Bob's call removed Alice's run"
        if op_id in NEEDS_PENDING_RUN:
            assert run.json()["status"] == "pending", f"{op_id}: Bob cancelled Alice's run"

        # And the same request is not refused to Alice.
        status, text = call(alice_client, op_id, alice)
        assert status not in (401, 403, 404), f"alice {op_id}: {status} {text}"
        if op_id.startswith("count_"):
            assert text.strip() == "1", f"alice {op_id}: {text}"
        if op_id.startswith("search_") and op_id in COLLECTIONS:
            assert any(i in text for i in _alice_ids(alice)), f"alice {op_id}: {text}"


def _placeholder() -> Alice:
    missing = str(uuid.uuid4())
    return Alice(missing, missing, missing, missing, missing, missing)
