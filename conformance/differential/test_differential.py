"""Differential: every scenario against the reference and graphport; every difference explained.

The same flow, driven by the same client, is recorded against `langgraph dev` (langgraph-api
in-memory) and against graphport; the normalised exchanges are compared field by field. A
difference must be matched by an entry of `allowed.py` (which says why it is acceptable);
anything else fails. The report lists them all (see conftest's terminal summary).
"""

from __future__ import annotations

import pytest

from conformance.differential.report import Report
from conformance.kit.diff import compare
from conformance.kit.runner import ALL_SCENARIOS
from conformance.kit.targets import Target


@pytest.mark.parametrize("scenario", ALL_SCENARIOS)
def test_graphport_matches_the_reference(
    scenario: str, graphport: Target, reference: Target, report: Report
) -> None:
    theirs = reference.outcome(scenario)
    ours = graphport.outcome(scenario)
    for side, outcome in (("graphport", ours), ("reference", theirs)):
        if outcome.skipped:
            report.skip(scenario, f"{side}: {outcome.skipped}")
            pytest.skip(f"{side}: {outcome.skipped}")
    unexplained = report.add(
        scenario, compare(scenario, ours.as_cassette(scenario), theirs.as_cassette(scenario))
    )
    assert not unexplained, "differences no entry of allowed.py explains:\n" + "\n".join(
        d.describe() for d in unexplained
    )
