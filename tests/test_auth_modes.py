"""The built-in authentication modes (JWT, API keys), their configuration, CORS and filters."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from graphport.impl.auth.access import containment
from graphport.impl.auth.backends import load_backend
from graphport.impl.auth.users import user_from_result
from graphport.impl.config import ConfigError
from graphport.impl.contract import ApiError
from graphport.impl.cors import cors_options
from live_server import LiveServer, example_settings, live_server

SECRET = "s3cret-for-tests-only-0123456789abcdef"
HI = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, rsa_key: rsa.RSAPrivateKey
) -> Iterator[LiveServer]:
    data: Path = tmp_path_factory.mktemp("jwt")
    jwk = json.loads(RSAAlgorithm.to_jwk(rsa_key.public_key()))
    (data / "jwks.json").write_text(json.dumps({"keys": [{**jwk, "kid": "k1", "use": "sig"}]}))
    auth = {
        "mode": "jwt",
        "jwt": {
            "secret": SECRET,
            "jwks_file": str(data / "jwks.json"),
            "issuer": "https://issuer.test",
            "audience": "graphport",
        },
    }
    with live_server(example_settings(data, auth=auth)) as live:
        yield live


def _token(sub: str, key: Any = SECRET, algorithm: str = "HS256", **claims: Any) -> str:
    payload = {
        "sub": sub,
        "iss": "https://issuer.test",
        "aud": "graphport",
        "exp": int(time.time()) + 600,
        "permissions": ["read"],
        **claims,
    }
    headers = {"kid": "k1"} if algorithm == "RS256" else None
    return jwt.encode(payload, key, algorithm=algorithm, headers=headers)


def _client(server: LiveServer, token: str | None) -> httpx.Client:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.url, headers=headers, timeout=30)


def test_jwt_hs256_and_rs256_users_are_isolated(
    server: LiveServer, rsa_key: rsa.RSAPrivateKey
) -> None:
    with (
        _client(server, _token("alice")) as alice,
        _client(server, _token("bob", rsa_key, "RS256")) as bob,
    ):
        thread = alice.post("/threads", json={}).json()
        assert thread["metadata"] == {"owner": "alice"}
        assert bob.get(f"/threads/{thread['thread_id']}").status_code == 404
        run = alice.post(
            f"/threads/{thread['thread_id']}/runs/wait", json={"assistant_id": "echo", "input": HI}
        )
        assert run.status_code == 200
        [record] = alice.get(f"/threads/{thread['thread_id']}/runs").json()
        configurable = record["kwargs"]["config"]["configurable"]
        assert configurable["langgraph_auth_user_id"] == "alice"
        assert configurable["langgraph_auth_permissions"] == ["read"]
        assert configurable["user_id"] == "alice"
        assert bob.post("/threads/search", json={}).json() == []
        # System assistants stay visible to everyone; others' assistants do not.
        mine = alice.post("/assistants", json={"graph_id": "echo"}).json()
        assert bob.get(f"/assistants/{mine['assistant_id']}").status_code == 404
        graphs = {a["graph_id"] for a in bob.post("/assistants/search", json={}).json()}
        assert "echo" in graphs


@pytest.mark.parametrize(
    ("token", "detail"),
    [
        (None, "Missing bearer token"),
        ("not-a-jwt", "Invalid token"),
        (_token("alice", "wrong-secret-0123456789abcdef0123456789"), "Invalid token"),
        (_token("alice", exp=int(time.time()) - 60), "Invalid token: Signature has expired"),
        (_token("alice", iss="https://evil.test"), "Invalid token: Invalid issuer"),
        (_token("alice", aud="someone-else"), "Invalid token: Audience doesn't match"),
        (_token(""), "Invalid token: no `sub` claim"),
    ],
)
def test_jwt_refusals_are_401(server: LiveServer, token: str | None, detail: str) -> None:
    with _client(server, token) as client:
        response = client.post("/threads/search", json={})
    assert response.status_code == 401
    assert response.json()["detail"].startswith(detail)
    assert response.headers["www-authenticate"] == "Bearer"


def test_public_operations_need_no_credentials(server: LiveServer) -> None:
    with _client(server, None) as client:
        assert client.get("/ok").status_code == 200
        assert client.get("/info").status_code == 200
        assert client.get("/openapi.json").status_code == 200
        # A path that is no operation is a 404, not a 401.
        assert client.get("/nowhere").status_code == 404


def test_cors_is_closed_by_default_when_authentication_is_on(server: LiveServer) -> None:
    preflight = {
        "origin": "https://example.com",
        "access-control-request-method": "POST",
    }
    with _client(server, None) as client:
        response = client.options("/threads", headers=preflight)
    assert "access-control-allow-origin" not in response.headers
    assert cors_options(None, open_by_default=True)["allow_origins"] == ["*"]
    assert cors_options(None, open_by_default=False)["allow_origins"] == []
    configured = {"cors": {"allow_origins": ["https://app.test"]}}
    assert cors_options(configured, open_by_default=False)["allow_origins"] == ["https://app.test"]


def test_api_key_mode_from_a_list_of_key_identity_pairs(tmp_path: Path) -> None:
    backend = load_backend({"mode": "api_key", "api_keys": ["k1=alice", "k2=bob"]}, tmp_path)
    assert backend.mode == "api_key"
    with pytest.raises(ConfigError, match="KEY=IDENTITY"):
        load_backend({"mode": "api_key", "api_keys": ["k1"]}, tmp_path)
    with pytest.raises(ConfigError, match="at least one key"):
        load_backend({"mode": "api_key", "api_keys": {}}, tmp_path)
    with pytest.raises(ConfigError, match=r"needs `auth\.jwt\.secret`"):
        load_backend({"mode": "jwt"}, tmp_path)
    with pytest.raises(ConfigError, match="expected one of"):
        load_backend({"mode": "magic"}, tmp_path)
    with pytest.raises(ConfigError, match="does not exist"):
        load_backend({"path": "./missing.py:auth"}, tmp_path)
    assert load_backend(None, tmp_path).mode == "none"


def test_filters_become_containment_documents() -> None:
    assert containment({"owner": "a"}) == {"owner": "a"}
    assert containment({"owner": {"$eq": "a"}}) == {"owner": "a"}
    assert containment({"tags": {"$contains": "x"}}) == {"tags": ["x"]}
    assert containment({"tags": {"$contains": ["x", "y"]}}) == {"tags": ["x", "y"]}
    assert containment({"nested": {"k": 1}}) == {"nested": {"k": 1}}
    with pytest.raises(ApiError, match=r"\$gt"):
        containment({"n": {"$gt": 1}})


def test_authenticate_results_become_users() -> None:
    class Custom:
        identity = "carol"
        permissions = ("admin",)
        display_name = "Carol"

    assert user_from_result("dave").identity == "dave"
    user = user_from_result({"identity": "erin", "permissions": ["p"], "org": "acme"})
    assert (user.identity, user.permissions, user["org"]) == ("erin", ["p"], "acme")
    custom = user_from_result(Custom())
    assert (custom.identity, custom.display_name, custom.permissions) == (
        "carol",
        "Carol",
        ["admin"],
    )
    assert custom.raw.__class__ is Custom
    with pytest.raises(ApiError, match="identity"):
        user_from_result({"permissions": []})
    with pytest.raises(ApiError, match="returned int"):
        user_from_result(7)


def test_cli_flags_reach_every_worker() -> None:
    from graphport.impl.auth.flags import auth_section
    from graphport.impl.config import Settings
    from live_server import EXAMPLES_CONFIG

    assert auth_section({"path": "./a.py:auth"}) == {"path": "./a.py:auth"}
    section = auth_section(None, api_keys=["k1=alice"])
    assert section == {"mode": "api_key", "api_keys": ["k1=alice"]}
    jwt_section = auth_section(None, jwt_secret="s", jwt_issuer="i")
    assert jwt_section == {"mode": "jwt", "jwt": {"secret": "s", "issuer": "i"}}
    settings = Settings.load(EXAMPLES_CONFIG, auth=section)
    assert Settings.from_env(settings.to_env()).auth == section


PG_SERVER = "postgresql://postgres@127.0.0.1:5432"


def test_ownership_filters_on_postgresql(tmp_path: Path) -> None:
    """The same SQL filters on PostgreSQL (`jsonb @>`): threads, runs, assistants, crons."""
    import uuid

    import psycopg

    from graphport.impl.config import Settings
    from live_server import EXAMPLES_CONFIG

    name = f"graphport_auth_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432 ({exc})")
    admin.execute(f'CREATE DATABASE "{name}"')
    auth = {"mode": "api_key", "api_keys": {"ka": "alice", "kb": "bob"}}
    settings = Settings.load(EXAMPLES_CONFIG, database_url=f"{PG_SERVER}/{name}", auth=auth)
    try:
        with (
            live_server(settings) as live,
            httpx.Client(base_url=live.url, headers={"x-api-key": "ka"}, timeout=30) as alice,
            httpx.Client(base_url=live.url, headers={"x-api-key": "kb"}, timeout=30) as bob,
        ):
            thread_id = alice.post("/threads", json={}).json()["thread_id"]
            waited = alice.post(
                f"/threads/{thread_id}/runs/wait", json={"assistant_id": "echo", "input": HI}
            )
            assert waited.status_code == 200
            [run] = alice.get(f"/threads/{thread_id}/runs").json()
            cron = alice.post(
                f"/threads/{thread_id}/runs/crons",
                json={"assistant_id": "echo", "schedule": "0 0 1 1 *"},
            ).json()
            assert cron["metadata"] == {"owner": "alice"}
            assert cron["user_id"] == "alice"
            assert bob.get(f"/threads/{thread_id}").status_code == 404
            assert bob.get(f"/threads/{thread_id}/runs/{run['run_id']}").status_code == 404
            assert bob.get(f"/runs/crons/{cron['cron_id']}").status_code == 404
            assert bob.post("/runs/crons/search", json={}).json() == []
            assert bob.post("/threads/count", json={}).json() == 0
            assert alice.post("/threads/count", json={}).json() == 1
            assert alice.post("/runs/crons/count", json={}).json() == 1
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


async def test_cron_executions_act_for_their_creator(tmp_path: Path) -> None:
    from graphport.impl.auth.access import Access, acting_as
    from graphport.impl.auth.users import AuthUser
    from graphport.impl.config import Settings
    from graphport.impl.services import Services
    from live_server import EXAMPLES_CONFIG

    settings = Settings.load(EXAMPLES_CONFIG, database_url=f"sqlite:///{tmp_path / 'g.db'}")
    services = Services(settings)
    await services.start()
    try:
        alice = Access(user=AuthUser({"identity": "alice"}))
        alice.confine("crons", [{"owner": "alice"}])
        with acting_as(alice):
            cron = await services.cron_service.create(
                {"assistant_id": "echo", "schedule": "0 0 1 1 *", "input": HI}, thread_id=None
            )
        assert (cron.user_id, cron.metadata) == ("alice", {"owner": "alice"})
        run = await services.cron_service.fire(cron)  # as the scheduler does: no request
        configurable = run.kwargs["config"]["configurable"]
        assert configurable["langgraph_auth_user_id"] == "alice"
        assert configurable["user_id"] == "alice"
    finally:
        await services.stop()
