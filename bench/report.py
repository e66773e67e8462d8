"""The harness's pure parts: SSE line parsing, loss counting, percentiles, targets, the table.

Nothing here does I/O or reads a clock, so tests/test_bench_report.py checks it directly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class SseEvent:
    event: str
    data: str
    id: str | None = None


@dataclass(slots=True)
class SseParser:
    """Turns raw SSE lines (without their line ending) into events.

    Deliberately not the SDK's decoder: the benchmark sees exactly what goes over the wire.
    Comment lines (`: heartbeat`) are counted, not returned; a blank line ends an event.
    """

    event: str = ""
    data: list[str] = field(default_factory=list)
    id: str | None = None
    comments: int = 0

    def feed(self, line: str) -> SseEvent | None:
        if not line:
            if not self.event and not self.data:
                return None
            done = SseEvent(self.event or "message", "\n".join(self.data), self.id)
            self.event, self.data, self.id = "", [], None
            return done
        if line.startswith(":"):
            self.comments += 1
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            self.event = value
        elif name == "data":
            self.data.append(value)
        elif name == "id":
            self.id = value
        return None


def parse_sse(lines: Iterable[str]) -> list[SseEvent]:
    """Every event of a whole SSE body given as lines."""
    parser = SseParser()
    events = [e for e in map(parser.feed, lines) if e is not None]
    tail = parser.feed("")
    if tail is not None:
        events.append(tail)
    return events


def events_lost(expected_per_stream: int, received: Sequence[int]) -> int:
    """Events that never arrived, summed over streams (a failed stream counts what it missed)."""
    return sum(max(0, expected_per_stream - got) for got in received)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100) by the nearest-rank method; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    if math.isnan(numerator) or math.isnan(denominator):
        return None
    return numerator / denominator


@dataclass(frozen=True, slots=True)
class Metric:
    """One line of the table: a figure each server reports under `key`."""

    key: str
    label: str
    unit: str
    higher_is_better: bool


METRICS: tuple[Metric, ...] = (
    Metric("s1_runs_per_s", "1 sequential waits, one thread", "runs/s", True),
    Metric("s1_p50_ms", "1   latency p50", "ms", False),
    Metric("s1_p99_ms", "1   latency p99", "ms", False),
    Metric("s2_runs_per_s", "2 stateless waits, concurrency 16", "runs/s", True),
    Metric("s2_cpu_ms_per_run", "2   server CPU per run", "ms", False),
    Metric("s3_seconds", "3 one run, 5,000 custom events", "s", False),
    Metric("s4_ttfe_p50_ms", "4 time to first event p50", "ms", False),
    Metric("s4_ttfe_p99_ms", "4   time to first event p99", "ms", False),
    Metric("s4_first_token_p50_ms", "4   time to first token p50", "ms", False),
    Metric("s5_seconds", "5 concurrent SSE streams: completion", "s", False),
    Metric("s5_peak_rss_mb", "5   peak RSS (all server processes)", "MB", False),
    Metric("s5_events_lost", "5   events lost", "events", False),
    Metric("s5_failed_streams", "5   failed streams", "streams", False),
    Metric("s6_runs_per_s", "6 stateless waits, concurrency 16", "runs/s", True),
    Metric("s6_cpu_ms_per_run", "6   server CPU per run", "ms", False),
)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if math.isnan(value):
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def render_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
) -> str:
    """A plain aligned text table (first column left-aligned, the others right-aligned)."""
    widths = [len(c) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        parts = [first.ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(rest, widths[1:], strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule, *(line(r) for r in rows)])


def comparison_table(
    servers: Mapping[str, Mapping[str, Any]],
    reference: str,
    floor: Mapping[str, Any] | None = None,
) -> str:
    """Every metric any server reported, a column per server, and each server's ratio to the
    reference (for "higher is better" figures: server / reference; otherwise reference / server,
    so a ratio above 1 always means graphport is better)."""
    names = list(servers)
    base = servers.get(reference, {})
    # A ratio column only for servers that ran a scenario the reference ran too.
    others = [
        n
        for n in names
        if n != reference
        and any(servers[n].get(m.key) is not None and m.key in base for m in METRICS)
    ]
    columns = ["scenario", "unit", *names]
    if reference in servers:
        columns += [f"{n} vs ref" for n in others]
    rows: list[list[str]] = []
    for metric in METRICS:
        values = [servers[n].get(metric.key) for n in names]
        if all(v is None for v in values):
            continue
        row = [metric.label, metric.unit, *(_fmt(v) for v in values)]
        if reference in servers:
            base = servers[reference].get(metric.key)
            for name in others:
                value = servers[name].get(metric.key)
                better = ratio(value, base) if metric.higher_is_better else ratio(base, value)
                row.append(_fmt_ratio(better))
        rows.append(row)
    if floor and floor.get("seconds") is not None:
        floor_row = ["3   in-process floor (graph.astream)", "s", *(["-"] * len(names))]
        if reference in servers:
            floor_row += ["-"] * len(others)
        floor_row[2] = _fmt(floor["seconds"])
        rows.append(floor_row)
    return render_table(columns, rows)


@dataclass(frozen=True, slots=True)
class Check:
    target: str
    measured: str
    met: bool | None  # None: could not be measured in this run


def _num(mapping: Mapping[str, Any], key: str) -> float | None:
    value = mapping.get(key)
    return None if value is None else float(value)


def check_targets(
    servers: Mapping[str, Mapping[str, Any]],
    subject: str,
    reference: str,
    floor: Mapping[str, Any] | None,
    scaling: Mapping[str, Any] | None,
) -> list[Check]:
    """The issue's targets for one graphport server (`subject`), from one run's figures."""
    ours = servers.get(subject, {})
    ref = servers.get(reference, {})
    checks: list[Check] = []

    def add(target: str, value: float | None, ok: bool | None, shown: str) -> None:
        checks.append(Check(target, shown if value is not None else "not measured", ok))

    floor_s = _num(floor or {}, "seconds")
    r = ratio(_num(ours, "s3_seconds"), floor_s)
    add(
        "5,000-event stream <= 2x the in-process floor",
        r,
        None if r is None else r <= 2,
        f"{_fmt_ratio(r)} the floor",
    )
    r = ratio(_num(ours, "s1_runs_per_s"), _num(ref, "s1_runs_per_s"))
    add("sequential waits >= 50x the reference", r, None if r is None else r >= 50, _fmt_ratio(r))
    r = ratio(_num(ours, "s2_runs_per_s"), _num(ref, "s2_runs_per_s"))
    add(
        "concurrent stateless waits >= 4x the reference",
        r,
        None if r is None else r >= 4,
        _fmt_ratio(r),
    )
    r = ratio(_num(ours, "s4_ttfe_p50_ms"), _num(ref, "s4_ttfe_p50_ms"))
    add(
        "time to first event p50 <= 0.5x the reference",
        r,
        None if r is None else r <= 0.5,
        _fmt_ratio(r),
    )
    lost, rss = _num(ours, "s5_events_lost"), _num(ours, "s5_peak_rss_mb")
    ok5 = None if lost is None or rss is None else lost == 0 and rss < 400
    streams = int(_num(ours, "s5_streams") or 500)
    add(
        f"{streams} streams: 0 lost, peak RSS < 400 MB",
        lost,
        ok5,
        f"{_fmt(lost and int(lost))} lost, {_fmt(rss)} MB",
    )
    r = _num(scaling or {}, "ratio")
    reason = (scaling or {}).get("skipped")
    if reason:
        checks.append(
            Check("2 workers >= 1.3x 1 worker (Postgres + Redis)", f"skipped: {reason}", None)
        )
    else:
        add(
            "2 workers >= 1.3x 1 worker (Postgres + Redis)",
            r,
            None if r is None else r >= 1.3,
            _fmt_ratio(r),
        )
    return checks


def targets_table(subject: str, checks: Sequence[Check]) -> str:
    mark = {True: "met", False: "NOT met", None: "-"}
    rows = [[c.target, _shorten(c.measured, 48), mark[c.met]] for c in checks]
    return render_table([f"target ({subject})", "measured", "result"], rows)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
