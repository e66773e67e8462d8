"""Shared fixtures: the spec as written, the app built from it, and an HTTP client on the app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graphport.impl.app import create_app
from helpers import ROOT

SPEC_PATH = ROOT / "spec" / "openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """`spec/openapi.yaml`, parsed (the source of truth, not the packaged copy)."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@pytest.fixture(scope="session")
def app() -> FastAPI:
    return create_app()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    # Unhandled exceptions must become 500 answers here, as they do under uvicorn.
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
