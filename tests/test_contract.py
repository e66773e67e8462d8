"""contract.py: JSON-Schema-faithful models, results to responses, the SSE framing."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import pytest
from pydantic import MISSING, Field, RootModel, ValidationError
from starlette.responses import Response

from graphport.impl.contract import (
    SSE_HEARTBEAT,
    ApiError,
    ApiModel,
    encode_sse_event,
    error_response,
    to_response,
)
from helpers import capture_body


class Kind(ApiModel):
    type: Literal["kind"]
    flag: bool


class Other(ApiModel):
    type: Literal["other"]
    count: int


class Sample(ApiModel):
    count: int | MISSING = MISSING
    ratio: float | MISSING = MISSING
    flag: bool | MISSING = MISSING
    name: str | MISSING = MISSING
    exact: Literal[True] | MISSING = MISSING
    counts: list[int] | MISSING = MISSING
    by_name: dict[str, bool] | MISSING = MISSING
    either: int | str | MISSING = MISSING
    anything: Any = None
    maybe: int | None | MISSING = MISSING
    tagged: Annotated[Kind | Other, Field(discriminator="type")] | MISSING = MISSING


@pytest.mark.parametrize(
    ("data", "location"),
    [
        ({"count": True}, ("count",)),  # bool -> number
        ({"ratio": False}, ("ratio",)),
        ({"count": "5"}, ("count",)),  # str -> number
        ({"ratio": "1.5"}, ("ratio",)),
        ({"flag": "true"}, ("flag",)),  # str -> bool
        ({"flag": 1}, ("flag",)),  # number -> bool
        ({"name": 5}, ("name",)),  # number -> str
        ({"name": True}, ("name",)),
        ({"exact": 1}, ("exact",)),
        ({"counts": [1, "2"]}, ("counts", 1)),  # inside arrays, at the item's location
        ({"by_name": {"a": 0}}, ("by_name", "a")),
        ({"either": True}, ("either", "int")),
        ({"maybe": "1"}, ("maybe",)),
        ({"tagged": {"type": "other", "count": "3"}}, ("tagged", "other", "count")),
        ({"count": 4.5}, ("count",)),
    ],
)
def test_api_model_refuses_what_json_schema_refuses(
    data: dict[str, Any], location: tuple[Any, ...]
) -> None:
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate(data)
    assert caught.value.errors()[0]["loc"] == location


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"count": 4.0}, {"count": 4}),  # 4.0 is an integer in JSON Schema
        ({"ratio": 3}, {"ratio": 3.0}),  # an integer is a number
        ({"either": "x"}, {"either": "x"}),
        ({"either": 2}, {"either": 2}),
        ({"anything": "5"}, {"anything": "5"}),
        ({"maybe": None}, {"maybe": None}),
        ({"counts": [1, 2.0]}, {"counts": [1, 2]}),
        ({"tagged": {"type": "kind", "flag": True}}, {"tagged": {"type": "kind", "flag": True}}),
    ],
)
def test_api_model_accepts_what_json_schema_accepts(
    data: dict[str, Any], expected: dict[str, Any]
) -> None:
    dumped = Sample.model_validate(data).model_dump(exclude={"anything"} - data.keys())
    assert dumped == expected


def test_api_model_validates_json_input_the_same_way() -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate_json('{"count": true}')
    assert Sample.model_validate_json('{"count": 4.0}').count == 4


def test_to_response_serialises_models_compactly_without_missing_fields() -> None:
    response = to_response(Sample(count=1, maybe=None), 201)
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    assert response.body == b'{"count":1,"anything":null,"maybe":null}'


def test_to_response_serialises_root_models() -> None:
    assert to_response(RootModel[list[int]]([1, 2]), 200).body == b"[1,2]"


def test_to_response_returns_a_response_unchanged() -> None:
    alternate = Response(status_code=204)
    assert to_response(alternate, 200) is alternate


def test_api_error_answers_the_error_body_with_its_headers() -> None:
    error = ApiError(409, "Thread is busy", headers={"Retry-After": "1"})
    response = error_response(error.status_code, error.detail, error.headers)
    assert (response.status_code, response.body) == (409, b'{"detail":"Thread is busy"}')
    assert response.headers["retry-after"] == "1"


def _reencode(body: bytes) -> bytes:
    """Parse a captured SSE body and write it back with our encoder."""
    out = []
    for block in body.split(b"\r\n\r\n")[:-1]:
        if block.startswith(b":"):
            out.append(SSE_HEARTBEAT)
            continue
        fields = dict(line.split(b": ", 1) for line in block.split(b"\r\n"))
        event_id = fields[b"id"].decode() if b"id" in fields else None
        out.append(encode_sse_event(fields[b"event"].decode(), fields[b"data"], event_id))
    return b"".join(out)


@pytest.mark.parametrize("capture", ["32_stream_resumable.txt", "87_thread_join_stream.txt"])
def test_sse_encoder_reproduces_captured_streams_byte_for_byte(capture: str) -> None:
    body = capture_body(capture)
    assert b"\r\nid: " in body
    assert _reencode(body) == body


def test_sse_event_without_id_has_no_id_line() -> None:
    assert encode_sse_event("values", b'{"a":1}') == b'event: values\r\ndata: {"a":1}\r\n\r\n'


def test_sse_encoder_strips_cr_and_lf_from_event_and_id() -> None:
    frame = encode_sse_event("val\r\nues", b"{}", "1\n2\r")
    assert frame == b"event: values\r\ndata: {}\r\nid: 12\r\n\r\n"
    assert re.fullmatch(rb"(?:[^\r\n]*\r\n)*\r\n", frame)


def test_sse_heartbeat_is_the_references_comment() -> None:
    assert SSE_HEARTBEAT == b": heartbeat\r\n\r\n"
    assert SSE_HEARTBEAT in capture_body("87_thread_join_stream.txt")
