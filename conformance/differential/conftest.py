"""The differential suite's fixtures and its report in pytest's terminal summary."""

import pytest

from conformance.kit.targets import graphport, reference, report, summarise

__all__ = ["graphport", "reference", "report"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summarise(terminalreporter)
