"""The authenticated user: what `@auth.authenticate` returned, in one shape.

An authenticate handler may return a string (the identity), a dict with `identity` (and
optionally `permissions`, `display_name`, anything else), or an object with those attributes.
`AuthUser` keeps all of it and answers both attribute and item access, as the platform's user
proxy does, so graphs and handlers written for the platform read it unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from graphport.impl.contract import ApiError


class AuthUser:
    """A user with an identity and permissions; extra fields readable as items."""

    __slots__ = ("_fields", "_raw")

    def __init__(self, fields: Mapping[str, Any], raw: Any = None) -> None:
        self._fields = dict(fields)
        self._raw = raw

    @property
    def identity(self) -> str:
        return str(self._fields["identity"])

    @property
    def display_name(self) -> str:
        return str(self._fields.get("display_name") or self.identity)

    @property
    def is_authenticated(self) -> bool:
        return bool(self._fields.get("is_authenticated", True))

    @property
    def permissions(self) -> Sequence[str]:
        return list(self._fields.get("permissions") or [])

    @property
    def raw(self) -> Any:
        """What the authenticate handler returned (its own user class, if it had one)."""
        return self._raw

    def __getitem__(self, key: str) -> Any:
        if key in ("identity", "display_name", "is_authenticated", "permissions"):
            return getattr(self, key)
        return self._fields[key]

    def __contains__(self, key: object) -> bool:
        return key in self._fields or key in ("display_name", "is_authenticated", "permissions")

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe fields (stored with a run, handed to its graph)."""
        return {
            **{k: v for k, v in self._fields.items() if _json_safe(v)},
            "identity": self.identity,
            "display_name": self.display_name,
            "is_authenticated": self.is_authenticated,
            "permissions": list(self.permissions),
        }

    def __repr__(self) -> str:
        return f"AuthUser(identity={self.identity!r})"


def user_from_result(result: Any) -> AuthUser:
    """The user an authenticate handler described; a 500 with a clear detail if it is malformed."""
    if isinstance(result, AuthUser):
        return result
    if isinstance(result, str) and result:
        return AuthUser({"identity": result})
    if isinstance(result, Mapping):
        if not result.get("identity"):
            raise ApiError(500, "The authenticate handler returned a user without an `identity`")
        return AuthUser(result)
    identity = getattr(result, "identity", None)
    if identity:
        fields: dict[str, Any] = {"identity": identity}
        for name in ("display_name", "permissions", "is_authenticated"):
            if hasattr(result, name):
                fields[name] = getattr(result, name)
        return AuthUser(fields, raw=result)
    raise ApiError(
        500,
        "The authenticate handler must return an identity string, a dict with `identity`, "
        f"or a user object; it returned {type(result).__name__}",
    )


def _json_safe(value: Any) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_json_safe(v) for v in value)
    if isinstance(value, Mapping):
        return all(isinstance(k, str) and _json_safe(v) for k, v in value.items())
    return False
