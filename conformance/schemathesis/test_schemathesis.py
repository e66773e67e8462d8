"""schemathesis against a live server, over every operation not on the 501 list.

The schema is the served `/openapi.json` (the hand-written spec). Two tests:

- every implemented operation, one at a time, with generated valid and invalid data (examples,
  coverage and fuzzing phases);
- stateful sequences that follow the `links` the spec declares (create thread → create run → get
  run → state → history …), so calls meet resources that exist.

Both run the checks of schemathesis.toml, which must include REQUIRED_CHECKS. SSE operations
are exercised on graphs that end (run bodies name `echo`); `join_thread_stream` never ends by
design, so no link leads to it and it only meets unknown threads (404) and bad input (422).

Exclusions, each with its reason:
- operations on the 501 list (not_implemented.py) until their issue lands; the list only shrinks;
- `positive_data_acceptance` on the operations in EXCLUDED_CHECKS (reasons beside it).

`make test` runs the seeded, bounded budget of schemathesis.toml; `make conformance` raises it
(GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES). Figures land in schemathesis-report/ (gitignored).
"""

from __future__ import annotations

import json
import os
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import Flaky
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.failures import FailureGroup

from graphport.impl.conformance.schema_suite import RULES_BEYOND_THE_SCHEMA, RUN_CREATING
from graphport.impl.not_implemented import NOT_IMPLEMENTED
from helpers import ROOT
from live_server import LiveServer

MAX_EXAMPLES = int(os.environ.get("GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES", "0"))


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
# documented 400). Stateful sequences reach more of these: a thread's state can be updated only
# once the thread has a graph (a run on it, or `graph_id` in its metadata; a documented 400, as on
# the reference). `put_store_item` refuses text no back-end can store (NUL) and the root label
# `langgraph`, which langgraph's stores reserve; `search_store_items` refuses filter keys its SQL
# cannot address and unknown `$` operators (documented 422s; the reference answers 400 too). Cron bodies add their own: a
# `schedule` must be a cron expression, a `timezone` an IANA name, a `webhook` must pass the
# outbound policy (documented 422s), and the assistant and thread must exist (404).
# Both lists live in the kit (graphport.impl.conformance.schema_suite), which shares them.
EXCLUDED_CHECKS: dict[str, list[Any]] = {
    operation_id: [positive_data_acceptance]
    for operation_id in RUN_CREATING | RULES_BEYOND_THE_SCHEMA
}


REPORT = ROOT / "schemathesis-report"
# The checks the protocol's conformance rests on; schemathesis.toml must keep them enabled.
REQUIRED_CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
]
STATELESS_CALLS: Counter[str] = Counter()


def test_the_required_checks_are_enabled() -> None:
    checks = tomllib.loads((ROOT / "schemathesis.toml").read_text())["checks"]
    assert {name: checks[name]["enabled"] for name in REQUIRED_CHECKS} == dict.fromkeys(
        REQUIRED_CHECKS, True
    )


@pytest.fixture(scope="module", autouse=True)
def stateless_figures() -> Iterator[None]:
    """Cases run per operation, written to schemathesis-report/stateless.json."""
    yield
    if STATELESS_CALLS:
        REPORT.mkdir(exist_ok=True)
        figures = {
            "operations": len(STATELESS_CALLS),
            "cases": sum(STATELESS_CALLS.values()),
            "per_operation": dict(sorted(STATELESS_CALLS.items())),
            "excluded_operations": sorted(NOT_IMPLEMENTED),
        }
        (REPORT / "stateless.json").write_text(json.dumps(figures, indent=2))


# One test walks every operation: it gets a time limit of its own (none with a raised budget).
@pytest.mark.timeout(0 if MAX_EXAMPLES else 900)
@schema.parametrize()
@budget
def test_implemented_operations_conform_to_the_spec(case: schemathesis.Case[Any]) -> None:
    operation_id = case.operation.definition.raw.get("operationId", "")
    STATELESS_CALLS[operation_id] += 1
    case.call_and_validate(timeout=30, excluded_checks=EXCLUDED_CHECKS.get(operation_id, []))


# ------------------------------------------------------------------------------ stateful

STATEFUL_EXAMPLES = MAX_EXAMPLES or 10
STATEFUL_STEPS = 8
MAX_RESTARTS = 50
FIGURES = REPORT / "stateful.json"


@pytest.mark.timeout(0 if MAX_EXAMPLES else 600)
def test_link_sequences_conform_to_the_spec(live_schema: Any) -> None:
    """Sequences built from the spec's `links`: create thread → run → get run → state → history….

    Each step feeds the ids a response names (`$response.body#/thread_id`, ...) to the operations
    its links point at, so the later calls meet resources that exist, in whatever state the
    earlier calls left them; every response goes through the same checks as above. The figures
    (calls per operation, links followed) land in schemathesis-report/stateful.json.
    """
    machine = live_schema.exclude(operation_id=sorted(NOT_IMPLEMENTED)).as_state_machine()
    calls: Counter[str] = Counter()
    links: Counter[str] = Counter()
    scenarios: Counter[str] = Counter()
    # Failures are collected, not raised: Hypothesis would replay the failing sequence against a
    # server whose state has moved on, and report a flaky strategy instead of the failure.
    failures: list[str] = []

    class LinkSequences(machine):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            scenarios["run"] += 1

        def step(self, input: Any) -> Any:
            operation_id = input.case.operation.definition.raw.get("operationId", "")
            calls[operation_id] += 1
            if input.transition is not None and input.is_applied:
                links[input.transition.id] += 1
            return super().step(input)

        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"timeout": 30}

        def validate_response(
            self,
            response: Any,
            case: schemathesis.Case[Any],
            additional_checks: Any = None,
            **kwargs: Any,
        ) -> None:
            operation_id = case.operation.definition.raw.get("operationId", "")
            try:
                case.validate_response(
                    response,
                    excluded_checks=EXCLUDED_CHECKS.get(operation_id, []),
                    transport_kwargs=kwargs,
                )
            except (AssertionError, FailureGroup) as failure:
                failures.append(f"{operation_id}: {failure}\n{case.as_curl_command()}")

    # Which links a step may follow depends on what the server answered, so Hypothesis can find
    # its own generation inconsistent (Flaky); like schemathesis' own runner, start a fresh
    # suite then, until the budget of scenarios has run.
    restarts = 0
    while scenarios.total() < STATEFUL_EXAMPLES:
        try:
            LinkSequences.run(
                settings=settings(
                    max_examples=STATEFUL_EXAMPLES - scenarios.total(),
                    stateful_step_count=STATEFUL_STEPS,
                    deadline=None,
                    suppress_health_check=list(HealthCheck),
                    database=None,  # a stored sequence would replay against another state
                    phases=[Phase.explicit, Phase.generate],  # so would shrinking
                )
            )
            break
        except Flaky:
            restarts += 1
            assert restarts <= MAX_RESTARTS, f"{restarts} suites ended flaky"
    FIGURES.parent.mkdir(exist_ok=True)
    figures = {
        "scenarios": scenarios.total(),
        "restarts": restarts,
        "calls": sum(calls.values()),
        "operations": dict(calls.most_common()),
        "links_followed": dict(links.most_common()),
        "failures": len(failures),
    }
    FIGURES.write_text(json.dumps(figures, indent=2))
    # The sequences did chain: later steps used ids that earlier responses named.
    assert links, "no link was followed"
    assert not failures, "\n\n".join(failures)
