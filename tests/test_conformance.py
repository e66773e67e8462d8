"""schemathesis against a live server, over every operation not on the 501 list.

The schema is the served `/openapi.json` (the hand-written spec). Listed operations are excluded
by name until their issue lands (not_implemented.py); the list may only shrink, so coverage grows.
`make test` runs the seeded, bounded budget of schemathesis.toml; `make conformance` raises it.
The full protocol suites live in conformance/.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from schemathesis.checks import positive_data_acceptance

from graphport.impl.not_implemented import NOT_IMPLEMENTED
from live_server import LiveServer

MAX_EXAMPLES = int(os.environ.get("GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES", "0"))

# Operations whose bodies create runs: generated bodies name a real graph (`echo`) so that
# valid requests run it (the spec cannot enumerate a deployment's graphs: any other name is,
# as on the reference, a 422).
RUN_CREATING = {
    "create_run",
    "stream_run",
    "wait_run",
    "create_stateless_run",
    "stream_stateless_run",
    "wait_stateless_run",
    "create_run_batch",
}


def _runnable(body: Any) -> Any:
    """Point a run-create body at a real graph, keeping it exactly as valid or invalid.

    Only values that cannot change the body's validity are touched: the assistant's name (a
    string for a string) and a positive delay (shortened, so `wait` answers quickly).
    """
    if not isinstance(body, dict) or not isinstance(body.get("assistant_id"), str):
        return body
    body = {**body, "assistant_id": "echo"}
    after = body.get("after_seconds")
    if isinstance(after, (int, float)) and not isinstance(after, bool) and after > 0.05:
        body["after_seconds"] = 0.05
    return body


@schemathesis.hook
def map_body(ctx: schemathesis.HookContext, body: Any) -> Any:
    operation = ctx.operation
    if operation is None or operation.definition.raw.get("operationId") not in RUN_CREATING:
        return body
    if isinstance(body, list):
        return [_runnable(item) for item in body]
    return _runnable(body)


@pytest.fixture(scope="module")
def live_schema(live: LiveServer) -> Any:
    return schemathesis.openapi.from_url(f"{live.url}/openapi.json")


schema = schemathesis.pytest.from_fixture("live_schema").exclude(
    operation_id=sorted(NOT_IMPLEMENTED)
)


def budget(test: Callable[..., Any]) -> Callable[..., Any]:
    """schemathesis.toml's budget, unless GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES raises it."""
    if not MAX_EXAMPLES:
        return test
    return settings(max_examples=MAX_EXAMPLES, deadline=None)(test)


# Checks left out, per operation, and why. Run-creating bodies are valid or not by rules the
# schema cannot state (the assistant must exist in this deployment; `config.configurable` with
# `context` is a 400; a resume without a thread is a 400, as on the reference), so a
# schema-valid body may rightly get a 4xx there. Every other check runs on them.
#
# The same holds for assistant bodies (`config.configurable` with `context` is a 400 there too)
# and where validity depends on the graphs a deployment serves: a graph id in
# `get_assistant_graph`'s path (anything but a UUID or a served graph is a documented 422, as on
# the reference), and the nodes `create_thread`'s `supersteps` write as (an unknown node is a
# documented 400). `put_store_item` refuses text no back-end can store (NUL) and the root label
# `langgraph`, which langgraph's stores reserve; `search_store_items` refuses filter keys its SQL
# cannot address and unknown `$` operators (documented 422s; the reference answers 400 too).
RULES_BEYOND_THE_SCHEMA = {
    "put_store_item",
    "search_store_items",
    "create_assistant",
    "update_assistant",
    "get_assistant_graph",
    "create_thread",
}
EXCLUDED_CHECKS: dict[str, list[Any]] = {
    operation_id: [positive_data_acceptance]
    for operation_id in RUN_CREATING | RULES_BEYOND_THE_SCHEMA
}


# One test walks every operation: it gets a time limit of its own (none with a raised budget).
@pytest.mark.timeout(0 if MAX_EXAMPLES else 900)
@schema.parametrize()
@budget
def test_implemented_operations_conform_to_the_spec(case: schemathesis.Case[Any]) -> None:
    operation_id = case.operation.definition.raw.get("operationId", "")
    case.call_and_validate(timeout=30, excluded_checks=EXCLUDED_CHECKS.get(operation_id, []))
