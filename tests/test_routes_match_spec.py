"""The app's routes against the spec: FastAPI's own document must carry the same contract.

The served `/openapi.json` is the hand-written file, so FastAPI never builds its own document
while serving. These tests build it anyway, from the app's live routes, and compare its contract
surface (route, parameters, body and response references, status codes) with the spec's. A
route that drifts from the spec, a duplicate operationId or a missing route fails here.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
import yaml
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Route

from graphport.generated.api import OPERATIONS, PERMISSIONS
from helpers import ROOT, Resolver

SERVED_ONLY_BY_FRAMEWORK = {("GET", "/openapi.json"), ("HEAD", "/openapi.json")}
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def fastapi_document(app: FastAPI) -> dict[str, Any]:
    """FastAPI's own document, built from the live routes, with any warning an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return get_openapi(title="graphport", version="0", routes=app.routes)


def surface(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The contract surface of each operation, by operationId."""
    resolve = Resolver(document)
    result: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method not in METHODS:
                continue
            params = {
                (p["in"], p["name"], bool(p.get("required")))
                for p in map(resolve, [*shared, *operation.get("parameters", [])])
            }
            body = resolve(operation.get("requestBody")) or {}
            responses = {}
            for code, response in operation.get("responses", {}).items():
                content = resolve(response).get("content", {})
                responses[str(code)] = {media: _ref(spec) for media, spec in content.items()}
            result[operation["operationId"]] = {
                "route": (method.upper(), path),
                "params": params,
                "body": {media: _ref(spec) for media, spec in body.get("content", {}).items()},
                "body_required": bool(body.get("required")),
                "responses": responses,
            }
    return result


def _ref(media: dict[str, Any]) -> str | None:
    """The schema name of a JSON body; FastAPI writes an optional body as anyOf [ref, null]."""
    schema = media.get("schema") or {}
    for branch in [schema, *schema.get("anyOf", [])]:
        if "$ref" in branch:
            return str(branch["$ref"]).rsplit("/", 1)[-1]
    return None


def media_refs(responses: dict[str, dict[str, str | None]]) -> dict[str, dict[str, str | None]]:
    """Non-JSON media carry no model in the binder, so only their presence is compared."""
    return {
        code: {
            media: ref if media == "application/json" else None for media, ref in content.items()
        }
        for code, content in responses.items()
    }


@pytest.fixture(scope="module")
def fastapi_surface(app: FastAPI) -> dict[str, dict[str, Any]]:
    return surface(fastapi_document(app))


@pytest.fixture(scope="module")
def spec_surface(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return surface(spec)


def test_fastapi_document_has_no_duplicate_operation_id_and_the_specs_ids(
    app: FastAPI, spec_surface: dict[str, dict[str, Any]]
) -> None:
    document = fastapi_document(app)  # a "Duplicate Operation ID" warning raises here
    ids = [
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]
    assert len(ids) == len(set(ids))
    assert sorted(ids) == sorted(spec_surface)


def test_generated_operations_table_is_the_specs(spec_surface: dict[str, dict[str, Any]]) -> None:
    assert {op: surface["route"] for op, surface in spec_surface.items()} == OPERATIONS


def test_generated_permissions_table_is_the_specs(spec: dict[str, Any]) -> None:
    expected = {
        operation["operationId"]: (
            operation["x-permission"]["resource"],
            operation["x-permission"]["action"],
        )
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }
    assert expected == PERMISSIONS


def test_every_spec_route_has_exactly_one_app_route_and_no_other(
    app: FastAPI, spec: dict[str, Any]
) -> None:
    expected = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    }
    served = [
        (method, route.path)
        for route in app.routes
        if isinstance(route, Route)
        for method in route.methods or ()
    ]
    assert all(isinstance(route, Route) for route in app.routes)
    assert sorted(served) == sorted(set(served))  # one route per (method, path)
    assert set(served) - SERVED_ONLY_BY_FRAMEWORK == expected
    framework_routes = [r for r in app.routes if not isinstance(r, APIRoute)]
    assert [r.path for r in framework_routes if isinstance(r, Route)] == ["/openapi.json"]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_route_contract_surface_matches_spec(
    operation_id: str,
    fastapi_surface: dict[str, dict[str, Any]],
    spec_surface: dict[str, dict[str, Any]],
) -> None:
    ours, theirs = dict(fastapi_surface[operation_id]), dict(spec_surface[operation_id])
    ours["responses"] = media_refs(ours["responses"])
    theirs["responses"] = media_refs(theirs["responses"])
    assert ours == theirs


def test_served_openapi_json_is_the_yaml_file(client: TestClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.json() == json.loads(
        json.dumps(yaml.safe_load((ROOT / "spec/openapi.yaml").read_text()))
    )


def test_packaged_spec_is_a_byte_copy_of_the_spec() -> None:
    packaged = ROOT / "src/generated/openapi.yaml"
    assert packaged.read_bytes() == (ROOT / "spec/openapi.yaml").read_bytes()
