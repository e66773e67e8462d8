"""useStream (@langchain/langgraph-sdk/react) in headless Chromium against a live graphport.

The page (index.html, src/main.js) is built once with Vite; drive.mjs serves it from a static
server of its own (another origin, so CORS is exercised) and plays four scenarios with
playwright-core on the system Chromium: tokens stream in, stop cancels the run on the server,
interrupt then resume, and a reload rejoins the running run (`reconnectOnMount`). Each step's
screenshot lands in conformance/browser/artifacts/ (gitignored).

Run by `make conformance`, which installs Chromium with apt-get when it can. Skipped, with the
reason, when node/npm or Chromium are missing; never a downloaded browser.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from live_server import example_settings, live_server

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NPM_CI = ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"]


def _run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True, timeout=300)
    if done.returncode:
        pytest.fail(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="module")
def built_page() -> Path:
    """Install the pinned packages (package-lock.json) and build the page, when stale."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm are not installed: the page is built with Vite and driven by Node")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install it with `apt-get install -y chromium`")
    stamp = HERE / "node_modules" / ".installed"
    lock = HERE / "package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        _run(NPM_CI)
        stamp.touch()
    _run(["node_modules/.bin/vite", "build"])
    return HERE / "dist"


@pytest.mark.timeout(300)
def test_use_stream_in_a_real_browser(built_page: Path, tmp_path: Path) -> None:
    artifacts = HERE / "artifacts"
    shutil.rmtree(artifacts, ignore_errors=True)
    with live_server(example_settings(tmp_path)) as server:
        env = {
            **os.environ,
            "GRAPHPORT_URL": server.url,
            "GRAPHPORT_ARTIFACTS": str(artifacts),
            "CHROMIUM": CHROMIUM,
        }
        done = subprocess.run(
            ["node", "drive.mjs"], cwd=HERE, env=env, capture_output=True, text=True, timeout=240
        )
    lines = done.stdout.strip().splitlines()
    assert lines, f"drive.mjs printed nothing:\n{done.stderr}"
    report = json.loads(lines[-1])
    assert report["ok"], f"{report['failed']}\n{done.stderr}"
    assert done.returncode == 0, done.stderr

    assert report["stream"]["renders"] >= 3  # the answer grew over several renders
    assert report["stream"]["run_status"] == "success"
    assert report["stop"]["run_status"] == "interrupted"  # cancelled on the server
    assert (report["interrupt"]["before"], report["interrupt"]["after"]) == ("interrupted", "idle")
    assert report["reload"]["run_id"]  # the same run, rejoined and finished
    shots = [Path(path) for path in report["screenshots"]]
    assert len(shots) == 8
    assert all(path.stat().st_size > 0 for path in shots)
