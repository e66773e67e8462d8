"""The servers the suites talk to, each started as its own process on a free port.

graphport is started with its CLI (`graphport serve`, the examples/langgraph.json graphs, a fresh
SQLite file); the reference is `langgraph dev` (langgraph-api in-memory) from its own virtualenv,
serving a scratch copy of shared/protocol/refapp. Both are reached only over HTTP: the suites
never import a server's code, so `GRAPHPORT_CONFORMANCE_URL` can point them at any running server.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from .proxy import free_port

ROOT = Path(__file__).resolve().parents[2]
REFAPP = ROOT / "conformance" / "differential" / "refapp"
# The graphs themselves are the kit's (one copy for every server): copied in as refapp/graph.py.
KIT_GRAPHS = ROOT / "src" / "impl" / "conformance" / "graphs.py"
STARTUP_SECONDS = 60


class ServerProcess:
    """A server in its own process group; `url` once `/ok` answers."""

    def __init__(self, name: str, argv: list[str], cwd: Path, env: dict[str, str], port: int):
        self.name = name
        self.argv = argv
        self.cwd = cwd
        self.env = env
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = cwd / f"{name}.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("wb")
        self._process = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at startup:\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/ok", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise TimeoutError(f"{self.name} did not answer /ok in {STARTUP_SECONDS} s:\n{self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)  # its own group: the server and its children only
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def graphport_server(workdir: Path) -> ServerProcess:
    """graphport with the example graphs and a fresh SQLite database in `workdir`."""
    port = free_port()
    executable = Path(sys.executable).parent / "graphport"
    argv = [
        str(executable),
        "serve",
        "--config",
        str(ROOT / "examples" / "langgraph.json"),
        "--port",
        str(port),
        "--database-url",
        f"sqlite:///{workdir / 'graphport.db'}",
    ]
    return ServerProcess("graphport", argv, workdir, dict(os.environ), port)


def reference_venv() -> Path | None:
    """The reference's virtualenv: GRAPHPORT_REF_VENV, else .cache/ref-venv (`make ref-venv`)."""
    configured = os.environ.get("GRAPHPORT_REF_VENV")
    venv = Path(configured) if configured else ROOT / ".cache" / "ref-venv"
    return venv if (venv / "bin" / "langgraph").exists() else None


def reference_server(workdir: Path) -> ServerProcess:
    """`langgraph dev` (in-memory) serving a scratch copy of the reference graphs."""
    venv = reference_venv()
    if venv is None:
        raise RuntimeError("no reference virtualenv: run `make ref-venv`")
    app = workdir / "refapp"
    shutil.copytree(REFAPP, app)
    shutil.copyfile(KIT_GRAPHS, app / "graph.py")
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
    argv = [
        str(venv / "bin" / "langgraph"),
        "dev",
        "--no-browser",
        "--no-reload",
        "--port",
        str(port),
    ]
    return ServerProcess("reference", argv, app, env, port)


def scratch_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"graphport-conformance-{prefix}-"))
