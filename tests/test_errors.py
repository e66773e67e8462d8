"""Every error is `{"detail": "<one line>"}`, with the reference's wording where it has one."""

from __future__ import annotations

import uuid

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graphport.impl.contract import ApiError
from graphport.impl.errors import install_error_handlers
from helpers import capture_body

THREAD = "/threads/00000000-0000-4000-8000-000000000000"


def test_invalid_uuid_in_a_body_is_the_references_422(client: TestClient) -> None:
    response = client.post("/threads", json={"thread_id": "not-a-uuid"})
    assert response.status_code == 422
    assert response.content == capture_body("109_validation_error.txt")


def test_invalid_uuid_in_a_path_is_the_references_422(client: TestClient) -> None:
    response = client.get("/assistants/echo")
    assert response.status_code == 422
    assert response.content == capture_body("04_assistant_get_by_graph_id.txt")


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        (f"{THREAD}/runs/nope", "Invalid run ID: must be a UUID"),
        ("/runs/crons/nope", "Invalid cron ID: must be a UUID"),
    ],
)
def test_uuid_details_name_the_resource(client: TestClient, path: str, detail: str) -> None:
    response = client.get(path)
    assert (response.status_code, response.json()) == (422, {"detail": detail})


def test_other_validation_errors_are_one_readable_line(client: TestClient) -> None:
    response = client.get("/ok", params={"check_db": "7"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "Invalid query parameter 'check_db': Input should be 0 or 1"
    }


def test_body_field_errors_name_the_field(client: TestClient) -> None:
    response = client.post("/threads", json={"if_exists": "maybe"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Invalid body field 'if_exists': Input should be")


def test_a_body_that_is_not_json_is_a_400(client: TestClient) -> None:
    response = client.post(
        "/threads", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Malformed JSON body: ")


def test_unknown_path_is_a_404_detail(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert (response.status_code, response.json()) == (404, {"detail": "Not Found"})


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/ok", "GET"),
        ("DELETE", f"{THREAD}/runs/{uuid.uuid4()}/stream", "GET, POST"),
        ("PATCH", "/store/items", "DELETE, GET, PUT"),
        ("PUT", f"{THREAD}/state", "GET, PATCH, POST"),
    ],
)
def test_405_allow_lists_every_method_of_the_path(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.json() == {"detail": "Method Not Allowed"}


def _app_raising(exc: Exception) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    async def boom() -> None:
        raise exc

    return TestClient(app, raise_server_exceptions=False)


def test_api_error_keeps_status_detail_and_headers() -> None:
    client = _app_raising(ApiError(409, "Thread is busy", headers={"Retry-After": "2"}))
    response = client.get("/boom")
    assert (response.status_code, response.json()) == (409, {"detail": "Thread is busy"})
    assert response.headers["retry-after"] == "2"


def test_an_unhandled_exception_is_a_500_detail(caplog: pytest.LogCaptureFixture) -> None:
    response = _app_raising(RuntimeError("kaput")).get("/boom")
    assert (response.status_code, response.json()) == (500, {"detail": "Internal server error"})
    assert "GET /boom failed: RuntimeError: kaput" in caplog.text
