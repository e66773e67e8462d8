"""Data flows one way: spec -> generated -> impl. Only contract.py may be imported backwards."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from helpers import ROOT

GENERATED = sorted((ROOT / "src" / "generated").glob("*.py"))
# typing_extensions is pydantic's own dependency (datamodel-codegen's TypeAliasType on 3.11).
ALLOWED_THIRD_PARTY = {"pydantic", "fastapi", "starlette", "typing_extensions"}
ALLOWED_FIRST_PARTY = {"graphport.generated", "graphport.impl.contract"}


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("path", GENERATED, ids=lambda path: path.name)
def test_generated_code_imports_only_the_stdlib_frameworks_and_the_contract(path: Path) -> None:
    for module in imported_modules(path):
        root = module.split(".")[0]
        if root == "graphport":
            assert module in ALLOWED_FIRST_PARTY, f"{path.name} imports {module}"
        else:
            assert root in sys.stdlib_module_names | ALLOWED_THIRD_PARTY, (
                f"{path.name} imports {module}"
            )


def test_contract_is_a_leaf() -> None:
    modules = imported_modules(ROOT / "src" / "impl" / "contract.py")
    assert not {module for module in modules if module.startswith("graphport")}
