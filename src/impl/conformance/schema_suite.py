"""schemathesis over graphport's spec, against any server, one result per operation.

The operations are those of our spec that the target declares in its own `/openapi.json`
(method and path, parameter names ignored); a target without one is measured on every operation.
An operation that answers 501 is skipped (declared, not built). Each operation gets a small,
seeded budget of generated requests (positive and negative) and schemathesis's checks; the
bodies that create runs are pointed at the `echo` graph (the spec cannot name a deployment's
graphs), and the positive-data check is left out where validity rests on rules beyond the schema
(the same operations as conformance/schemathesis, for the same reasons).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from graphport.impl.conformance.profiles import PROFILES

# Operations whose bodies create runs: generated bodies name a real graph (`echo`), so valid
# requests run it. RULES_BEYOND_THE_SCHEMA: operations where a schema-valid body may rightly get a
# documented 4xx (conformance/schemathesis/test_schemathesis.py says why, one by one).
RUN_CREATING = {
    "create_run",
    "stream_run",
    "wait_run",
    "create_stateless_run",
    "stream_stateless_run",
    "wait_stateless_run",
    "create_run_batch",
}
RULES_BEYOND_THE_SCHEMA = {
    "update_thread_state",
    "put_store_item",
    "search_store_items",
    "create_cron",
    "create_thread_cron",
    "update_cron",
    "create_assistant",
    "update_assistant",
    "get_assistant_graph",
    "create_thread",
}
# Never ends by design: only its 404/422 answers are checked by our own suite; skipped here.
NEVER_ENDS = {"join_thread_stream"}


@dataclass
class OperationResult:
    operation_id: str
    profile: str
    status: str  # "pass" | "fail" | "skipped"
    detail: str = ""
    calls: int = 0


class _Absent(Exception):
    pass


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def declared_operations(url: str) -> set[tuple[str, str]] | None:
    """(METHOD, path shape) pairs the target's `/openapi.json` declares, or None without one."""
    try:
        response = httpx.get(f"{url}/openapi.json", timeout=30)
        document = response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        return None
    return {
        (method.upper(), _shape(path))
        for path, item in document["paths"].items()
        for method in item
        if method.lower() in {"get", "post", "put", "patch", "delete"}
    }


def _profile_for(tags: list[str]) -> str:
    for profile in PROFILES.values():
        if set(tags) & set(profile.tags):
            return profile.name
    return "core"


def run_schema_suite(
    url: str,
    spec: dict[str, Any],
    profiles: set[str],
    echo_graph: str = "echo",
    max_examples: int = 4,
) -> list[OperationResult]:
    import schemathesis
    from schemathesis.checks import positive_data_acceptance

    declared = declared_operations(url)
    schema = schemathesis.openapi.from_dict(spec)
    results: list[OperationResult] = []
    for found in schema.get_all_operations():
        operation = found.ok()  # type: ignore[union-attr]
        raw = operation.definition.raw
        operation_id = raw.get("operationId", f"{operation.method} {operation.path}")
        profile = _profile_for(raw.get("tags", []))
        if profile not in profiles:
            continue
        if operation_id in NEVER_ENDS:
            results.append(OperationResult(operation_id, profile, "skipped", "never ends"))
            continue
        if declared is not None and (operation.method.upper(), _shape(operation.path)) not in (
            declared
        ):
            results.append(
                OperationResult(
                    operation_id, profile, "skipped", "not declared in the target's /openapi.json"
                )
            )
            continue
        excluded = (
            [positive_data_acceptance]
            if operation_id in RUN_CREATING | RULES_BEYOND_THE_SCHEMA
            else []
        )
        results.append(
            _check_operation(
                operation, operation_id, profile, url, excluded, echo_graph, max_examples
            )
        )
    return results


def _check_operation(
    operation: Any,
    operation_id: str,
    profile: str,
    url: str,
    excluded: list[Any],
    echo_graph: str,
    max_examples: int,
) -> OperationResult:
    """Generated requests for one operation, each response through schemathesis's checks."""
    from hypothesis import HealthCheck, Phase, given, settings

    calls = [0]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    def check(case: Any) -> None:
        if operation_id in RUN_CREATING:
            case.body = _runnable(case.body, echo_graph)
        response = case.call(base_url=url, timeout=30)
        calls[0] += 1
        if response.status_code == 501:
            raise _Absent(f"{operation.method.upper()} {operation.path} answers 501")
        case.validate_response(response, excluded_checks=excluded)

    try:
        check()
    except _Absent as absent:
        return OperationResult(operation_id, profile, "skipped", str(absent), calls[0])
    except (Exception, BaseExceptionGroup) as exc:  # schemathesis' FailureGroup is the latter
        text = str(exc).strip() or type(exc).__name__
        return OperationResult(operation_id, profile, "fail", text[:3000], calls[0])
    return OperationResult(operation_id, profile, "pass", "", calls[0])


def _runnable(body: Any, graph: str) -> Any:
    """Point run-create bodies at a graph that ends, keeping them as valid or invalid as they were."""
    if isinstance(body, list):
        return [_runnable(item, graph) for item in body]
    if not isinstance(body, dict) or not isinstance(body.get("assistant_id"), str):
        return body
    body = {**body, "assistant_id": graph}
    after = body.get("after_seconds")
    if isinstance(after, (int, float)) and not isinstance(after, bool) and after > 0.05:
        body["after_seconds"] = 0.05
    return body
