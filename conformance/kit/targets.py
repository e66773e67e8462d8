"""Servers, scenario outcomes and the report, shared by the SDK replay and differential suites.

The fixtures are imported by both suites' conftest.py (so neither affects the other suites under
conformance/); the objects behind them are module-level, so one session shares them.

Each scenario runs once per server per session (the replay suite and the differential suite
read the same graphport outcome). graphport is started from its CLI, unless
`GRAPHPORT_CONFORMANCE_URL` names a running server; the reference is started from the
virtualenv `make ref-venv` prepares (or GRAPHPORT_REF_VENV), and its tests skip without one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conformance.differential.report import Report
from conformance.kit import servers
from conformance.kit.runner import Outcome, run_scenario


class Target:
    """A server, started on first use, and the outcome of each scenario run against it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.url: str | None = None
        self.unavailable: str | None = None
        self.outcomes: dict[str, Outcome] = {}
        self._process: servers.ServerProcess | None = None
        self._workdir: Path | None = None

    def _start(self) -> None:
        if self.url or self.unavailable:
            return
        if self.name == "graphport" and (url := os.environ.get("GRAPHPORT_CONFORMANCE_URL")):
            self.url = url.rstrip("/")
            return
        if self.name == "reference" and servers.reference_venv() is None:
            self.unavailable = (
                "no reference virtualenv (run `make ref-venv`, or set GRAPHPORT_REF_VENV)"
            )
            return
        self._workdir = servers.scratch_dir(self.name)
        if self.name == "graphport":
            self._process = servers.graphport_server(self._workdir)
        else:
            self._process = servers.reference_server(self._workdir)
        self._process.start()
        self.url = self._process.url

    def outcome(self, scenario: str) -> Outcome:
        self._start()
        if self.unavailable:
            pytest.skip(self.unavailable)
        if scenario not in self.outcomes:
            assert self.url is not None
            self.outcomes[scenario] = run_scenario(scenario, self.url)
        return self.outcomes[scenario]

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)


_TARGETS: dict[str, Target] = {}
REPORT = Report()


@pytest.fixture(scope="session")
def graphport() -> Iterator[Target]:
    target = _TARGETS.setdefault("graphport", Target("graphport"))
    yield target
    target.stop()


@pytest.fixture(scope="session")
def reference() -> Iterator[Target]:
    target = _TARGETS.setdefault("reference", Target("reference"))
    yield target
    target.stop()


@pytest.fixture(scope="session")
def report() -> Report:
    return REPORT


def summarise(terminalreporter: pytest.TerminalReporter) -> None:
    """Write the differential report and print its summary (a pytest_terminal_summary hook)."""
    if not REPORT.compared and not REPORT.skipped:
        return
    path = REPORT.write()
    terminalreporter.section("differential: graphport vs the reference")
    for line in REPORT.summary_lines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"full report: {path}")
