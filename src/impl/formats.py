"""String formats of the spec that the generated models keep as plain `str`.

The models map `date-time` and `uri-reference` to `str` so that values echo byte for byte (the
reference writes `+00:00`, pydantic would write `Z`); the checks a JSON Schema validator makes
for those formats are made here instead, where a request field carries one.
"""

from __future__ import annotations

from datetime import datetime

from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

from graphport.impl.contract import ApiError


def check_uri_reference(value: str | None, field: str) -> None:
    """422 unless `value` is an RFC 3986 URI reference (an absolute URL or a path)."""
    if value is not None and not validate_rfc3986(value, rule="URI_reference"):
        raise ApiError(422, f"Invalid {field}: {value!r} is not a URL or a path")


def parse_datetime(value: str | None, field: str) -> datetime | None:
    """An RFC 3339 date-time (422 otherwise); a value without an offset is taken as UTC."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ApiError(422, f"Invalid {field}: {value!r} is not an ISO-8601 date-time") from None
    if "T" not in value.upper() and " " not in value:
        raise ApiError(422, f"Invalid {field}: {value!r} has no time of day")
    return parsed
