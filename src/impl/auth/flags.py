"""`graphport serve` flags for the built-in modes, merged over `langgraph.json`'s `auth`."""

from __future__ import annotations

from typing import Any


def auth_section(
    section: dict[str, Any] | None,
    *,
    mode: str | None = None,
    api_keys: list[str] | None = None,
    jwt_secret: str | None = None,
    jwt_jwks_file: str | None = None,
    jwt_public_key_file: str | None = None,
    jwt_issuer: str | None = None,
    jwt_audience: str | None = None,
) -> dict[str, Any] | None:
    """The `auth` section the flags describe (unchanged when no flag is given)."""
    jwt = {
        key: value
        for key, value in {
            "secret": jwt_secret,
            "jwks_file": jwt_jwks_file,
            "public_key_file": jwt_public_key_file,
            "issuer": jwt_issuer,
            "audience": jwt_audience,
        }.items()
        if value
    }
    if not (mode or api_keys or jwt):
        return section
    merged = dict(section or {})
    if mode:
        merged["mode"] = mode
    elif api_keys:
        merged["mode"] = "api_key"
    elif jwt:
        merged["mode"] = "jwt"
    if api_keys:
        merged["api_keys"] = list(api_keys)
    if jwt:
        merged["jwt"] = {**(merged.get("jwt") or {}), **jwt}
    return merged
