"""Shared fixtures: the spec as written, the app built from it, and an HTTP client on the app."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient

from backends import BACKENDS, Backend, open_backend
from graphport.impl.app import create_app
from helpers import ROOT
from live_server import LiveServer, example_settings, live_server

SPEC_PATH = ROOT / "spec" / "openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """`spec/openapi.yaml`, parsed (the source of truth, not the packaged copy)."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """The app serving the example graphs, on a database of its own."""
    return create_app(example_settings(tmp_path_factory.mktemp("app")))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        default="sqlite",
        help="Comma-separated back-ends the live-server suites run on, each a session of its own: "
        f"{', '.join(BACKENDS)} (default sqlite; the others skip when their server is down).",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        names = [n.strip() for n in metafunc.config.getoption("backend").split(",") if n.strip()]
        unknown = set(names) - set(BACKENDS)
        if unknown:
            raise pytest.UsageError(f"--backend: unknown {sorted(unknown)}; use {BACKENDS}")
        metafunc.parametrize("backend", names, indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """The database and broker of the live server (`--backend`)."""
    with open_backend(request.param) as chosen:
        yield chosen


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory, backend: Backend) -> Iterator[LiveServer]:
    """A real server (uvicorn on a free port) serving the example graphs, shared by a session."""
    settings = example_settings(tmp_path_factory.mktemp("live"), **backend.options())
    with live_server(settings) as server:
        yield server


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    # Unhandled exceptions must become 500 answers here, as they do under uvicorn.
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
async def sdk(live: LiveServer) -> AsyncIterator[LangGraphClient]:
    """The official Python SDK's async client, on the live server."""
    async with get_client(url=live.url) as client:
        yield client


@pytest.fixture
def marker() -> dict[str, str]:
    """Metadata no other test's resources carry (the live server is shared)."""
    return {"test": uuid.uuid4().hex}
