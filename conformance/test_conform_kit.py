"""`graphport conform` self-check: the kit, as a user runs it, against graphport and the reference.

Both servers serve the kit's own graphs (src/impl/conformance/langgraph.json) from a scratch
copy, as any target would, and are reached only through the `graphport conform` command:

- graphport: every profile is measured (none absent) and every check passes, no allow-list;
- the reference (`langgraph dev`, skipped without `make ref-venv`): only the differences of the
  reviewed lists pass — conformance/differential/allowed.py (the SDK flows) and
  conformance/kit_reference_allowed.json (schemathesis operations), each with its reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from conformance.kit import servers
from conformance.kit.proxy import free_port

ROOT = Path(__file__).resolve().parents[1]
KIT = ROOT / "src" / "impl" / "conformance"
GRAPHPORT = Path(sys.executable).parent / "graphport"
PROFILES = {"core", "hitl", "resumable", "multitask", "store", "crons", "seed-extras"}


def kit_app(workdir: Path, renamed: dict[str, str] | None = None) -> Path:
    """A scratch copy of the kit's graphs; `renamed` serves some under other names."""
    app = workdir / "app"
    app.mkdir()
    shutil.copy(KIT / "graphs.py", app / "graphs.py")
    config = json.loads((KIT / "langgraph.json").read_text())
    config["graphs"] = {(renamed or {}).get(k, k): v for k, v in config["graphs"].items()}
    (app / "langgraph.json").write_text(json.dumps(config))
    return app


def graphport_server(workdir: Path, renamed: dict[str, str] | None = None) -> servers.ServerProcess:
    app = kit_app(workdir, renamed)
    port = free_port()
    argv = [
        str(GRAPHPORT),
        "serve",
        "--config",
        str(app / "langgraph.json"),
        "--port",
        str(port),
        "--database-url",
        f"sqlite:///{workdir / 'graphport.db'}",
    ]
    return servers.ServerProcess("graphport", argv, workdir, dict(os.environ), port)


@pytest.fixture
def graphport_kit_server(tmp_path: Path) -> Iterator[servers.ServerProcess]:
    server = graphport_server(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def reference_kit_server(tmp_path: Path) -> Iterator[servers.ServerProcess]:
    venv = servers.reference_venv()
    if venv is None:
        pytest.skip("no reference virtualenv (run `make ref-venv`, or set GRAPHPORT_REF_VENV)")
    app = kit_app(tmp_path)
    port = free_port()
    env = dict(os.environ)
    env.update(
        LANGGRAPH_CLI_NO_ANALYTICS="1",
        LANGSMITH_TRACING="false",
        LANGGRAPH_NO_VERSION_CHECK="true",
        LANGGRAPH_DISABLE_FILE_PERSISTENCE="true",
        VIRTUAL_ENV=str(venv),
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    )
    argv = [str(venv / "bin" / "langgraph"), "dev", "--no-browser", "--no-reload"]
    server = servers.ServerProcess("reference", [*argv, "--port", str(port)], app, env, port)
    server.start()
    yield server
    server.stop()


def conform(
    url: str, out: Path, *allow: Path, extra: tuple[str, ...] = ()
) -> tuple[int, str, ET.Element]:
    argv = [str(GRAPHPORT), "conform", "--url", url, "--report", str(out), *extra]
    for path in allow:
        argv += ["--allow", str(path)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=900, cwd=ROOT)
    junit = ET.parse(out / "junit.xml").getroot()
    return done.returncode, done.stdout + done.stderr, junit


def failures(junit: ET.Element) -> list[str]:
    return [
        f"{case.get('classname')} {case.get('name')}: {case.find('failure').get('message')}"  # type: ignore[union-attr]
        for case in junit.iter("testcase")
        if case.find("failure") is not None
    ]


@pytest.mark.timeout(900)
def test_every_profile_passes_against_graphport(
    graphport_kit_server: servers.ServerProcess, tmp_path: Path
) -> None:
    code, output, junit = conform(graphport_kit_server.url, tmp_path / "report")
    assert not failures(junit), "\n".join(failures(junit)) + "\n" + output[-3000:]
    assert code == 0, output[-3000:]
    for profile in PROFILES:
        assert f"profile {profile}: measured" in output
    measured = {case.get("classname", "").split(".")[-1] for case in junit.iter("testcase")}
    assert {"core", "hitl", "resumable", "multitask", "store", "crons"} <= measured
    passed = [case for case in junit.iter("testcase") if len(case) == 0]
    assert len(passed) >= 90, f"only {len(passed)} checks passed"
    html = (tmp_path / "report" / "report.html").read_text()
    assert "LangGraph protocol conformance" in html
    assert "<script" not in html  # self-contained: no scripts, no external assets
    assert "<link" not in html


@pytest.mark.timeout(900)
def test_the_reference_differs_only_by_the_listed_differences(
    reference_kit_server: servers.ServerProcess, tmp_path: Path
) -> None:
    code, output, junit = conform(
        reference_kit_server.url,
        tmp_path / "report",
        ROOT / "conformance" / "differential" / "allowed.py",
        ROOT / "conformance" / "kit_reference_allowed.json",
    )
    assert not failures(junit), "\n".join(failures(junit)) + "\n" + output[-3000:]
    assert code == 0, output[-3000:]
    assert "profile core: measured" in output


@pytest.mark.timeout(600)
def test_a_manifest_maps_our_graph_names_to_the_targets(tmp_path: Path) -> None:
    """The target serves `echo` and `hitl` as `my_echo` and `my_hitl`: the manifest says so."""
    renamed = {"echo": "my_echo", "hitl": "my_hitl"}
    server = graphport_server(tmp_path, renamed)
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps(renamed))
    server.start()
    try:
        extra = ("--graphs", str(manifest), "--profile", "hitl", "--profile", "resumable")
        code, output, junit = conform(
            server.url, tmp_path / "report", extra=(*extra, "--no-schema")
        )
    finally:
        server.stop()
    assert not failures(junit), "\n".join(failures(junit)) + "\n" + output[-3000:]
    assert code == 0
    names = {case.get("name") for case in junit.iter("testcase") if len(case) == 0}
    assert {"py_interrupt_then_resume", "py_join_after_disconnect"} <= names


def test_an_unlisted_difference_fails_with_its_exchange(tmp_path: Path) -> None:
    """Without the allow-list, the reference's known differences are failures (exit 1)."""
    pytest.importorskip("graphport.impl.conformance.report")
    from graphport.impl.conformance.report import Report, Row

    report = Report("http://target", {"core": None, "crons": "POST /runs/crons/search answers 404"})
    report.rows.append(
        Row("sdk", "py_x", "core", "fail", "1 unexplained", [("GET /ok :: status", 200, 500)])
    )
    report.rows.append(Row("sdk", "py_cron", "crons", "skipped", "profile crons absent"))
    report.write(tmp_path)
    junit = ET.parse(tmp_path / "junit.xml").getroot()
    assert junit.get("failures") == "1"
    assert "expected 200" in (tmp_path / "conformance.txt").read_text()
    assert "absent: POST /runs/crons/search answers 404" in (tmp_path / "report.html").read_text()
