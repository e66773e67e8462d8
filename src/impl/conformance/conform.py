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


def load_allow(paths: Iterable[Path]) -> list[Any]:
    """Accepted differences: `.py` files defining `ALLOWED`, or JSON lists of entries.

    A JSON entry is `{"route": ..., "path": ..., "kind": ..., "reason": ..., "scenarios": [...]}`
    with the globs of conformance/differential/allowed.py; schemathesis operations are written
    `{"route": "schema", "path": "<operationId>"}`. Every entry must give its reason.
    """
    allowed_entry = kit_module("differential.allowed").Allowed
    entries: list[Any] = []
    for path in paths:
        if not path.exists():
            raise AllowListError(f"allow-list {path} does not exist")
        if path.suffix == ".py":
            spec = importlib.util.spec_from_file_location(f"_allow_{path.stem}", path)
            if spec is None or spec.loader is None:
                raise AllowListError(f"cannot load {path}")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            entries += list(module.ALLOWED)
            continue
        try:
            raw = json.loads(path.read_text())
            for item in raw:
                if not item.get("reason"):
                    raise AllowListError(f"{path}: entry {item} has no reason")
                entries.append(
                    allowed_entry(
                        item["route"],
                        item["path"],
                        item.get("kind", "gap"),
                        item["reason"],
                        tuple(item.get("scenarios", ())),
                    )
                )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, AllowListError):
                raise
            raise AllowListError(f"{path}: not a list of allow-list entries ({exc})") from None
    return entries


def builtin_allow() -> list[Any]:
    """Differences every target may show, whatever its allow-list: they name its deployment."""
    allowed_entry = kit_module("differential.allowed").Allowed
    return [
        allowed_entry(
            "POST /threads/{thread}/runs/stream",
            "response.body.json.detail",
            "incidental",
            "The 422 for an unknown assistant lists the graphs the deployment serves (human "
            "text; the cassette lists graphport's example graphs).",
            ("py_graph_error",),
        )
    ]


def _schema_allowed(allow: list[Any], operation_id: str, detail: str) -> bool:
    difference = kit_module("kit.diff").Difference(
        "schema", -1, "schema", operation_id, detail, None
    )
    return any(entry.matches(difference) for entry in allow)


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
            status, detail = found.status, result.detail
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
