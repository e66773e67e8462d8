"""`graphport conform`'s inputs, without a server: manifest, allow-lists, graph renaming, CLI errors.

The runs against live servers are in conformance/test_conform_kit.py (`make conformance`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphport.impl.cli import cli
from graphport.impl.conformance.conform import AllowListError, load_allow, load_manifest
from graphport.impl.conformance.profiles import PROFILES, profile_of
from graphport.impl.conformance.scenarios import _rename, _rename_path, kit_module

ROOT = Path(__file__).resolve().parents[1]


def test_manifest_maps_only_renamed_graphs(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"graphs": {"echo": "my_echo", "chat": "chat"}}))
    assert load_manifest(path) == {"echo": "my_echo"}
    path.write_text(json.dumps({"echo": 3}))
    with pytest.raises(ValueError, match="graph name -> graph name"):
        load_manifest(path)


def test_graph_names_are_renamed_in_paths_and_json_strings_only() -> None:
    mapping = {"echo": "my_echo"}
    assert _rename_path("/assistants/echo/graph", mapping) == "/assistants/my_echo/graph"
    assert _rename_path("/assistants/echoes", mapping) == "/assistants/echoes"
    body = b'{"assistant_id": "echo", "input": {"text": "echo me"}}'
    assert _rename(body, mapping) == b'{"assistant_id": "my_echo", "input": {"text": "echo me"}}'


def test_allow_list_json_entries_need_a_reason_and_match_by_glob(tmp_path: Path) -> None:
    path = tmp_path / "accepted.json"
    path.write_text(json.dumps([{"route": "schema", "path": "create_thread"}]))
    with pytest.raises(AllowListError, match="no reason"):
        load_allow([path])
    path.write_text(
        json.dumps([{"route": "GET /threads/*", "path": "response.headers.{a,b}", "reason": "why"}])
    )
    matchers = load_allow([path])
    difference = kit_module("kit.diff").Difference
    listed = difference("s", 0, "GET /threads/{thread}", "response.headers.b", 1, 2)
    other_route = difference("s", 0, "POST /threads", "response.headers.a", 1, 2)
    assert any(match(listed) for match in matchers)
    assert not any(match(other_route) for match in matchers)


def test_the_reference_allow_lists_load() -> None:
    matchers = load_allow(
        [
            ROOT / "conformance" / "differential" / "allowed.py",
            ROOT / "conformance" / "kit_reference_allowed.json",
        ]
    )
    assert len(matchers) >= 4


def test_every_scenario_belongs_to_one_profile() -> None:
    scenarios = kit_module("kit.runner").ALL_SCENARIOS
    listed = [name for profile in PROFILES.values() for name in profile.scenarios]
    assert len(listed) == len(set(listed))
    assert set(scenarios) <= set(listed), sorted(set(scenarios) - set(listed))
    assert profile_of("py_crons_lifecycle") == "crons"


def test_conform_refuses_bad_input_with_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["conform", "--url", "http://127.0.0.1:9", "--allow", str(tmp_path / "none.json")]
    )
    assert result.exit_code == 2
    assert "does not exist" in result.output
    result = CliRunner().invoke(
        cli, ["conform", "--url", "http://127.0.0.1:9", "--profile", "nonsense"]
    )
    assert result.exit_code == 2
    assert "unknown profiles" in result.output
