"""CORS: browsers (useStream) can call the API and read the headers the SDKs need."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from graphport.impl.app import create_app
from graphport.impl.cors import cors_options
from live_server import example_settings


def test_a_preflight_from_any_origin_is_allowed(client: TestClient) -> None:
    response = client.options(
        "/threads",
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-api-key",
            "Access-Control-Request-Private-Network": "true",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    assert response.headers["access-control-allow-headers"] == "content-type,x-api-key"
    assert response.headers["access-control-allow-private-network"] == "true"


def test_responses_expose_the_headers_clients_read(client: TestClient) -> None:
    response = client.get("/ok", headers={"Origin": "http://localhost:5173"})
    assert response.headers["access-control-allow-origin"] == "*"
    exposed = {h.strip() for h in response.headers["access-control-expose-headers"].split(",")}
    assert exposed >= {"content-location", "location", "x-pagination-total", "x-pagination-next"}


def test_http_cors_in_langgraph_json_restricts_origins(tmp_path: Any) -> None:
    settings = example_settings(tmp_path).model_copy(
        update={"http": {"cors": {"allow_origins": ["https://app.example"]}}}
    )
    with TestClient(create_app(settings)) as client:
        allowed = client.get("/ok", headers={"Origin": "https://app.example"})
        denied = client.get("/ok", headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert "access-control-allow-origin" not in denied.headers


def test_configured_exposed_headers_keep_the_protocol_ones() -> None:
    options = cors_options({"cors": {"expose_headers": ["x-custom"]}})
    assert options["expose_headers"][-1] == "x-custom"
    assert "content-location" in options["expose_headers"]
