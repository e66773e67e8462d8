"""The suites' own machinery: normalisation, comparison, the allow-list (no server needed)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conformance.differential.allowed import ALLOWED, explain
from conformance.kit.diff import MISSING, Difference, compare
from conformance.kit.normalise import event_id_shape, normalise
from conformance.kit.proxy import Exchange

THREAD = "01a215e3-8529-7445-a52f-9d980e81875a"
RUN = "01a215e3-c08e-778d-b31e-e6fe30016199"


def exchange(
    method: str,
    path: str,
    body: Any = None,
    *,
    status: int = 200,
    response: bytes = b"",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Exchange:
    return Exchange(
        seq=0,
        method=method,
        path=path,
        query=[],
        request_headers={"accept": "application/json", "user-agent": "langgraph-sdk-py/0.4.14"},
        request_body=json.dumps(body).encode() if body is not None else b"",
        status=status,
        response_headers={"content-type": content_type, "date": "x", **(headers or {})},
        response_body=bytearray(response),
        complete=True,
    )


def test_identifiers_become_labels_per_kind_and_keep_their_identity() -> None:
    created = exchange(
        "POST",
        "/threads",
        {"metadata": {}},
        response=json.dumps(
            {"thread_id": THREAD, "created_at": "2026-11-26T03:26:17.123+00:00"}
        ).encode(),
    )
    read = exchange(
        "GET",
        f"/threads/{THREAD}/runs/{RUN}",
        response=json.dumps({"run_id": RUN, "thread_id": THREAD}).encode(),
    )
    first, second = normalise([created, read])
    assert first["response"]["body"]["json"] == {
        "created_at": "<timestamp>",
        "thread_id": "<thread:1>",
    }
    assert second["request"]["path"] == "/threads/<thread:1>/runs/<run:1>"
    assert second["response"]["body"]["json"] == {"run_id": "<run:1>", "thread_id": "<thread:1>"}
    # The user agent names an SDK version: not protocol. Dates: dropped.
    assert "user-agent" not in first["request"]["headers"]
    assert "date" not in first["response"]["headers"]


def test_sse_frames_parse_like_the_sdks_and_drop_heartbeats() -> None:
    body = (
        b'event: metadata\r\ndata: {"run_id":"' + RUN.encode() + b'","attempt":1}\r\n'
        b"id: 1795663578206-0\r\n\r\n"
        b": heartbeat\r\n\r\n"
        b'event: values\r\ndata: {"count":1}\r\n\r\n'
    )
    (normalised,) = normalise(
        [
            exchange(
                "POST",
                f"/threads/{THREAD}/runs/stream",
                {"assistant_id": "echo"},
                response=body,
                content_type="text/event-stream; charset=utf-8",
            )
        ]
    )
    assert normalised["response"]["events"] == [
        {"event": "metadata", "data": {"attempt": 1, "run_id": "<run:1>"}, "id": "<n>-0"},
        {"event": "values", "data": {"count": 1}},
    ]


@pytest.mark.parametrize(
    ("raw", "shape"),
    [("1795663578206-0", "<n>-0"), ("17", "<n>"), ("-1", "-1"), ("1795663578206-3", "<n>-<n>")],
)
def test_event_ids_keep_their_shape(raw: str, shape: str) -> None:
    assert event_id_shape(raw) == shape


def cassette(*exchanges: dict[str, Any]) -> dict[str, Any]:
    return {"scenario": "s", "exchanges": list(exchanges)}


def normalised_exchange(method: str, path: str, body: Any) -> dict[str, Any]:
    return {
        "request": {"method": method, "path": path, "query": [], "headers": {}, "body": None},
        "response": {"status": 200, "headers": {}, "body": {"json": body}},
    }


def test_an_extra_request_is_one_difference_not_a_shift() -> None:
    ours = cassette(
        normalised_exchange("POST", "/threads", {"a": 1}),
        normalised_exchange("GET", "/threads/<thread:1>", {"b": 1}),
    )
    theirs = cassette(
        normalised_exchange("POST", "/threads", {"a": 1}),
        normalised_exchange("GET", "/threads/<thread:1>/runs/<run:1>", {}),
        normalised_exchange("GET", "/threads/<thread:1>", {"b": 2}),
    )
    differences = compare("s", ours, theirs)
    assert [(d.route, d.path, d.ours, d.reference) for d in differences] == [
        ("GET /threads/{thread}/runs/{run}", "(exchange)", MISSING, "sent"),
        ("GET /threads/{thread}", "response.body.json.b", 1, 2),
    ]


def test_the_allow_list_matches_narrowly() -> None:
    ids = Difference("any", 1, "POST /threads/{thread}/runs/stream", "response.events[3].id", 1, 2)
    assert explain(ids) is not None
    assert explain(ids).kind == "improvement"  # type: ignore[union-attr]
    status = Difference("any", 1, "POST /threads/{thread}/runs/stream", "response.status", 200, 409)
    assert explain(status) is None
    # Scenario-limited entries do not leak into other scenarios.
    detail = Difference("other", 1, "GET /threads/{thread}", "response.body.json.detail", "a", "b")
    assert explain(detail) is None


def test_every_allowed_entry_says_what_and_why() -> None:
    for entry in ALLOWED:
        assert entry.kind in {"improvement", "extension", "incidental", "gap"}
        assert len(entry.reason) > 40, entry


def test_the_deployments_graph_list_is_configuration_not_protocol() -> None:
    detail = (
        "Invalid assistant: 'nope'. Must be either:\n- One of the registered graphs: echo, memory"
    )
    (normalised,) = normalise(
        [
            exchange(
                "POST",
                f"/threads/{THREAD}/runs/stream",
                {"assistant_id": "nope"},
                status=422,
                response=json.dumps({"detail": detail}).encode(),
            )
        ]
    )
    assert normalised["response"]["body"]["json"]["detail"].endswith("registered graphs: <graphs>")
