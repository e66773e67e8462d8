"""`graphport conform`: measure any LangGraph-compatible server against the protocol.

Only HTTP reaches the target: the SDK scenarios (Python `langgraph_sdk`, Node
`@langchain/langgraph-sdk` when Node is there) through a recording proxy, compared with the
committed cassettes; schemathesis over our spec on the operations the target declares. Each
capability profile is probed first, so a server without crons has its crons checks skipped
(with the probe that showed it) instead of failed. Differences a reviewed allow-list accepts
pass; anything else fails, and the exit code says so.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from graphport.impl.conformance.profiles import PROFILES, probe, profile_of
from graphport.impl.conformance.report import Report, Row
from graphport.impl.conformance.scenarios import all_scenarios, kit_module, run_scenario
from graphport.impl.conformance.schema_suite import run_schema_suite


class AllowListError(ValueError):
    pass


Matcher = Callable[[Any], bool]


def load_allow(paths: Iterable[Path]) -> list[Matcher]:
    """Accepted differences, as predicates over a `Difference`.

    A `.py` file is an allow-list module like conformance/differential/allowed.py: its
    `explain(difference)` is used when it has one, else the `matches` of each of its `ALLOWED`.
    A JSON file is a list of `{"route", "path", "kind", "reason", "scenarios"}` entries with the
    globs (`*`, one `{a,b}` group) of allowed.py; schemathesis operations are written
    `{"route": "schema", "path": "<operationId>"}`. Every JSON entry must give its reason.
    """
    allowed_module = kit_module("differential.allowed")
    matchers: list[Matcher] = []
    for path in paths:
        if not path.exists():
            raise AllowListError(f"allow-list {path} does not exist")
        if path.suffix == ".py":
            matchers.append(_module_matcher(path))
            continue
        try:
            raw = json.loads(path.read_text())
            entries = []
            for item in raw:
                if not item.get("reason"):
                    raise AllowListError(f"{path}: entry {item} has no reason")
                for route in allowed_module._expand(item["route"]):
                    for where in allowed_module._expand(item["path"]):
                        entries.append(
                            allowed_module.Allowed(
                                route,
                                where,
                                item.get("kind", "gap"),
                                item["reason"],
                                tuple(item.get("scenarios", ())),
                            )
                        )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, AllowListError):
                raise
            raise AllowListError(f"{path}: not a list of allow-list entries ({exc})") from None
        matchers += [entry.matches for entry in entries]
    return matchers


def _module_matcher(path: Path) -> Matcher:
    spec = importlib.util.spec_from_file_location(f"_allow_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise AllowListError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    if hasattr(module, "explain"):
        explain = module.explain
        return lambda difference: explain(difference) is not None
    if not hasattr(module, "ALLOWED"):
        raise AllowListError(f"{path} defines neither explain() nor ALLOWED")
    entries = list(module.ALLOWED)
    return lambda difference: any(entry.matches(difference) for entry in entries)


def builtin_allow() -> list[Matcher]:
    """Differences every target may show, whatever its allow-list: they name its deployment."""
    allowed_entry = kit_module("differential.allowed").Allowed
    entries = [
        allowed_entry(
            "POST /threads/{thread}/runs/stream",
            "response.body.json.detail",
            "incidental",
            "The 422 for an unknown assistant lists the graphs the deployment serves (human "
            "text; the cassette lists graphport's example graphs).",
            ("py_graph_error",),
        )
    ]
    return [entry.matches for entry in entries]


def _schema_allowed(allow: list[Matcher], operation_id: str, detail: str) -> bool:
    difference = kit_module("kit.diff").Difference(
        "schema", -1, "schema", operation_id, detail, None
    )
    return any(match(difference) for match in allow)


def conform(
    url: str,
    graphs: dict[str, str] | None = None,
    allow_paths: Iterable[Path] = (),
    profiles: Iterable[str] | None = None,
    schema: bool = True,
    scenarios: Iterable[str] | None = None,
    schema_examples: int = 4,
    progress: Callable[[str], None] = lambda line: None,
) -> Report:
    """Run the suites against `url`; the report holds one row per scenario and operation."""
    from graphport.impl.spec import load_spec

    url = url.rstrip("/")
    graphs = graphs or {}
    allow_paths = list(allow_paths)
    allow = builtin_allow() + load_allow(allow_paths)
    wanted = set(profiles) if profiles else set(PROFILES)
    unknown = wanted - set(PROFILES)
    if unknown:
        raise ValueError(f"unknown profiles {sorted(unknown)}; known: {sorted(PROFILES)}")
    absent = {name: probe(url, PROFILES[name]) for name in PROFILES if name in wanted}
    report = Report(url, absent, allow_sources=[str(p) for p in allow_paths])

    names = list(scenarios) if scenarios is not None else all_scenarios()
    for name in names:
        profile = profile_of(name)
        if profile not in wanted:
            continue
        if absent.get(profile):
            report.rows.append(
                Row("sdk", name, profile, "skipped", f"profile {profile} absent: {absent[profile]}")
            )
            continue
        started = time.monotonic()
        result = run_scenario(name, url, graphs, allow)
        row = Row(
            "sdk",
            name,
            profile,
            result.status,
            result.detail,
            result.differences or [],
            time.monotonic() - started,
        )
        report.rows.append(row)
        progress(f"sdk {name}: {row.status} {row.detail}".rstrip())

    if schema:
        present = {name for name in wanted if not absent.get(name)}
        started = time.monotonic()
        results = run_schema_suite(
            url, load_spec(), present, graphs.get("echo", "echo"), schema_examples
        )
        for found in results:
            status, detail = found.status, found.detail
            if status == "fail" and _schema_allowed(allow, found.operation_id, detail):
                status, detail = "pass", "allowed: " + detail.splitlines()[0][:200]
            report.rows.append(Row("schema", found.operation_id, found.profile, status, detail))
            progress(f"schema {found.operation_id}: {status}")
        for name in wanted - present:
            report.rows.append(
                Row("schema", f"({name} operations)", name, "skipped", f"absent: {absent[name]}")
            )
        progress(f"schemathesis: {time.monotonic() - started:.0f} s")
    return report


def load_manifest(path: Path | None) -> dict[str, str]:
    """`{"echo": "their_echo", ...}`: our graph names to the target's (unlisted: same name)."""
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise ValueError(f"manifest {path}: {exc}") from None
    graphs = raw.get("graphs", raw) if isinstance(raw, dict) else None
    if not isinstance(graphs, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in graphs.items()
    ):
        raise ValueError(f"manifest {path}: expected a JSON object of graph name -> graph name")
    return {ours: theirs for ours, theirs in graphs.items() if ours != theirs}
