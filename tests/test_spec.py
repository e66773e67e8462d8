"""The hand-written spec itself: valid OpenAPI 3.1, and operations named as frozen."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from openapi_spec_validator import validate

from helpers import ROOT

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def operations(spec: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(METHOD, path, operationId) of every operation, in spec order."""
    return [
        (method.upper(), path, operation.get("operationId"))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_id_is_present_unique_and_snake_case(spec: dict[str, Any]) -> None:
    ids = [op_id for _, _, op_id in operations(spec)]
    assert None not in ids
    duplicates = [op_id for op_id, count in Counter(ids).items() if count > 1]
    assert duplicates == []
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", str(i))] == []


def test_spec_has_exactly_the_frozen_operations_of_docs_operations_md(spec: dict[str, Any]) -> None:
    frozen = set()
    for line in (ROOT / "docs/operations.md").read_text().splitlines():
        match = re.match(r"(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s+(\w+)", line)
        if match:
            frozen.add(match.groups())
    assert set(operations(spec)) == frozen


def test_stream_get_and_post_have_distinct_operation_ids(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/threads/{thread_id}/runs/{run_id}/stream"]
    assert item["get"]["operationId"] != item["post"]["operationId"]
