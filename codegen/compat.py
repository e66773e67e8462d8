"""The breaking-change gate: compare the spec with the last released contract.

    python codegen/compat.py check [--spec S] [--released DIR]   # make check-compat
    python codegen/compat.py diff OLD NEW                        # any two documents
    python codegen/compat.py release [--spec S] [--released DIR] # make release-spec
    python codegen/compat.py version [--spec S]                  # print info.version

`check` compares `spec/openapi.yaml` with the highest version in `spec/released/` and prints a
changelog: the breaking changes, then the others. It exits 1 when there is a breaking change and
`info.version`'s major is not above the released one's. `release` copies the spec, byte for
byte, to `spec/released/<info.version>.yaml` (once per version; a release is never rewritten).

A change is breaking when a client written against the old contract (or generated from it) can
fail against the new one. Values flow both ways, so schemas are compared by direction:

- everywhere: an operation, parameter, property, media type, response status or named schema
  removed; an operationId or tag changed (generated clients name methods and modules by them);
  the primary success status changed;
- requests (what clients send): a new required parameter, body or property, or an optional one
  made required; a type, enum, variant or constraint narrowed; an open object closed;
- responses (what clients read): a property no longer required; a type, enum or variant
  widened (a generated client rejects a value it does not know); a `format` changed.

Everything else (additions, relaxations, new operations and schemas) is listed as non-breaking.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
RELEASED = ROOT / "spec" / "released"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

Direction = Literal["request", "response"]

# Lower and upper bounds a request value must respect: raising a lower bound or lowering an
# upper one (or adding either) narrows what clients may send.
LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")


# Every rule the gate reports, with what it means. Whether a change is breaking can depend on
# the direction (requests or responses), so the rule names the change, not the verdict.
RULES = {
    "operation-added": "a new operation",
    "operation-removed": "an operation (method and path) is gone",
    "operation-id-changed": "an operation's operationId changed",
    "operation-tag-changed": "an operation's tags changed",
    "operation-deprecated": "an operation became deprecated",
    "parameter-added": "a new optional parameter",
    "required-parameter-added": "a new required parameter",
    "parameter-removed": "a parameter is gone",
    "parameter-became-required": "an optional parameter became required",
    "parameter-became-optional": "a required parameter became optional",
    "request-body-added": "an operation takes a new optional body",
    "required-request-body-added": "an operation takes a new required body",
    "request-body-removed": "an operation no longer takes a body",
    "request-body-became-required": "an optional body became required",
    "request-body-became-optional": "a required body became optional",
    "media-type-added": "a new media type for a body",
    "media-type-removed": "a media type of a body is gone",
    "response-status-added": "a new documented status",
    "response-status-removed": "a documented status is gone",
    "success-status-changed": "the primary (first) 2xx status changed",
    "schema-added": "a new named schema",
    "schema-removed": "a named schema is gone (or renamed)",
    "property-added": "a new property (optional in requests)",
    "required-property-added": "a property is new and required, or became required",
    "property-removed": "a property is gone",
    "property-became-optional": "a required property became optional",
    "type-narrowed": "a schema admits fewer JSON types (null included)",
    "type-widened": "a schema admits more JSON types (null included)",
    "enum-narrowed": "an enum lost values, or a free value became an enum",
    "enum-widened": "an enum gained values, or stopped being an enum",
    "variant-added": "a union (`oneOf`/`anyOf`) gained a variant",
    "variant-removed": "a union lost a variant",
    "union-reshaped": "a schema became a union of others, or a union became one schema",
    "constraint-tightened": "a bound, pattern or format restricts request values more",
    "constraint-relaxed": "a bound, pattern or format restricts request values less",
    "object-closed": "a request object no longer accepts additional properties",
    "format-changed": "a response value's `format` changed",
}


@dataclass(frozen=True)
class Change:
    """One difference between two contracts."""

    breaking: bool
    rule: str
    where: str
    message: str

    def __str__(self) -> str:
        mark = "!" if self.breaking else "-"
        return f"  {mark} [{self.rule}] {self.where}: {self.message}"


class SpecError(Exception):
    """A document cannot be compared (unreadable, or a `$ref` that does not resolve)."""


def load(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.load(path.read_text(), Loader=LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"cannot read {path}: {exc}") from None
    if not isinstance(loaded, dict) or "paths" not in loaded:
        raise SpecError(f"{path} is not an OpenAPI document")
    if "version" not in (loaded.get("info") or {}):
        raise SpecError(f"{path} has no info.version")
    return loaded


def parse_version(version: object) -> tuple[int, int, int]:
    match = VERSION.match(str(version))
    if not match:
        raise SpecError(f"info.version {version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def describe_values(values: list[Any]) -> str:
    return ", ".join(sorted(repr(value) for value in values))


class Document:
    """One OpenAPI document, with local `$ref`s resolved on demand."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise SpecError(f"cannot resolve $ref {ref!r}")
            seen.add(ref)
            target: Any = self.spec
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise SpecError(f"cannot resolve $ref {ref!r}")
                target = target[part]
            node = target
        return node

    def operations(self) -> dict[tuple[str, str], dict[str, Any]]:
        """`(METHOD, path)` -> operation, with the path item's parameters merged in."""
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for path, item in (self.spec.get("paths") or {}).items():
            item = self.resolve(item)
            for method in METHODS:
                if method in item:
                    operation = dict(item[method])
                    operation["parameters"] = self.parameters(item, item[method])
                    found[(method.upper(), path)] = operation
        return found

    def parameters(self, item: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
        """`"<in> <name>"` -> parameter; the operation's override the path item's."""
        merged: dict[str, Any] = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = self.resolve(raw)
            merged[f"{parameter['in']} {parameter['name']}"] = parameter
        return merged

    def schemas(self) -> dict[str, Any]:
        schemas: dict[str, Any] = (self.spec.get("components") or {}).get("schemas") or {}
        return schemas


def label(key: tuple[str, str], operation: dict[str, Any]) -> str:
    method, path = key
    operation_id = operation.get("operationId")
    return f"{method} {path} ({operation_id})" if operation_id else f"{method} {path}"


def json_types(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a schema admits (`integer` counted apart from `number`); None for any."""
    if "const" in schema:
        return {json_type_of(schema["const"])}
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    if "enum" in schema:
        return {json_type_of(value) for value in schema["enum"]}
    if "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if "items" in schema or "prefixItems" in schema:
        return {"array"}
    return None


def json_type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def uncovered(types: set[str], by: set[str]) -> set[str]:
    """The types of `types` that `by` does not admit (`number` admits `integer`)."""
    return {t for t in types if t not in by and not (t == "integer" and "number" in by)}


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


class Comparison:
    """Compares two documents and collects the changes (each reported once)."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = Document(old)
        self.new = Document(new)
        self.changes: set[Change] = set()
        self._compared: set[tuple[str, str, Direction]] = set()

    def report(self, breaking: bool, rule: str, where: str, message: str) -> None:
        if rule not in RULES:
            raise KeyError(f"unknown rule {rule!r}: declare it in RULES")
        self.changes.add(Change(breaking, rule, where, message))

    def run(self) -> list[Change]:
        self.compare_operations()
        self.compare_component_names()
        return sorted(self.changes, key=lambda c: (not c.breaking, c.where, c.rule, c.message))

    # ------------------------------------------------------------------------- operations

    def compare_operations(self) -> None:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        new_by_id = {op.get("operationId"): key for key, op in new_ops.items()}
        for key, old_op in old_ops.items():
            where = label(key, old_op)
            new_op = new_ops.get(key)
            if new_op is None:
                moved = new_by_id.get(old_op.get("operationId"))
                detail = f"; {moved[0]} {moved[1]} now has its operationId" if moved else ""
                self.report(True, "operation-removed", where, f"the operation was removed{detail}")
                continue
            self.compare_operation(where, old_op, new_op)
        for key, new_op in new_ops.items():
            if key not in old_ops:
                self.report(False, "operation-added", label(key, new_op), "new operation")

    def compare_operation(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.report(
                True,
                "operation-id-changed",
                where,
                f"operationId {old.get('operationId')!r} became {new.get('operationId')!r}",
            )
        if old.get("tags") != new.get("tags"):
            self.report(
                True,
                "operation-tag-changed",
                where,
                f"tags {old.get('tags')} became {new.get('tags')} (generated clients group "
                "operations by tag)",
            )
        if new.get("deprecated") and not old.get("deprecated"):
            self.report(False, "operation-deprecated", where, "the operation is now deprecated")
        self.compare_parameters(where, old["parameters"], new["parameters"])
        self.compare_request_body(where, old.get("requestBody"), new.get("requestBody"))
        self.compare_responses(where, old.get("responses") or {}, new.get("responses") or {})

    def compare_parameters(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for key, old_param in old.items():
            at = f"{where} parameter {key}"
            new_param = new.get(key)
            if new_param is None:
                self.report(True, "parameter-removed", at, "the parameter was removed")
                continue
            if new_param.get("required") and not old_param.get("required"):
                self.report(True, "parameter-became-required", at, "the parameter became required")
            elif old_param.get("required") and not new_param.get("required"):
                self.report(False, "parameter-became-optional", at, "the parameter became optional")
            self.compare_schema(
                at, old_param.get("schema", {}), new_param.get("schema", {}), "request"
            )
        for key, new_param in new.items():
            if key not in old:
                at = f"{where} parameter {key}"
                if new_param.get("required"):
                    self.report(True, "required-parameter-added", at, "new required parameter")
                else:
                    self.report(False, "parameter-added", at, "new optional parameter")

    def compare_request_body(self, where: str, old_raw: Any, new_raw: Any) -> None:
        at = f"{where} request body"
        old, new = self.old.resolve(old_raw), self.new.resolve(new_raw)
        if old is None and new is None:
            return
        if new is None:
            self.report(True, "request-body-removed", at, "the operation no longer takes a body")
            return
        if old is None:
            required = bool(new.get("required"))
            rule = "required-request-body-added" if required else "request-body-added"
            self.report(required, rule, at, f"new {'required' if required else 'optional'} body")
            return
        if new.get("required") and not old.get("required"):
            self.report(True, "request-body-became-required", at, "the body became required")
        elif old.get("required") and not new.get("required"):
            self.report(False, "request-body-became-optional", at, "the body became optional")
        self.compare_content(at, old.get("content") or {}, new.get("content") or {}, "request")

    def compare_responses(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_primary, new_primary = primary_success(old), primary_success(new)
        if old_primary != new_primary:
            self.report(
                True,
                "success-status-changed",
                where,
                f"the primary success status {old_primary} became {new_primary}",
            )
        for code, old_response in old.items():
            at = f"{where} response {code}"
            if code not in new:
                self.report(True, "response-status-removed", at, f"status {code} was removed")
                continue
            self.compare_content(
                at,
                self.old.resolve(old_response).get("content") or {},
                self.new.resolve(new[code]).get("content") or {},
                "response",
            )
        for code in new:
            if code not in old:
                self.report(
                    False, "response-status-added", f"{where} response {code}", "new status"
                )

    def compare_content(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        for media, old_media in old.items():
            if media not in new:
                self.report(True, "media-type-removed", f"{where} {media}", "media type removed")
                continue
            self.compare_schema(
                f"{where} {media}",
                old_media.get("schema", {}),
                new[media].get("schema", {}),
                direction,
            )
        for media in new:
            if media not in old:
                self.report(False, "media-type-added", f"{where} {media}", "new media type")

    def compare_component_names(self) -> None:
        old, new = self.old.schemas(), self.new.schemas()
        for name in old:
            if name not in new:
                self.report(
                    True,
                    "schema-removed",
                    SCHEMA_REF + name,
                    "the named schema was removed (generated clients export it as a type)",
                )
        for name in new:
            if name not in old:
                self.report(False, "schema-added", SCHEMA_REF + name, "new named schema")

    # ---------------------------------------------------------------------------- schemas

    def compare_schema(
        self,
        where: str,
        old_raw: Any,
        new_raw: Any,
        direction: Direction,
        *,
        nulls_compared: bool = False,
    ) -> None:
        """Compare two schemas met at `where`; a named schema is compared once, at its name."""
        old_ref, new_ref = ref_of(old_raw), ref_of(new_raw)
        if old_ref is not None or new_ref is not None:
            key = (old_ref or where, new_ref or where, direction)
            if key in self._compared:
                return
            self._compared.add(key)
            if old_ref == new_ref and old_ref is not None:
                where = old_ref  # the named schema itself: its own null counts too
                nulls_compared = False
        old, new = self.flatten(self.old, old_raw), self.flatten(self.new, new_raw)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old_core, new_core = nullable_core(self.old, old), nullable_core(self.new, new)
        if old_core is not None or new_core is not None:
            # `anyOf: [X, {type: "null"}]` is X or null: compare the null here, then X itself.
            self.compare_null(
                where, admits_null(self.old, old), admits_null(self.new, new), direction
            )
            self.compare_schema(
                where,
                old if old_core is None else old_core,
                new if new_core is None else new_core,
                direction,
                nulls_compared=True,
            )
            return
        self.compare_types(where, old, new, direction, ignore_null=nulls_compared)
        if is_union(old) or is_union(new):  # compared variant by variant
            self.compare_variants(where, (old_raw, old), (new_raw, new), direction)
            return
        self.compare_enums(where, old, new, direction)
        if direction == "request":
            self.compare_constraints(where, old, new)
        elif old.get("format") != new.get("format"):
            self.report(
                True,
                "format-changed",
                where,
                f"format {old.get('format')!r} became {new.get('format')!r} (generated "
                "clients parse by format)",
            )
        self.compare_objects(where, old, new, direction)
        self.compare_arrays(where, old, new, direction)
        if "contentSchema" in old and "contentSchema" in new:  # the data of an SSE event
            self.compare_schema(
                f"{where}/contentSchema", old["contentSchema"], new["contentSchema"], direction
            )

    def flatten(self, document: Document, raw: Any) -> Any:
        """The schema with `allOf` members merged in (properties and required united)."""
        schema = document.resolve(raw)
        if not isinstance(schema, dict) or "allOf" not in schema:
            return schema
        merged = {key: value for key, value in schema.items() if key != "allOf"}
        properties = dict(merged.get("properties") or {})
        required = list(merged.get("required") or [])
        for member in schema["allOf"]:
            part = self.flatten(document, member)
            if not isinstance(part, dict):
                continue
            properties.update(part.get("properties") or {})
            required += [name for name in part.get("required") or [] if name not in required]
            for key, value in part.items():
                if key not in ("properties", "required", "description", "title"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def compare_null(self, where: str, before: bool, after: bool, direction: Direction) -> None:
        if before == after:
            return
        if direction == "request":
            if before:
                self.report(True, "type-narrowed", where, "no longer accepts null")
            else:
                self.report(False, "type-widened", where, "now also accepts null")
        elif after:
            self.report(True, "type-widened", where, "may now answer null")
        else:
            self.report(False, "type-narrowed", where, "no longer answers null")

    def compare_types(
        self,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        *,
        ignore_null: bool,
    ) -> None:
        old_types, new_types = variant_types(self.old, old), variant_types(self.new, new)
        if ignore_null:  # already compared by compare_null
            old_types = None if old_types is None else old_types - {"null"}
            new_types = None if new_types is None else new_types - {"null"}
        if old_types == new_types:
            return
        change = f"type {fmt(old_types)} -> {fmt(new_types)}"
        if direction == "request":  # breaking when a value clients could send is now refused
            lost = lost_types(old_types, new_types)
            if lost:
                self.report(True, "type-narrowed", where, f"no longer accepts {lost} ({change})")
            else:
                self.report(False, "type-widened", where, change)
            return
        gained = lost_types(new_types, old_types)  # breaking when clients may read a new type
        if gained:
            self.report(True, "type-widened", where, f"may now answer {gained} ({change})")
        else:
            self.report(False, "type-narrowed", where, change)

    def compare_enums(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        old_values, new_values = enum_values(old), enum_values(new)
        if old_values == new_values:
            return
        removed = [v for v in old_values or [] if new_values is not None and v not in new_values]
        added = [v for v in new_values or [] if old_values is not None and v not in old_values]
        if direction == "request":
            if old_values is None:
                values = describe_values(new_values or [])
                self.report(True, "enum-narrowed", where, f"now restricted to {values}")
            elif removed:
                values = describe_values(removed)
                self.report(True, "enum-narrowed", where, f"no longer accepts {values}")
            if added or new_values is None:
                detail = describe_values(added) if added else "any value"
                self.report(False, "enum-widened", where, f"now also accepts {detail}")
            return
        if new_values is None:
            self.report(True, "enum-widened", where, "no longer restricted to an enum")
        elif added:
            values = describe_values(added)
            self.report(True, "enum-widened", where, f"may now answer {values}")
        if removed or old_values is None:
            detail = describe_values(removed) if removed else "only the enum's values"
            self.report(False, "enum-narrowed", where, f"no longer answers {detail}")

    def compare_constraints(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            lower = keyword in LOWER_BOUNDS
            tightened = before is None or (
                after is not None and (after > before if lower else after < before)
            )
            self.report(
                tightened,
                "constraint-tightened" if tightened else "constraint-relaxed",
                where,
                f"{keyword} {before} -> {after}",
            )
        for keyword in ("pattern", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before != after:
                tightened = after is not None
                self.report(
                    tightened,
                    "constraint-tightened" if tightened else "constraint-relaxed",
                    where,
                    f"{keyword} {before!r} -> {after!r}",
                )
        if new.get("uniqueItems") and not old.get("uniqueItems"):
            self.report(True, "constraint-tightened", where, "items must now be unique")

    def compare_objects(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name, old_prop in old_props.items():
            at = f"{where}/properties/{name}"
            if name not in new_props:
                self.report(True, "property-removed", at, "the property was removed")
                continue
            self.compare_required(at, name in old_required, name in new_required, direction)
            self.compare_schema(at, old_prop, new_props[name], direction)
        for name in new_props:
            if name in old_props:
                continue
            at = f"{where}/properties/{name}"
            if direction == "request" and name in new_required:
                self.report(True, "required-property-added", at, "new required request property")
            else:
                self.report(False, "property-added", at, f"new property ({direction}s)")
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if direction == "request" and new_extra is False and old_extra is not False:
            self.report(True, "object-closed", where, "no longer accepts additional properties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(f"{where}/additionalProperties", old_extra, new_extra, direction)

    def compare_required(self, where: str, before: bool, after: bool, direction: Direction) -> None:
        if before == after:
            return
        if direction == "request":
            if after:
                self.report(True, "required-property-added", where, "the property became required")
            else:
                self.report(False, "property-became-optional", where, "no longer required")
        elif before:
            self.report(True, "property-became-optional", where, "responses may now leave it out")
        else:
            self.report(False, "required-property-added", where, "responses now always carry it")

    def compare_arrays(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        if "items" in old and "items" in new:
            self.compare_schema(f"{where}/items", old["items"], new["items"], direction)
        old_prefix, new_prefix = old.get("prefixItems") or [], new.get("prefixItems") or []
        for index, (before, after) in enumerate(zip(old_prefix, new_prefix, strict=False)):
            self.compare_schema(f"{where}/prefixItems/{index}", before, after, direction)

    def compare_variants(
        self,
        where: str,
        old: tuple[Any, dict[str, Any]],
        new: tuple[Any, dict[str, Any]],
        direction: Direction,
    ) -> None:
        """Match the branches of two unions (a plain schema is a union of one) and compare them."""
        old_variants, new_variants = self.variants(self.old, *old), self.variants(self.new, *new)
        if not old_variants.keys() & new_variants.keys() and 1 in (
            len(old_variants),
            len(new_variants),
        ):
            before, after = " | ".join(old_variants), " | ".join(new_variants)
            self.report(
                True,
                "union-reshaped",
                where,
                f"{before} became {after}: values of one may not be values of the other",
            )
            return
        for key, old_variant in old_variants.items():
            if key in new_variants:
                self.compare_schema(f"{where} ({key})", old_variant, new_variants[key], direction)
            elif direction == "request":
                self.report(True, "variant-removed", where, f"no longer accepts the {key} variant")
            else:
                self.report(False, "variant-removed", where, f"no longer answers the {key} variant")
        for key in new_variants:
            if key in old_variants:
                continue
            if direction == "response":
                self.report(True, "variant-added", where, f"may now answer the {key} variant")
            else:
                self.report(False, "variant-added", where, f"now also accepts the {key} variant")

    def variants(self, document: Document, raw: Any, schema: dict[str, Any]) -> dict[str, Any]:
        """The non-null branches of a union, keyed by name (`$ref`), tag (`const`) or type."""
        if not is_union(schema):
            return {variant_key(raw, schema, 0): raw}
        keyed: dict[str, Any] = {}
        for keyword in ("oneOf", "anyOf"):
            for index, branch_raw in enumerate(schema.get(keyword) or []):
                branch = document.resolve(branch_raw)
                if isinstance(branch, dict) and not is_null(branch):
                    keyed[variant_key(branch_raw, branch, index)] = branch_raw
        return keyed


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def is_union(schema: dict[str, Any]) -> bool:
    return bool(schema.get("oneOf") or schema.get("anyOf"))


def variant_types(document: Document, schema: dict[str, Any]) -> set[str] | None:
    """The JSON types of a schema, its `anyOf`/`oneOf` branches united."""
    branches = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    own = json_types(schema)
    if not branches:
        return own
    united: set[str] = set()
    for raw in branches:
        branch = document.resolve(raw)
        if not isinstance(branch, dict):
            return own
        types = variant_types(document, branch)
        if types is None:
            return own
        united |= types
    return united if own is None else united & own


def nullable_core(document: Document, schema: dict[str, Any]) -> Any:
    """X when the schema is `anyOf`/`oneOf` of X and null (a nullable X); None otherwise."""
    branches = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    others = [raw for raw in branches if not is_null(document.resolve(raw))]
    if len(branches) >= 2 and len(others) == 1 and not schema.get("properties"):
        return others[0]
    return None


def admits_null(document: Document, schema: dict[str, Any]) -> bool:
    types = variant_types(document, schema)
    return types is None or "null" in types


def variant_key(raw: Any, branch: dict[str, Any], index: int) -> str:
    ref = ref_of(raw)
    if ref is not None:
        return ref.removeprefix(SCHEMA_REF)
    for name, prop in (branch.get("properties") or {}).items():
        if isinstance(prop, dict) and "const" in prop:
            return f"{name}={prop['const']!r}"
    types = json_types(branch)
    return "/".join(sorted(types)) if types else f"#{index}"


def ref_of(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref if isinstance(ref, str) else None


def primary_success(responses: dict[str, Any]) -> str | None:
    """The first 2xx listed (docs/spec-conventions.md: the generated route's status)."""
    return next((str(code) for code in responses if str(code).startswith("2")), None)


def lost_types(before: set[str] | None, after: set[str] | None) -> str:
    """The types `before` admits and `after` does not, as text ("" when none)."""
    if after is None:
        return ""
    if before is None:
        return "values of every type"
    return ", ".join(sorted(uncovered(before, after)))


def fmt(types: set[str] | None) -> str:
    return "any" if types is None else "[" + ", ".join(sorted(types)) + "]"


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two documents, breaking ones first."""
    return Comparison(old, new).run()


# --------------------------------------------------------------------------------- versions


def released_versions(directory: Path) -> list[tuple[tuple[int, int, int], Path]]:
    found = []
    for path in directory.glob("*.yaml"):
        try:
            found.append((parse_version(path.stem), path))
        except SpecError:
            continue
    return sorted(found)


def changelog(changes: list[Change]) -> Iterator[str]:
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    yield f"Breaking changes ({len(breaking)}):"
    yield from (str(change) for change in breaking) if breaking else ["  (none)"]
    yield f"Other changes ({len(other)}):"
    yield from (str(change) for change in other) if other else ["  (none)"]


def verdict(changes: list[Change], old_version: str, new_version: str) -> tuple[bool, str]:
    """(passes, why): breaking changes pass only with a major version above the released one."""
    breaking = sum(change.breaking for change in changes)
    old_major, new_major = parse_version(old_version)[0], parse_version(new_version)[0]
    if not breaking:
        return True, "OK: no breaking change."
    if new_major > old_major:
        return True, (
            f"OK: {breaking} breaking change(s), allowed by the major version bump "
            f"{old_version} -> {new_version}."
        )
    return False, (
        f"FAIL: {breaking} breaking change(s) against the released contract {old_version}, and "
        f"info.version is {new_version}. Undo them, or bump info.version to "
        f"{old_major + 1}.0.0 if the break is intended."
    )


def shown(path: Path) -> str:
    """The path as the user would type it (relative to the working directory when inside)."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check(old_path: Path, new_path: Path) -> int:
    old, new = load(old_path), load(new_path)
    old_version, new_version = str(old["info"]["version"]), str(new["info"]["version"])
    changes = compare(old, new)
    print(f"Comparing {shown(new_path)} ({new_version}) with {shown(old_path)} ({old_version}).")
    for line in changelog(changes):
        print(line)
    passes, why = verdict(changes, old_version, new_version)
    print(why)
    return 0 if passes else 1


def check_released(spec_path: Path, released: Path) -> int:
    versions = released_versions(released)
    if not versions:
        print(f"No released contract in {released}: nothing to compare (`make release-spec`).")
        return 0
    return check(versions[-1][1], spec_path)


def release(spec_path: Path, released: Path) -> int:
    spec = load(spec_path)
    version = str(spec["info"]["version"])
    parse_version(version)
    target = released / f"{version}.yaml"
    content = spec_path.read_bytes()
    if target.exists():
        if target.read_bytes() == content:
            print(f"{target} is already this spec.")
            return 0
        print(
            f"{target} exists and differs from {spec_path}: a released contract is never "
            "rewritten. Bump info.version first.",
            file=sys.stderr,
        )
        return 1
    versions = released_versions(released)
    if versions and versions[-1][0] > parse_version(version):
        print(f"{version} is older than the last release {versions[-1][1].stem}.", file=sys.stderr)
        return 1
    if versions and check(versions[-1][1], spec_path) != 0:
        return 1
    released.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    print(f"Released {shown(spec_path)} as {shown(target)}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("check", "release"):
        command = commands.add_parser(name)
        command.add_argument("--spec", type=Path, default=SPEC)
        command.add_argument("--released", type=Path, default=RELEASED)
    commands.add_parser("version").add_argument("--spec", type=Path, default=SPEC)
    diff = commands.add_parser("diff")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return check(args.old, args.new)
        if args.command == "version":
            version = str(load(args.spec)["info"]["version"])
            parse_version(version)
            print(version)
            return 0
        if args.command == "release":
            return release(args.spec, args.released)
        return check_released(args.spec, args.released)
    except SpecError as exc:
        print(f"compat: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
