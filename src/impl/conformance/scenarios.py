"""The SDK scenarios of conformance/ run against any server, compared with their cassettes.

The machinery (recording proxy, normalisation, diff, the Python and Node scenario runners) and
the scenarios with their committed cassettes live in the repository's `conformance/` folder,
which our own suites use too; this module imports them rather than keeping a second copy, so a
fix there holds here. They are found next to the package (an editable install or a source
checkout) or under `GRAPHPORT_CONFORMANCE_HOME`.

Graph names: the scenarios ask for `echo`, `chat`, `hitl`, ... When the target serves them under
other names, a manifest maps ours to theirs and the proxy rewrites them on the way in (request
paths and `assistant_id`/`graph_id` in bodies) and back on the way out, so the recording reads as
if the target used our names and compares with the cassettes as is.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import graphport


def conformance_home() -> Path:
    """The folder that holds `conformance/` (the scenarios, cassettes and kit)."""
    configured = os.environ.get("GRAPHPORT_CONFORMANCE_HOME")
    candidates = [Path(configured)] if configured else []
    candidates += [Path(graphport.__file__).resolve().parents[1], Path.cwd()]
    for candidate in candidates:
        if (candidate / "conformance" / "sdk_replay" / "cassettes").is_dir():
            return candidate
    raise RuntimeError(
        "the SDK scenarios and cassettes were not found: run from a graphport checkout or set "
        "GRAPHPORT_CONFORMANCE_HOME to one"
    )


def _importable() -> None:
    home = str(conformance_home())
    if home not in sys.path:
        sys.path.insert(0, home)


def kit_module(name: str) -> Any:
    """A module of the repository's `conformance` package (`kit.runner`, `kit.diff`, ...).

    Imported by name: those suites are ours but outside the typed package, so the checker
    treats them as untyped rather than following them.
    """
    _importable()
    return importlib.import_module(f"conformance.{name}")


def cassettes_dir() -> Path:
    return conformance_home() / "conformance" / "sdk_replay" / "cassettes"


def all_scenarios() -> list[str]:
    return list(kit_module("kit.runner").ALL_SCENARIOS)


@dataclass
class ScenarioResult:
    name: str
    status: str  # "pass" | "fail" | "skipped"
    detail: str = ""
    # For a failure: (location, expected, actual) of each unexplained difference.
    differences: list[tuple[str, Any, Any]] | None = None
    allowed: int = 0


def _rename(text: bytes, mapping: dict[str, str]) -> bytes:
    """Replace JSON string values and path segments naming a graph, by `mapping`."""
    for old, new in mapping.items():
        text = text.replace(f'"{old}"'.encode(), f'"{new}"'.encode())
    return text


def _rename_path(path: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        path = re.sub(rf"(/assistants/){re.escape(old)}(?=/|$)", rf"\g<1>{new}", path)
    return path


def mapping_proxy(upstream: str, graphs: dict[str, str]) -> Any:
    """A recording proxy that renames graphs (ours -> the target's) on the way in."""
    recording_proxy: Any = kit_module("kit.proxy").RecordingProxy

    class MappingProxy(recording_proxy):  # type: ignore[misc]
        async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http" or not graphs:
                await super()._app(scope, receive, send)
                return
            chunks = []
            while True:
                message = await receive()
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    break
            body = _rename(b"".join(chunks), graphs)
            scope = {**scope, "path": _rename_path(scope["path"], graphs)}
            scope["raw_path"] = scope["path"].encode()
            sent = False

            async def replay() -> dict[str, Any]:
                nonlocal sent
                if sent:
                    message: dict[str, Any] = await receive()
                    return message
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await super()._app(scope, replay, send)

        def take(self, settle: float = 5.0) -> list[Any]:
            taken: list[Any] = super().take(settle)
            back = {theirs: ours for ours, theirs in graphs.items()}
            for exchange in taken:
                exchange.path = _rename_path(exchange.path, back)
                exchange.request_body = _rename(exchange.request_body, back)
                exchange.response_body = bytearray(_rename(bytes(exchange.response_body), back))
            return taken

    return MappingProxy(upstream)


def run_scenario(
    name: str, url: str, graphs: dict[str, str], allow: list[Callable[[Any], bool]]
) -> ScenarioResult:
    """Run `name` against `url`, compare with its cassette; differences in `allow` pass."""
    runner = kit_module("kit.runner")
    compare = kit_module("kit.diff").compare
    normalise = kit_module("kit.normalise").normalise

    if name.startswith("js_") and (reason := runner.node_unavailable()):
        return ScenarioResult(name, "skipped", reason)
    if reason := runner.not_built(url, name):
        return ScenarioResult(name, "skipped", reason)
    cassette_path = cassettes_dir() / f"{name}.json"
    proxy = mapping_proxy(url, graphs)
    proxy.start()
    try:
        if name in runner.SCENARIOS:
            error = runner._run_python(name, proxy.url)
        else:
            error = runner._run_node(name, proxy.url)
        exchanges = proxy.take()
    finally:
        proxy.stop()
    actual = {"scenario": name, "exchanges": normalise(exchanges)}
    if error:
        actual["error"] = error
    if not cassette_path.exists():
        # The flow's own assertions still ran (each scenario checks what it reads back); only
        # the exchange-by-exchange comparison needs a cassette, recorded from graphport.
        if error:
            return ScenarioResult(name, "fail", error)
        return ScenarioResult(name, "pass", "flow passed; no cassette yet, exchange not compared")
    expected: dict[str, Any] = json.loads(cassette_path.read_text())
    differences = compare(name, actual, expected)
    unexplained = [d for d in differences if not any(match(d) for match in allow)]
    allowed = len(differences) - len(unexplained)
    if not unexplained:
        note = f"{allowed} allowed differences" if allowed else ""
        return ScenarioResult(name, "pass", note, allowed=allowed)
    return ScenarioResult(
        name,
        "fail",
        error or f"{len(unexplained)} unexplained differences",
        [(d.location, d.reference, d.ours) for d in unexplained],
        allowed,
    )
