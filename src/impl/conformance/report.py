"""The conformance report in three forms: a terminal table, JUnit XML (for CI), one HTML page.

Each row is one scenario or one schemathesis operation: pass, fail, skipped (with why: the
capability is absent, Node is missing, the operation is not declared), or allowed (it differed,
and each difference is in the reviewed allow-list). A failure carries the normalised
expected-vs-actual values of each unexplained difference, so the report alone says what to fix.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET


@dataclass
class Row:
    suite: str  # "sdk" | "schema"
    name: str
    profile: str
    status: str  # "pass" | "fail" | "skipped"
    detail: str = ""
    differences: list[tuple[str, Any, Any]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Report:
    target: str
    profiles: dict[str, str | None]  # profile -> why absent (None: present)
    rows: list[Row] = field(default_factory=list)
    allow_sources: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[Row]:
        return [row for row in self.rows if row.status == "fail"]

    def counts(self) -> Counter[str]:
        return Counter(row.status for row in self.rows)

    def summary(self) -> str:
        counts = self.counts()
        return (
            f"{len(self.rows)} checks against {self.target}: {counts['pass']} passed, "
            f"{counts['fail']} failed, {counts['skipped']} skipped"
        )

    # -- terminal --------------------------------------------------------------------------
    def table(self) -> str:
        width = max([len(row.name) for row in self.rows] + [10])
        lines = [f"{'suite':6}  {'profile':11}  {'check':{width}}  {'result':7}  detail"]
        lines.append("-" * (width + 40))
        for row in sorted(self.rows, key=lambda r: (r.suite, r.profile, r.name)):
            detail = row.detail.splitlines()[0][:100] if row.detail else ""
            lines.append(
                f"{row.suite:6}  {row.profile:11}  {row.name:{width}}  {row.status:7}  {detail}"
            )
        lines.append("")
        for profile, absent in self.profiles.items():
            lines.append(
                f"profile {profile}: {'absent (' + absent + ')' if absent else 'measured'}"
            )
        for row in self.failed:
            lines.append(f"\nFAIL {row.suite} {row.name}: {row.detail.splitlines()[0][:300]}")
            for location, expected, actual in row.differences[:20]:
                lines.append(
                    f"  {location}\n    expected {_short(expected)}\n    actual   {_short(actual)}"
                )
        lines.append("")
        lines.append(self.summary())
        return "\n".join(lines)

    # -- JUnit -----------------------------------------------------------------------------
    def junit(self) -> str:
        counts = self.counts()
        suites = ET.Element("testsuites", name=f"graphport conform {self.target}")
        by_suite: dict[str, ET.Element] = {}
        for row in self.rows:
            suite = by_suite.get(row.suite)
            if suite is None:
                suite = by_suite[row.suite] = ET.SubElement(suites, "testsuite", name=row.suite)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"conform.{row.suite}.{row.profile}",
                name=row.name,
                time=f"{row.seconds:.3f}",
            )
            if row.status == "fail":
                failure = ET.SubElement(case, "failure", message=row.detail.splitlines()[0][:500])
                failure.text = (
                    row.detail
                    + "\n"
                    + "\n".join(
                        f"{loc}\n  expected {_short(e, 2000)}\n  actual   {_short(a, 2000)}"
                        for loc, e, a in row.differences
                    )
                )
            elif row.status == "skipped":
                ET.SubElement(case, "skipped", message=row.detail[:500])
        for name, suite in by_suite.items():
            rows = [row for row in self.rows if row.suite == name]
            suite.set("tests", str(len(rows)))
            suite.set("failures", str(sum(row.status == "fail" for row in rows)))
            suite.set("skipped", str(sum(row.status == "skipped" for row in rows)))
            suite.set("errors", "0")
        suites.set("tests", str(len(self.rows)))
        suites.set("failures", str(counts["fail"]))
        ET.indent(suites)
        return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, "unicode") + "\n"

    # -- HTML ------------------------------------------------------------------------------
    def html(self) -> str:
        esc = html.escape
        counts = self.counts()
        out = [
            "<!doctype html><html lang=en><head><meta charset=utf-8>",
            f"<title>graphport conform: {esc(self.target)}</title><style>{_CSS}</style></head><body>",
            "<h1>LangGraph protocol conformance</h1>",
            f"<p>Target <code>{esc(self.target)}</code>. {esc(self.summary())}.</p>",
            f"<p class=totals><span class=pass>{counts['pass']} pass</span> "
            f"<span class=fail>{counts['fail']} fail</span> "
            f"<span class=skipped>{counts['skipped']} skipped</span></p>",
            "<h2>Profiles</h2><table><tr><th>profile</th><th>state</th><th>pass</th>"
            "<th>fail</th><th>skipped</th></tr>",
        ]
        for profile, absent in self.profiles.items():
            rows = Counter(row.status for row in self.rows if row.profile == profile)
            state = f"absent: {esc(absent)}" if absent else "measured"
            out.append(
                f"<tr><td>{esc(profile)}</td><td>{state}</td><td>{rows['pass']}</td>"
                f"<td>{rows['fail']}</td><td>{rows['skipped']}</td></tr>"
            )
        out.append("</table>")
        if self.allow_sources:
            sources = ", ".join(f"<code>{esc(s)}</code>" for s in self.allow_sources)
            out.append(f"<p>Accepted differences from: {sources}.</p>")
        for suite, title in (("sdk", "SDK scenarios"), ("schema", "schemathesis, per operation")):
            out.append(
                f"<h2>{title}</h2><table><tr><th>profile</th><th>check</th>"
                "<th>result</th><th>detail</th></tr>"
            )
            for row in sorted(
                (r for r in self.rows if r.suite == suite), key=lambda r: (r.profile, r.name)
            ):
                detail = esc(row.detail)
                if row.differences:
                    detail += "<table class=diff><tr><th>where</th><th>expected</th>"
                    detail += "<th>actual</th></tr>"
                    for location, expected, actual in row.differences:
                        detail += (
                            f"<tr><td><code>{esc(location)}</code></td>"
                            f"<td><pre>{esc(_short(expected, 4000))}</pre></td>"
                            f"<td><pre>{esc(_short(actual, 4000))}</pre></td></tr>"
                        )
                    detail += "</table>"
                elif row.status == "fail":
                    detail = f"<pre>{detail}</pre>"
                out.append(
                    f"<tr class={row.status}><td>{esc(row.profile)}</td><td>{esc(row.name)}</td>"
                    f"<td>{row.status}</td><td>{detail}</td></tr>"
                )
            out.append("</table>")
        out.append("</body></html>\n")
        return "\n".join(out)

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in (
            ("conformance.txt", self.table()),
            ("junit.xml", self.junit()),
            ("report.html", self.html()),
        ):
            path = folder / name
            path.write_text(text if text.endswith("\n") else text + "\n")
            written.append(path)
        return written


def _short(value: Any, limit: int = 200) -> str:
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
tr.pass td:nth-child(3),.pass{color:#176f2c}
tr.fail td:nth-child(3),.fail{color:#b00020;font-weight:bold}
tr.skipped td:nth-child(3),.skipped{color:#777}
.totals span{margin-right:1em;font-weight:bold}
pre{margin:0;white-space:pre-wrap;max-width:50em}
table.diff{margin:.3em 0}
"""
