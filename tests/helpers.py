"""Test helpers: reading captures, fixture specs, building minimal valid requests."""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CAPTURES = FIXTURES / "captures"
BODY_MARKER = b"<<< raw body follows (exact bytes)\n"


def capture_body(name: str) -> bytes:
    """The exact response bytes of a capture recorded from the reference server."""
    raw = (CAPTURES / name).read_bytes()
    return raw.split(BODY_MARKER, 1)[1]


# ------------------------------------------------------------------------------ fixture specs

MINI_SPEC = FIXTURES / "mini.yaml"


def load_yaml(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


def write_spec(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    return path


def load_module(name: str, path: Path) -> ModuleType:
    """Import a script (codegen/*.py) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves forward references through sys.modules
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------- minimal requests


class Resolver:
    """Follows local `$ref`s of one spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def __call__(self, obj: Any) -> Any:
        while isinstance(obj, dict) and "$ref" in obj:
            target: Any = self.spec
            for part in obj["$ref"][2:].split("/"):
                target = target[part]
            obj = target
        return obj


def minimal_value(schema: Any, resolve: Resolver) -> Any:
    """The smallest JSON value valid against `schema` (enough for the schemas of this spec)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or not schema:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return minimal_value(merged, resolve)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve(b).get("type") != "null"]
            return minimal_value(branches[0] if branches else {}, resolve)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties", {})
        return {
            name: minimal_value(properties.get(name, {}), resolve)
            for name in schema.get("required", [])
        }
    if kind == "array":
        item = minimal_value(schema.get("items", {}), resolve)
        return [copy.deepcopy(item) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return _minimal_string(schema)
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    return None


def _minimal_string(schema: dict[str, Any]) -> str:
    if schema.get("format") == "uuid":
        return str(uuid.uuid4())
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00+00:00"
    pattern = schema.get("pattern")
    if pattern:
        for candidate in ("values", "x", "a", "1", "-1", "0-0"):
            if re.search(pattern, candidate):
                return candidate
        raise ValueError(f"no minimal string for pattern {pattern!r}")
    length: int = schema.get("minLength", 1)
    return "x" * max(length, 1)


def minimal_request(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """`TestClient.request` keyword arguments of a valid call (required arguments only)."""
    resolve = Resolver(spec)
    item = spec["paths"][path]
    operation = item[method.lower()]
    url = path
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = resolve(raw)
        if not (param.get("required") or param["in"] == "path"):
            continue
        if "example" in param:  # a value the schema alone cannot express (`echo`: a real graph)
            value = param["example"]
        else:
            value = minimal_value(param.get("schema", {}), resolve)
        if param["in"] == "path":
            url = url.replace("{" + param["name"] + "}", str(value))
        elif param["in"] == "query":
            params[param["name"]] = value
        elif param["in"] == "header":
            headers[param["name"]] = str(value)
    request: dict[str, Any] = {"method": method.upper(), "url": url, "params": params}
    request["headers"] = headers
    body = resolve(operation.get("requestBody"))
    if body:
        media = body["content"]["application/json"]
        examples = media.get("examples") or {}
        if examples:
            request["json"] = resolve(next(iter(examples.values())))["value"]
        else:
            request["json"] = minimal_value(media["schema"], resolve)
    return request
