"""SDK replay: each scenario's normalised exchange must equal its committed cassette.

A cassette is the protocol as the official clients see it for one user flow. When a change to
graphport changes one, the test fails with the differences; if the change is intended, record
again (`make conformance-record`) and commit the cassette: that diff is the reviewed protocol
change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conformance.kit.diff import compare
from conformance.kit.runner import ALL_SCENARIOS
from conformance.kit.targets import Target

CASSETTES = Path(__file__).parent / "cassettes"
RECORD = os.environ.get("GRAPHPORT_CONFORMANCE_RECORD") == "1"


def cassette_path(scenario: str) -> Path:
    return CASSETTES / f"{scenario}.json"


@pytest.mark.parametrize("scenario", ALL_SCENARIOS)
def test_replay_matches_cassette(scenario: str, graphport: Target) -> None:
    outcome = graphport.outcome(scenario)
    if outcome.skipped:
        pytest.skip(outcome.skipped)
    assert outcome.error is None, f"the {scenario} flow failed on graphport: {outcome.error}"
    recorded = outcome.as_cassette(scenario)
    path = cassette_path(scenario)
    if RECORD:
        path.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
        return
    assert path.exists(), f"no cassette for {scenario}: run `make conformance-record`"
    committed = json.loads(path.read_text())
    differences = compare(scenario, recorded, committed)
    assert not differences, "the exchange changed (graphport | cassette):\n" + "\n".join(
        d.describe() for d in differences
    )


def test_every_cassette_has_a_scenario() -> None:
    """A renamed or removed scenario must take its cassette with it."""
    orphans = sorted(p.stem for p in CASSETTES.glob("*.json") if p.stem not in ALL_SCENARIOS)
    assert not orphans, f"cassettes without a scenario: {orphans}"


def test_enough_scenarios_across_both_clients() -> None:
    python = [s for s in ALL_SCENARIOS if s.startswith("py_")]
    node = [s for s in ALL_SCENARIOS if s.startswith("js_")]
    assert len(ALL_SCENARIOS) >= 15
    assert len(node) >= 3
    assert len(python) >= 10
