"""The breaking-change gate (codegen/compat.py) on hand-made spec pairs.

Every file under tests/fixtures/compat/breaking/ and additive/ is a copy of base.yaml with one
change; its first line names the rules the gate must report (`# expect: rule ...`): the breaking
ones for breaking/, all of them for additive/ (where nothing may be breaking).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from helpers import FIXTURES, ROOT, load_module, load_yaml, write_spec

COMPAT = FIXTURES / "compat"
BASE = COMPAT / "base.yaml"
BREAKING = sorted((COMPAT / "breaking").glob("*.yaml"))
ADDITIVE = sorted((COMPAT / "additive").glob("*.yaml"))


@pytest.fixture(scope="module")
def compat() -> ModuleType:
    return load_module("compat", ROOT / "codegen" / "compat.py")


def expected_rules(path: Path) -> set[str]:
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name}: first line must be `# expect: ...`"
    words = first.removeprefix("# expect: ").split()
    return set() if words == ["(nothing)"] else set(words)


def changes(compat: ModuleType, old: Path, new: Path) -> list[Any]:
    result: list[Any] = compat.compare(compat.load(old), compat.load(new))
    return result


@pytest.mark.parametrize("variant", BREAKING, ids=lambda path: path.stem)
def test_each_breaking_change_is_caught(compat: ModuleType, variant: Path) -> None:
    found = changes(compat, BASE, variant)
    assert {change.rule for change in found if change.breaking} == expected_rules(variant)


@pytest.mark.parametrize("variant", ADDITIVE, ids=lambda path: path.stem)
def test_each_additive_change_is_allowed_and_listed(compat: ModuleType, variant: Path) -> None:
    found = changes(compat, BASE, variant)
    assert [change for change in found if change.breaking] == []
    assert {change.rule for change in found} == expected_rules(variant)


def test_the_fixtures_cover_every_rule_of_the_gate(compat: ModuleType) -> None:
    covered = set().union(*(expected_rules(path) for path in [*BREAKING, *ADDITIVE]))
    assert set(compat.RULES) - covered == set()


def test_a_spec_compared_with_itself_has_no_change(
    compat: ModuleType, spec: dict[str, Any]
) -> None:
    assert compat.compare(spec, spec) == []


def test_the_breaking_rules_hold_in_both_directions_of_a_shared_schema(
    compat: ModuleType,
) -> None:
    found = changes(compat, BASE, COMPAT / "breaking" / "shared_enum_value_added.yaml")
    assert {(change.breaking, change.message) for change in found} == {
        (True, "may now answer 'blue'"),
        (False, "now also accepts 'blue'"),
    }


# ------------------------------------------------------------------------- the command


def run(compat: ModuleType, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = compat.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_diff_prints_a_changelog_and_fails_on_a_breaking_change(
    compat: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    variant = COMPAT / "breaking" / "operation_removed.yaml"
    code, out = run(compat, capsys, "diff", str(BASE), str(variant))
    assert code == 1
    assert "Breaking changes (1):" in out
    assert "! [operation-removed] DELETE /widgets/{widget_id} (delete_widget)" in out
    assert "bump info.version to 2.0.0" in out


def test_a_major_version_bump_allows_breaking_changes(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bumped = load_yaml(COMPAT / "breaking" / "operation_removed.yaml")
    bumped["info"]["version"] = "2.0.0"
    code, out = run(compat, capsys, "diff", str(BASE), str(write_spec(bumped, tmp_path / "b.yaml")))
    assert code == 0
    assert "allowed by the major version bump 1.2.0 -> 2.0.0" in out


@pytest.mark.parametrize("version", ["1.2.0", "1.3.0", "1.2.1"])
def test_a_minor_or_patch_bump_does_not_allow_breaking_changes(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path, version: str
) -> None:
    variant = load_yaml(COMPAT / "breaking" / "operation_removed.yaml")
    variant["info"]["version"] = version
    code, _ = run(compat, capsys, "diff", str(BASE), str(write_spec(variant, tmp_path / "v.yaml")))
    assert code == 1


def test_additive_changes_pass_and_are_listed(
    compat: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(
        compat, capsys, "diff", str(BASE), str(COMPAT / "additive" / "operation_added.yaml")
    )
    assert code == 0
    assert "- [operation-added] GET /widgets/count (count_widgets): new operation" in out
    assert "OK: no breaking change." in out


@pytest.fixture
def released(tmp_path: Path) -> Path:
    """A released/ folder holding base.yaml as 1.2.0."""
    folder = tmp_path / "released"
    folder.mkdir()
    shutil.copy(BASE, folder / "1.2.0.yaml")
    return folder


def test_check_compares_with_the_highest_released_version(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], released: Path
) -> None:
    old = load_yaml(BASE)
    del old["paths"]["/widgets/search"]
    old["info"]["version"] = "1.10.0"  # numerically, not alphabetically, the newest
    write_spec(old, released / "1.10.0.yaml")
    (released / "notes.yaml").write_text("not a version\n")
    code, out = run(compat, capsys, "check", "--spec", str(BASE), "--released", str(released))
    assert code == 0, out
    assert "1.10.0.yaml (1.10.0)" in out
    assert "- [operation-added] POST /widgets/search" in out


def test_check_without_a_release_passes_and_says_so(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = run(compat, capsys, "check", "--spec", str(BASE), "--released", str(tmp_path))
    assert code == 0
    assert "No released contract" in out


def test_release_snapshots_the_spec_byte_for_byte_once(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    released = tmp_path / "released"
    code, _ = run(compat, capsys, "release", "--spec", str(BASE), "--released", str(released))
    assert code == 0
    assert (released / "1.2.0.yaml").read_bytes() == BASE.read_bytes()
    assert run(compat, capsys, "release", "--spec", str(BASE), "--released", str(released))[0] == 0
    changed = tmp_path / "changed.yaml"
    changed.write_text(BASE.read_text() + "# edited\n")
    code, out = run(compat, capsys, "release", "--spec", str(changed), "--released", str(released))
    assert code == 1
    assert "never rewritten" in out


def test_release_refuses_a_breaking_change_without_a_major_bump(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path, released: Path
) -> None:
    variant = load_yaml(COMPAT / "breaking" / "operation_removed.yaml")
    variant["info"]["version"] = "1.3.0"
    spec = write_spec(variant, tmp_path / "spec.yaml")
    code, out = run(compat, capsys, "release", "--spec", str(spec), "--released", str(released))
    assert code == 1
    assert "FAIL: 1 breaking change(s)" in out
    assert not (released / "1.3.0.yaml").exists()


def test_an_unreadable_document_is_a_clear_error(
    compat: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    document = {
        "openapi": "3.1.0",
        "info": {"version": "1.2.0"},
        "paths": {"/x": {"$ref": "#/nope"}},
    }
    broken.write_text(yaml.safe_dump(document))
    code, out = run(compat, capsys, "diff", str(BASE), str(broken))
    assert code == 2
    assert "cannot resolve $ref '#/nope'" in out


def test_the_first_released_contract_is_0_1_0(compat: ModuleType) -> None:
    released = compat.load(ROOT / "spec" / "released" / "0.1.0.yaml")
    assert released["info"]["version"] == "0.1.0"
