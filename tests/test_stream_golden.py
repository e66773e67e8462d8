"""Golden tests: every stream mode, replayed as the reference's captures were recorded.

The captures (tests/fixtures/captures, recorded from langgraph-api 0.16.7) ran a fixed sequence
of streams on a few threads. Each test replays one thread's sequence on a fresh thread of ours
with the same graphs and bodies, so the state evolves identically; then every stream must equal
its capture after normalising ids, timestamps and server identity (tests/golden.py): the same
event names, in the same order, with the same payloads.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from golden import capture, capture_events, capture_request_body, normalised, parse_sse
from live_server import LiveServer

# One list per capture thread: the thread's creating capture, then its streams, in order.
SEQUENCES = {
    "echo": (
        "08_thread_create.txt",
        [
            "09_stream_values.txt",
            "10_stream_updates.txt",
            "11_stream_messages_tuple.txt",
            "12_stream_messages.txt",
            "13_stream_custom.txt",
            "14_stream_debug.txt",
            "15_stream_tasks.txt",
            "16_stream_checkpoints.txt",
            "17_stream_events.txt",
            "18_stream_multi.txt",
        ],
    ),
    "chat": (
        "19_thread_create_chat.txt",
        ["20_stream_chat_messages_tuple.txt", "21_stream_chat_messages_legacy.txt"],
    ),
    "parent": ("22_thread_create_parent.txt", ["23_stream_subgraphs.txt"]),
    "boom": ("24_thread_create_boom.txt", ["25_stream_error.txt"]),
}


@pytest.fixture(scope="module")
def http(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


def _replay(http: httpx.Client, sequence: str) -> dict[str, tuple[bytes, httpx.Headers]]:
    create, streams = SEQUENCES[sequence]
    created = http.post("/threads", json=capture_request_body(create) or {})
    assert created.status_code == 200, created.text
    thread_id = created.json()["thread_id"]
    answers: dict[str, tuple[bytes, httpx.Headers]] = {}
    for name in streams:
        response = http.post(
            f"/threads/{thread_id}/runs/stream",
            json=capture_request_body(name),
            headers={"Accept": "text/event-stream"},
        )
        assert response.status_code == 200, response.text
        answers[name] = (response.content, response.headers)
    return answers


@pytest.fixture(scope="module")
def replays(http: httpx.Client) -> dict[str, tuple[bytes, httpx.Headers]]:
    answers: dict[str, tuple[bytes, httpx.Headers]] = {}
    for sequence in SEQUENCES:
        answers.update(_replay(http, sequence))
    return answers


ALL_STREAMS = [name for _, names in SEQUENCES.values() for name in names]


@pytest.mark.parametrize("name", ALL_STREAMS)
def test_stream_matches_the_reference_capture(
    replays: dict[str, tuple[bytes, httpx.Headers]], name: str
) -> None:
    body, _ = replays[name]
    ours = normalised(parse_sse(body))
    theirs = normalised(capture_events(name))
    assert [event for event, _ in ours] == [event for event, _ in theirs]
    for (event, our_data), (_, their_data) in zip(ours, theirs, strict=True):
        assert our_data == their_data, f"payload of {event!r} differs"


@pytest.mark.parametrize("name", ALL_STREAMS)
def test_stream_is_framed_as_the_reference_frames_it(
    replays: dict[str, tuple[bytes, httpx.Headers]], name: str
) -> None:
    body, headers = replays[name]
    assert body.startswith(b"event: metadata\r\ndata: {")
    assert b"\n" not in body.replace(b"\r\n", b"")  # CRLF only
    assert headers["content-type"] == "text/event-stream; charset=utf-8"
    assert headers["cache-control"] == "no-store"
    assert headers["x-accel-buffering"] == "no"
    run_path = headers["content-location"]
    assert headers["location"] == f"{run_path}/stream"
    _, their_body = capture(name)
    their_lines = {line.split(b":", 1)[0] for line in their_body.split(b"\r\n") if line}
    our_lines = {line.split(b":", 1)[0] for line in body.split(b"\r\n") if line}
    assert our_lines <= their_lines | {b""}  # no `id:` on non-resumable runs, no extra fields
