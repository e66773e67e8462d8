"""What a wheel ships: every package, and the spec the server serves."""

from __future__ import annotations

import tomllib

from graphport.impl.spec import load_spec, spec_text
from helpers import ROOT


def test_every_package_directory_is_listed_in_pyproject() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    on_disk = {
        ".".join(["graphport", *init.parent.relative_to(ROOT / "src").parts])
        for init in (ROOT / "src").rglob("__init__.py")
    }
    assert on_disk == set(setuptools["packages"])
    assert "generated/openapi.yaml" in setuptools["package-data"]["graphport"]


def test_the_spec_is_loaded_from_the_package() -> None:
    assert spec_text() == (ROOT / "src" / "generated" / "openapi.yaml").read_text()
    assert load_spec()["openapi"].startswith("3.1")
