"""The spec lint (redocly.yaml, run by `make lint-spec`) reports a breach of each of its rules.

The lint's binary is installed by `make lint-spec` (tools/package.json); without it these tests
are skipped, naming the command to run.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from typing import Any

import pytest

from helpers import ROOT

REDOCLY = ROOT / "tools" / "node_modules" / ".bin" / "redocly"

pytestmark = pytest.mark.skipif(
    not REDOCLY.exists(), reason="the spec lint is not installed: run `make lint-spec` first"
)


def lint(path: str) -> dict[str, Any]:
    result = subprocess.run(
        [str(REDOCLY), "lint", path, "--format=json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        timeout=120,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.fixture(scope="module")
def violations() -> Counter[tuple[str, str]]:
    report = lint("tests/fixtures/lint/violations.yaml")
    return Counter(
        (problem["ruleId"], problem["location"][0]["pointer"]) for problem in report["problems"]
    )


@pytest.mark.parametrize(
    ("rule", "pointer"),
    [
        ("operation-operationId", "#/paths/~1things~1{thing_id}/patch/operationId"),
        ("operation-operationId-unique", "#/paths/~1things~1{thing_id}/delete/get_thing"),
        ("rule/operation-id-snake-case", "#/paths/~1things/post/operationId"),
        ("operation-tag-defined", "#/paths/~1things~1{thing_id}/delete/tags/0"),
        ("operation-singular-tag", "#/paths/~1things~1{thing_id}/get/tags"),
        ("operation-summary", "#/paths/~1things~1{thing_id}/get/summary"),
        ("operation-4xx-response", "#/paths/~1things~1{thing_id}/patch/responses"),
        (
            "graphport/no-inline-object-schema",
            "#/paths/~1things/post/responses/200/content/application~1json/schema/properties",
        ),
        (
            "graphport/no-repeated-inline-enum",
            "#/components/schemas/ThingCreate/properties/color/enum",
        ),
        (
            "graphport/no-repeated-inline-enum",
            "#/components/schemas/ThingCreate/properties/trim/enum",
        ),
        (
            "no-invalid-media-type-examples",
            "#/paths/~1things/post/requestBody/content/application~1json/examples/wrong/value/name",
        ),
        (
            "no-invalid-media-type-examples",
            "#/paths/~1things/post/requestBody/content/application~1json/examples/wrong/value/colour",
        ),
        (
            "no-invalid-schema-examples",
            "#/components/schemas/ThingCreate/properties/name/examples/0",
        ),
        ("no-invalid-parameter-examples", "#/paths/~1things~1{thing_id}/parameters/0/example"),
    ],
)
def test_the_lint_reports_each_breach(
    violations: Counter[tuple[str, str]], rule: str, pointer: str
) -> None:
    assert violations[(rule, pointer)] == 1, sorted(violations)


def test_the_lint_reports_nothing_else(violations: Counter[tuple[str, str]]) -> None:
    assert sum(violations.values()) == 14
