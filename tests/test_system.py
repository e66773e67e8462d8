"""The System operations answer as the reference does."""

from __future__ import annotations

import json
from importlib.metadata import version

from fastapi.testclient import TestClient

from helpers import capture_body


def test_ok_is_the_references_body(client: TestClient) -> None:
    response = client.get("/ok")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == capture_body("01_ok.txt")


def test_info_has_the_references_shape(client: TestClient) -> None:
    reference = json.loads(capture_body("02_info.txt"))
    info = client.get("/info").json()
    assert info.keys() == reference.keys()
    assert info["flags"].keys() == reference["flags"].keys()
    assert info["host"] == reference["host"]
    assert info["version"] == reference["version"]
    assert info["langgraph_py_version"] == version("langgraph")
    assert info["flags"]["langsmith"] is False


def test_metrics_is_prometheus_text_with_process_metrics(client: TestClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "# TYPE python_gc_objects_collected_total counter" in response.text


def test_docs_is_an_html_page_rendering_the_served_spec(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert 'url: "/openapi.json"' in response.text


def test_fastapi_builtin_docs_pages_are_off(client: TestClient) -> None:
    assert client.get("/redoc").status_code == 404
    assert client.get("/docs/oauth2-redirect").status_code == 404
