"""The authentication modes and what each lets a caller do.

- `none` (the default): no authentication, no filters; a loud warning at start-up.
- `api_key`: static keys in the `x-api-key` header, each naming a user.
- `jwt`: `Authorization: Bearer <token>`, HS256 or RS256, checked against a secret, a public key
  or a JWKS file, with optional issuer and audience checks.
- `custom`: a `langgraph_sdk.Auth` object loaded from `auth.path`, with the platform's semantics.

The two built-in modes isolate tenants by ownership (DECISIONS.md item 13): every thread,
assistant and cron gets `metadata.owner` = the caller's identity when created, and every
statement on them is filtered by it (the graphs' system assistants stay visible to all).
A custom `Auth` isolates through the filters its `@auth.on` handlers return, as on the platform.
"""

from __future__ import annotations

import hmac
import importlib.util
import inspect
import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

import jwt
from starlette.requests import Request

from graphport.impl.auth.access import Access, containment
from graphport.impl.auth.users import AuthUser, user_from_result
from graphport.impl.config import ConfigError
from graphport.impl.contract import ApiError

logger = logging.getLogger(__name__)

MODES = ("none", "api_key", "jwt", "custom")
# The resource a `(resource, action)` of the spec confines: runs live on threads.
_KIND = {"threads": "threads", "runs": "threads", "assistants": "assistants", "crons": "crons"}
_UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


class AuthBackend(Protocol):
    mode: str

    async def authenticate(self, request: Request) -> AuthUser | None:
        """The caller, or None when authentication is off; raises ApiError(401) to refuse."""

    async def authorize(self, access: Access, resource: str, action: str, value: Any) -> None:
        """Allow (adding filters to `access`) or raise ApiError(403)."""


class NoAuth:
    """`none`: everyone may do everything (the dev default)."""

    mode = "none"

    async def authenticate(self, request: Request) -> AuthUser | None:
        return None

    async def authorize(self, access: Access, resource: str, action: str, value: Any) -> None:
        return None


class OwnerAuth:
    """Built-in modes: each caller sees and changes only what it created."""

    mode = "owner"

    async def authenticate(self, request: Request) -> AuthUser | None:
        raise NotImplementedError

    async def authorize(self, access: Access, resource: str, action: str, value: Any) -> None:
        assert access.user is not None
        if resource == "store":
            _own_namespace(access.user.identity, action, value)
            return
        mine = {"owner": access.user.identity}
        system = {"created_by": "system"}
        writes_assistant = resource == "assistants" and action in ("update", "delete")
        access.confine("threads", [mine])
        access.confine("assistants", [mine] if writes_assistant else [mine, system])
        access.confine("crons", [mine])


def _own_namespace(identity: str, action: str, value: dict[str, Any]) -> None:
    """Built-in modes: a user's store items live under namespaces starting with their identity.

    The platform's documented pattern for the store (its handlers assert `namespace[0]` is the
    caller): listing namespaces without a prefix lists the caller's own.
    """
    key = next((k for k in ("namespace", "namespace_prefix", "prefix") if k in value), None)
    labels = list(value.get(key) or ()) if key else []
    if action == "list_namespaces" and not labels:
        value["prefix"] = (identity,)
        return
    if not labels or labels[0] != identity:
        raise ApiError(
            403, f"Store namespaces of this user start with their identity ({identity!r})"
        )


class ApiKeyAuth(OwnerAuth):
    """`api_key`: `x-api-key: <key>`; each configured key names one user."""

    mode = "api_key"

    def __init__(self, keys: Mapping[str, AuthUser]) -> None:
        if not keys:
            raise ConfigError("auth mode `api_key` needs at least one key in `auth.api_keys`")
        self.keys = dict(keys)

    async def authenticate(self, request: Request) -> AuthUser | None:
        given = request.headers.get("x-api-key")
        if not given:
            raise ApiError(401, "Missing x-api-key header")
        found = None
        for key, user in self.keys.items():
            # Compare with every key, in constant time, so timing tells nothing about them.
            if hmac.compare_digest(key.encode(), given.encode()):
                found = user
        if found is None:
            raise ApiError(401, "Invalid API key")
        return found


