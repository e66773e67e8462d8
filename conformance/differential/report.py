"""The differential report: every difference found, grouped by the allow-list entry that explains it.

Written as Markdown to `.cache/conformance/differential-report.md` (or GRAPHPORT_CONFORMANCE_REPORT)
at the end of the session, and summarised in pytest's terminal output.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from conformance.differential.allowed import ALLOWED, Allowed, explain
from conformance.kit.diff import Difference
from conformance.kit.runner import ALL_SCENARIOS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = ROOT / ".cache" / "conformance" / "differential-report.md"


@dataclass
class Report:
    compared: dict[str, int] = field(default_factory=dict)  # scenario -> differences
    skipped: dict[str, str] = field(default_factory=dict)  # scenario -> why
    explained: dict[int, list[Difference]] = field(default_factory=lambda: defaultdict(list))
    unexplained: list[Difference] = field(default_factory=list)

    def add(self, scenario: str, differences: list[Difference]) -> list[Difference]:
        """Record one scenario's differences; return the unexplained ones."""
        self.compared[scenario] = len(differences)
        unexplained = []
        for difference in differences:
            entry = explain(difference)
            if entry is None:
                unexplained.append(difference)
            else:
                self.explained[ALLOWED.index(entry)].append(difference)
        self.unexplained.extend(unexplained)
        return unexplained

    def skip(self, scenario: str, reason: str) -> None:
        self.skipped[scenario] = reason

    def _count(self, kind: str) -> int:
        return sum(len(found) for i, found in self.explained.items() if ALLOWED[i].kind == kind)

    def summary_lines(self) -> list[str]:
        total = sum(self.compared.values())
        kinds = ", ".join(
            f"{kind} {self._count(kind)}"
            for kind in ("improvement", "extension", "incidental", "gap")
        )
        lines = [
            f"{len(self.compared)} scenarios compared, {len(self.skipped)} skipped; "
            f"{total} differences: {len(self.unexplained)} unexplained; allowed: {kinds}",
        ]
        gaps = [ALLOWED[i] for i in sorted(self.explained) if ALLOWED[i].kind == "gap"]
        lines += [f"  gap: {entry.route} :: {entry.path}" for entry in gaps]
        lines += [f"  UNEXPLAINED {d.describe()}" for d in self.unexplained[:30]]
        if set(self.compared) == set(ALL_SCENARIOS):
            # With every scenario compared, an entry that matched nothing is stale: remove it.
            unused = [e for i, e in enumerate(ALLOWED) if i not in self.explained]
            lines += [f"  unused allow-list entry: {e.route} :: {e.path}" for e in unused]
        return lines

    def write(self) -> Path:
        path = Path(os.environ.get("GRAPHPORT_CONFORMANCE_REPORT", DEFAULT_PATH))
        path.parent.mkdir(parents=True, exist_ok=True)
        out = ["# Differential report: graphport vs langgraph-api (in-memory)", ""]
        out += self.summary_lines()[:1]
        out += ["", "## Scenarios", "", "| scenario | differences |", "|---|---|"]
        out += [f"| {name} | {count} |" for name, count in sorted(self.compared.items())]
        out += [f"| {name} | skipped: {why} |" for name, why in sorted(self.skipped.items())]
        out += ["", "## Unexplained", ""]
        out += [f"- {d.describe()}" for d in self.unexplained] or ["none"]
        out += ["", "## Allowed, by entry of conformance/differential/allowed.py", ""]
        for index, entry in enumerate(ALLOWED):
            found = self.explained.get(index, [])
            out += [_entry_heading(entry, len(found)), "", entry.reason, ""]
            out += [f"- {d.describe()}" for d in found[:5]]
            if len(found) > 5:
                out.append(f"- ... and {len(found) - 5} more")
            out.append("")
        path.write_text("\n".join(out) + "\n")
        return path


def _entry_heading(entry: Allowed, count: int) -> str:
    scope = f" (scenarios: {', '.join(entry.scenarios)})" if entry.scenarios else ""
    return f"### [{entry.kind}] `{entry.route} :: {entry.path}`: {count} matched{scope}"
