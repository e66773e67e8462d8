"""Differences between two normalised exchange lists, each located so a rule can name it.

A difference is located by the request it belongs to, written as a route
(`POST /threads/{thread}/runs/stream`, identifiers replaced by their kind), and a path inside the
exchange (`response.events[2].data.messages[0].id`). `response.events` and lists whose lengths
differ are reported once for the length and then element by element over the common part.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

LABEL = re.compile(r"<([a-z_]+):\d+>")
MISSING = "<absent>"


@dataclass(frozen=True)
class Difference:
    scenario: str
    exchange: int  # index in the exchange list, -1 for the list itself
    route: str
    path: str
    ours: Any
    reference: Any

    @property
    def location(self) -> str:
        return f"{self.route} :: {self.path}"

    def describe(self) -> str:
        def short(value: Any) -> str:
            text = value if value == MISSING else json.dumps(value, sort_keys=True)
            return text if len(text) <= 160 else text[:157] + "..."

        return (
            f"{self.scenario} #{self.exchange} {self.location}: "
            f"graphport {short(self.ours)} | reference {short(self.reference)}"
        )


def route(exchange: dict[str, Any]) -> str:
    request = exchange["request"]
    path = LABEL.sub(lambda m: "{" + m.group(1) + "}", request["path"])
    return f"{request['method']} {path}"


def alignment_key(exchange: dict[str, Any]) -> str:
    """What pairs two exchanges: the route and how the client asked (`accept` tells an SDK's
    own follow-up status check from the flow's `runs.get`)."""
    accept = exchange["request"]["headers"].get("accept", "")
    return f"{route(exchange)} [{accept}]"


def compare(scenario: str, ours: dict[str, Any], reference: dict[str, Any]) -> list[Difference]:
    """Every difference between two cassettes of one scenario.

    Exchanges are paired by `alignment_key` (longest common subsequence), so one extra request
    on either side is one difference (`(exchange)`), not a shift of everything after it.
    """
    found: list[Difference] = []
    if ours.get("error") != reference.get("error"):
        found.append(
            Difference(scenario, -1, "scenario", "error", ours.get("error"), reference.get("error"))
        )
    a, b = _align(ours["exchanges"], reference["exchanges"])
    for index, (x, y) in enumerate(zip(a, b, strict=True)):
        if x is None or y is None:
            present = x if x is not None else y
            assert present is not None
            found.append(
                Difference(
                    scenario,
                    index,
                    route(present),
                    "(exchange)",
                    MISSING if x is None else "sent",
                    MISSING if y is None else "sent",
                )
            )
            continue
        _walk(found, scenario, index, route(x), "", x, y)
    return found


def _align(
    a: list[dict[str, Any]], b: list[dict[str, Any]]
) -> tuple[list[dict[str, Any] | None], list[dict[str, Any] | None]]:
    """Pair exchanges by alignment key (longest common subsequence), gaps as None."""
    ra, rb = [alignment_key(x) for x in a], [alignment_key(x) for x in b]
    n, m = len(ra), len(rb)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if ra[i] == rb[j] else max(table[i + 1][j], table[i][j + 1])
            )
    out_a: list[dict[str, Any] | None] = []
    out_b: list[dict[str, Any] | None] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and ra[i] == rb[j]:
            out_a.append(a[i])
            out_b.append(b[j])
            i, j = i + 1, j + 1
        elif j < m and (i == n or table[i][j + 1] >= table[i + 1][j]):
            out_a.append(None)
            out_b.append(b[j])
            j += 1
        else:
            out_a.append(a[i])
            out_b.append(None)
            i += 1
    return out_a, out_b


def _walk(
    found: list[Difference], scenario: str, index: int, where: str, path: str, x: Any, y: Any
) -> None:
    if isinstance(x, dict) and isinstance(y, dict):
        for key in sorted(set(x) | set(y), key=str):
            sub = f"{path}.{key}" if path else str(key)
            if key not in x:
                found.append(Difference(scenario, index, where, sub, MISSING, y[key]))
            elif key not in y:
                found.append(Difference(scenario, index, where, sub, x[key], MISSING))
            else:
                _walk(found, scenario, index, where, sub, x[key], y[key])
        return
    if isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y):
            found.append(Difference(scenario, index, where, f"{path}.length", len(x), len(y)))
        for position, (p, q) in enumerate(zip(x, y, strict=False)):
            _walk(found, scenario, index, where, f"{path}[{position}]", p, q)
        return
    if x != y:
        found.append(Difference(scenario, index, where, path, x, y))
