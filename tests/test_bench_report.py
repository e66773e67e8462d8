"""The benchmark harness's pure parts: raw SSE parsing, loss counting, ratios and targets.

No timing here: these check the arithmetic and parsing the bench table is built from.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import (
    SseParser,
    check_targets,
    comparison_table,
    events_lost,
    parse_sse,
    percentile,
    ratio,
)


def test_parse_sse_reads_reference_framing_and_skips_heartbeats() -> None:
    # aiter_lines() strips the CRLF the servers write; blank lines end events.
    lines = [
        "event: metadata",
        'data: {"run_id":"r1","attempt":1}',
        "",
        ": heartbeat",
        "",
        "event: custom",
        'data: {"i":0}',
        "id: 7",
        "",
        "event: custom",
        'data: {"i":1}',
    ]
    events = parse_sse(lines)
    assert [(e.event, e.data, e.id) for e in events] == [
        ("metadata", '{"run_id":"r1","attempt":1}', None),
        ("custom", '{"i":0}', "7"),
        ("custom", '{"i":1}', None),
    ]


def test_parser_counts_comments_and_joins_multiline_data() -> None:
    parser = SseParser()
    assert parser.feed(": heartbeat") is None
    assert parser.feed("data:a") is None
    assert parser.feed("data: b") is None
    event = parser.feed("")
    assert event is not None
    assert (event.event, event.data) == ("message", "a\nb")
    assert parser.comments == 1
    assert parser.feed("") is None


def test_events_lost_counts_missing_events_of_every_stream() -> None:
    assert events_lost(100, [100, 100, 100]) == 0
    assert events_lost(100, [100, 97, 0]) == 103
    # A stream that got more than expected does not hide another's loss.
    assert events_lost(100, [101, 99]) == 1


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0
    assert math.isnan(percentile([], 50))


def test_ratio_refuses_missing_and_zero() -> None:
    assert ratio(10.0, 2.0) == 5.0
    assert ratio(None, 2.0) is None
    assert ratio(1.0, 0.0) is None
    assert ratio(math.nan, 1.0) is None


SERVERS = {
    "graphport": {
        "s1_runs_per_s": 500.0,
        "s2_runs_per_s": 100.0,
        "s2_cpu_ms_per_run": 4.0,
        "s3_seconds": 0.1,
        "s4_ttfe_p50_ms": 4.0,
        "s5_events_lost": 0,
        "s5_peak_rss_mb": 250.0,
    },
    "reference": {
        "s1_runs_per_s": 10.0,
        "s2_runs_per_s": 20.0,
        "s2_cpu_ms_per_run": 10.0,
        "s3_seconds": 1.0,
        "s4_ttfe_p50_ms": 10.0,
        "s5_events_lost": 0,
        "s5_peak_rss_mb": 300.0,
    },
}


LABELS = (
    "1 sequential waits, one thread",
    "2   server CPU per run",
    "3 one run, 5,000 custom events",
    "4 time to first event p50",
    "3   in-process floor (graph.astream)",
    "6 stateless waits, concurrency 16",
)


def test_table_ratios_read_as_how_many_times_better() -> None:
    table = comparison_table(SERVERS, "reference", {"seconds": 0.04})
    lines = table.splitlines()
    rows = {label: line for line in lines for label in LABELS if line.startswith(label + " ")}
    # Higher is better: 500 / 10; lower is better: 1.0 s / 0.1 s.
    assert rows["1 sequential waits, one thread"].endswith("50.00x")
    assert rows["3 one run, 5,000 custom events"].endswith("10.00x")
    assert rows["4 time to first event p50"].endswith("2.50x")
    assert rows["2   server CPU per run"].endswith("2.50x")  # 10 ms / 4 ms
    assert "3   in-process floor (graph.astream)" in rows
    # Metrics no server reported are left out.
    assert "6 stateless waits, concurrency 16" not in rows


def test_targets_met_missed_and_skipped() -> None:
    checks = check_targets(
        SERVERS, "graphport", "reference", {"seconds": 0.04}, {"skipped": "no --workers"}
    )
    by_target = {c.target.split(" ")[0]: c for c in checks}
    assert by_target["5,000-event"].met is False  # 0.1 s is 2.5x the 0.04 s floor
    assert by_target["sequential"].met is True  # 50x
    assert by_target["concurrent"].met is True  # 5x
    assert by_target["time"].met is True  # 0.4x
    assert by_target["500"].met is True
    assert by_target["2"].met is None
    assert by_target["2"].measured == "skipped: no --workers"


def test_targets_without_a_reference_are_not_measured() -> None:
    checks = check_targets(
        {"graphport": SERVERS["graphport"]}, "graphport", "reference", None, {"ratio": 1.5}
    )
    assert [c.met for c in checks] == [None, None, None, None, True, True]
