"""Run a scenario of either client against a server, through a recording proxy.

A scenario is named `py_*` (Python, `conformance/sdk_replay/scenarios/python_scenarios.py`) or
`js_*` (Node, `conformance/sdk_replay/node/scenarios.mjs`). Its outcome is the normalised exchange
list, or the reason it was skipped, plus the error it ended with (if any) — a flow that fails on
one server and not on the other is itself a difference to report.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from conformance.sdk_replay.scenarios.python_scenarios import SCENARIOS

from .normalise import normalise
from .proxy import RecordingProxy

ROOT = Path(__file__).resolve().parents[2]
NODE_DIR = ROOT / "conformance" / "sdk_replay" / "node"
SCENARIO_TIMEOUT = 90.0


@dataclass
class Outcome:
    exchanges: list[dict[str, Any]] = field(default_factory=list)
    skipped: str | None = None
    error: str | None = None

    def as_cassette(self, name: str) -> dict[str, Any]:
        cassette: dict[str, Any] = {"scenario": name, "exchanges": self.exchanges}
        if self.error:
            cassette["error"] = self.error
        return cassette


def node_unavailable() -> str | None:
    """Why Node scenarios cannot run here, or None."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "Node scenarios skipped: node/npm is not installed"
    if not (NODE_DIR / "node_modules" / "@langchain" / "langgraph-sdk").exists():
        return "Node scenarios skipped: run `npm ci` in conformance/sdk_replay/node (make conformance does)"
    return None


def node_scenarios() -> dict[str, list[list[Any]]]:
    """Node scenario names and their required operations (read from the script itself)."""
    if node_unavailable():
        # The names are still listed so they show up as skipped, not silently absent.
        return {name: [] for name in _node_names_from_source()}
    listing = subprocess.run(
        ["node", "scenarios.mjs", "list"],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    entries = [json.loads(line) for line in listing.stdout.splitlines() if line.strip()]
    return {entry["name"]: entry["requires"] for entry in entries}


def _node_names_from_source() -> list[str]:
    source = (NODE_DIR / "scenarios.mjs").read_text()
    return [
        line.strip().removeprefix("async ").split("(")[0]
        for line in source.splitlines()
        if line.strip().startswith("async js_")
    ]


NODE_SCENARIOS = node_scenarios()
ALL_SCENARIOS = sorted([*SCENARIOS, *NODE_SCENARIOS])


def requirements(name: str) -> list[tuple[str, str, Any]]:
    if name in SCENARIOS:
        return list(SCENARIOS[name].requires)
    return [tuple(item) for item in NODE_SCENARIOS[name]]  # type: ignore[misc]


def not_built(server_url: str, name: str) -> str | None:
    """A reason to skip: an operation the scenario needs answers 501 on this server."""
    for method, path, body in requirements(name):
        response = httpx.request(method, server_url + path, json=body, timeout=30)
        if response.status_code == 501:
            return f"{method} {path} answers 501 (not built yet on this server)"
    return None


def run_scenario(name: str, server_url: str) -> Outcome:
    """Run `name` against `server_url` through a fresh recording proxy."""
    if name.startswith("js_") and (reason := node_unavailable()):
        return Outcome(skipped=reason)
    if reason := not_built(server_url, name):
        return Outcome(skipped=reason)
    proxy = RecordingProxy(server_url)
    proxy.start()
    error: str | None = None
    try:
        error = _run_python(name, proxy.url) if name in SCENARIOS else _run_node(name, proxy.url)
        exchanges = proxy.take()
    finally:
        proxy.stop()
    return Outcome(exchanges=normalise(exchanges), error=error)


def _run_python(name: str, url: str) -> str | None:
    async def run() -> None:
        await asyncio.wait_for(SCENARIOS[name].run(url), SCENARIO_TIMEOUT)

    try:
        asyncio.run(run())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _run_node(name: str, url: str) -> str | None:
    env = {**os.environ, "NODE_NO_WARNINGS": "1"}
    try:
        done = subprocess.run(
            ["node", "scenarios.mjs", name, url],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=SCENARIO_TIMEOUT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {SCENARIO_TIMEOUT} s"
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return "node: " + " | ".join(lines[:6])
    return None