class JwtAuth(OwnerAuth):
    """`jwt`: a bearer token signed with HS256 (a secret) or RS256 (a key or a JWKS file)."""

    mode = "jwt"

    def __init__(self, options: Mapping[str, Any], project_dir: Path) -> None:
        self.algorithms = list(options.get("algorithms") or ["HS256", "RS256"])
        unknown = set(self.algorithms) - {"HS256", "RS256"}
        if unknown:
            raise ConfigError(f"auth.jwt.algorithms: unsupported {sorted(unknown)}")
        self.issuer = options.get("issuer")
        self.audience = options.get("audience")
        self.leeway = float(options.get("leeway", 0))
        self.identity_claim = str(options.get("identity_claim", "sub"))
        self.permissions_claim = str(options.get("permissions_claim", "permissions"))
        secret = options.get("secret") or os.environ.get(str(options.get("secret_env") or ""))
        public_key = options.get("public_key")
        if options.get("public_key_file"):
            public_key = _read(project_dir, options["public_key_file"])
        self.keys: dict[str | None, Any] = {}
        if options.get("jwks_file"):
            jwks = jwt.PyJWKSet.from_json(_read(project_dir, options["jwks_file"]))
            self.keys = {key.key_id: key.key for key in jwks.keys}
        self.secret = secret
        self.public_key = public_key
        if not (secret or public_key or self.keys):
            raise ConfigError(
                "auth mode `jwt` needs `auth.jwt.secret` (or `secret_env`), `public_key`, "
                "`public_key_file` or `jwks_file`"
            )

    def _key(self, token: str) -> Any:
        header = jwt.get_unverified_header(token)
        algorithm = header.get("alg")
        if algorithm not in self.algorithms:
            raise jwt.InvalidAlgorithmError(f"algorithm {algorithm!r} is not accepted")
        if algorithm == "HS256":
            if not self.secret:
                raise jwt.InvalidKeyError("no secret configured for HS256")
            return self.secret
        if self.keys:
            kid = header.get("kid")
            if kid in self.keys:
                return self.keys[kid]
            if kid is None and len(self.keys) == 1:
                return next(iter(self.keys.values()))
            raise jwt.InvalidKeyError(f"no key with kid {kid!r} in the JWKS")
        if not self.public_key:
            raise jwt.InvalidKeyError("no public key configured for RS256")
        return self.public_key

    async def authenticate(self, request: Request) -> AuthUser | None:
        header = request.headers.get("authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "Missing bearer token", _UNAUTHORIZED)
        token = token.strip()
        try:
            claims = jwt.decode(
                token,
                self._key(token),
                algorithms=self.algorithms,
                issuer=self.issuer,
                audience=self.audience,
                leeway=self.leeway,
                options={"verify_aud": bool(self.audience)},
            )
        except jwt.PyJWTError as exc:
            raise ApiError(401, f"Invalid token: {exc}", _UNAUTHORIZED) from None
        identity = claims.get(self.identity_claim)
        if not identity:
            raise ApiError(401, f"Invalid token: no `{self.identity_claim}` claim", _UNAUTHORIZED)
        permissions = claims.get(self.permissions_claim) or []
        if isinstance(permissions, str):
            permissions = permissions.split()
        return AuthUser({**claims, "identity": str(identity), "permissions": list(permissions)})


class CustomAuth:
    """`custom`: a `langgraph_sdk.Auth` object, with the platform's lookup and return values."""

    mode = "custom"

    def __init__(self, auth: Any, where: str) -> None:
        self.auth = auth
        self.where = where
        handler = getattr(auth, "_authenticate_handler", None)
        self.authenticate_handler = handler
        self.parameters = list(inspect.signature(handler).parameters) if handler is not None else []

    async def authenticate(self, request: Request) -> AuthUser | None:
        from langgraph_sdk.auth.exceptions import HTTPException

        if self.authenticate_handler is None:
            return AuthUser({"identity": "", "is_authenticated": False})
        arguments = _authenticate_arguments(request)
        try:
            result = self.authenticate_handler(
                **{name: arguments[name] for name in self.parameters if name in arguments}
            )
            if inspect.isawaitable(result):
                result = await result
        except HTTPException as exc:
            raise ApiError(exc.status_code, str(exc.detail), exc.headers) from None
        except ApiError:
            raise
        except Exception as exc:  # a handler's own failure (an `assert`, a KeyError) refuses
            logger.info("authentication refused by %s: %r", self.where, exc)
            raise ApiError(401, "Unauthorized") from None
        return user_from_result(result)

    def _handler(self, resource: str, action: str) -> Any:
        handlers: dict[tuple[str, str], list[Any]] = getattr(self.auth, "_handlers", {})
        for key in ((resource, action), (resource, "*"), ("*", action)):
            if handlers.get(key):
                return handlers[key][-1]
        global_handlers: list[Any] = getattr(self.auth, "_global_handlers", [])
        return global_handlers[-1] if global_handlers else None

    async def authorize(self, access: Access, resource: str, action: str, value: Any) -> None:
        from langgraph_sdk.auth.exceptions import HTTPException
        from langgraph_sdk.auth.types import AuthContext

        handler = self._handler(resource, action)
        if handler is None:
            return
        assert access.user is not None
        context = AuthContext(
            permissions=list(access.user.permissions),
            user=access.user.raw if access.user.raw is not None else access.user,
            resource=resource,  # type: ignore[arg-type]
            action=action,  # type: ignore[arg-type]
        )
        try:
            result = await handler(context, value)
        except HTTPException as exc:
            raise ApiError(exc.status_code, str(exc.detail), exc.headers) from None
        if result is None or result is True:
            return
        if result is False:
            raise ApiError(403, "Forbidden")
        if isinstance(result, Mapping):
            kind = _KIND.get(resource, resource)
            access.confine(kind, [containment(result)])
            return
        raise ApiError(
            500,
            f"The @auth.on handler for ({resource}, {action}) returned {type(result).__name__}: "
            "return None, True, False or a filter dict",
        )


def _authenticate_arguments(request: Request) -> dict[str, Any]:
    """What an authenticate handler may ask for by parameter name (the platform's names)."""
    headers = {key: value for key, value in request.scope.get("headers", [])}
    authorization = request.headers.get("authorization")
    return {
        "request": request,
        "path": request.url.path,
        "method": request.method,
        "path_params": dict(request.scope.get("path_params") or {}),
        "query_params": request.query_params,
        "headers": headers,
        "authorization": authorization,
    }


def _read(project_dir: Path, name: str) -> str:
    path = (project_dir / name).resolve()
    try:
        return path.read_text()
    except OSError as exc:
        raise ConfigError(f"auth: cannot read {path}: {exc.strerror}") from None


def _api_key_users(raw: Any) -> dict[str, AuthUser]:
    """`auth.api_keys`: {key: identity} or {key: {identity, permissions, ...}}, or `KEY=ID` list."""
    if isinstance(raw, str):
        raw = json.loads(raw) if raw.strip().startswith(("{", "[")) else raw.split(",")
    if isinstance(raw, list):
        pairs = [str(item).split("=", 1) for item in raw]
        if any(len(pair) != 2 or not all(pair) for pair in pairs):
            raise ConfigError("auth.api_keys: list items must be KEY=IDENTITY")
        raw = dict(pairs)
    if not isinstance(raw, Mapping):
        raise ConfigError("auth.api_keys must map each key to an identity")
    users = {}
    for key, user in raw.items():
        fields = {"identity": user} if isinstance(user, str) else dict(user or {})
        if not fields.get("identity"):
            raise ConfigError(f"auth.api_keys: the key ending {str(key)[-4:]!r} has no identity")
        users[str(key)] = AuthUser(fields)
    return users


def load_custom_auth(path: str, project_dir: Path) -> CustomAuth:
    """The `langgraph_sdk.Auth` object named by `./file.py:attribute` (or `module:attribute`)."""
    from langgraph_sdk import Auth

    location, _, attribute = path.rpartition(":")
    if not location or not attribute:
        raise ConfigError(f"auth.path {path!r}: expected ./file.py:attribute")
    if location.endswith(".py") or "/" in location:
        file = (project_dir / location).resolve()
        if not file.is_file():
            raise ConfigError(f"auth.path {path!r}: {file} does not exist")
        name = f"graphport_auth_{abs(hash(str(file)))}"
        spec = importlib.util.spec_from_file_location(name, file)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    else:
        module = importlib.import_module(location)
    auth = getattr(module, attribute, None)
    if not isinstance(auth, Auth):
        raise ConfigError(f"auth.path {path!r}: {attribute} is not a langgraph_sdk.Auth")
    return CustomAuth(auth, path)


def load_backend(section: Mapping[str, Any] | None, project_dir: Path) -> AuthBackend:
    """The backend `langgraph.json`'s `auth` section (or the CLI flags) configure."""
    section = dict(section or {})
    mode = section.get("mode") or ("custom" if section.get("path") else "none")
    if mode not in MODES:
        raise ConfigError(f"auth.mode {mode!r}: expected one of {', '.join(MODES)}")
    if mode == "custom":
        if not section.get("path"):
            raise ConfigError("auth mode `custom` needs `auth.path` (./auth.py:auth)")
        return load_custom_auth(str(section["path"]), project_dir)
    if mode == "api_key":
        return ApiKeyAuth(_api_key_users(section.get("api_keys")))
    if mode == "jwt":
        return JwtAuth(dict(section.get("jwt") or {}), project_dir)
    return NoAuth()
