"""examples/custom_auth driven through the official Python SDK by two users and an anonymous one.

The example's `langgraph_sdk.Auth` authenticates bearer tokens, stamps `metadata.owner` on
creates and filters everything else by it; creating assistants needs a permission Bob lacks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
)

from graphport.impl.config import Settings
from helpers import ROOT
from live_server import LiveServer, live_server

CONFIG = ROOT / "examples" / "custom_auth" / "langgraph.json"
HI = {"messages": [{"role": "user", "content": "hi"}]}


@contextmanager
def answers(status: int) -> Iterator[None]:
    """The SDK call inside fails with `status` (typed SDK errors and raw httpx ones alike)."""
    with pytest.raises(httpx.HTTPStatusError) as failure:
        yield
    assert failure.value.response.status_code == status


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data: Path = tmp_path_factory.mktemp("custom_auth")
    settings = Settings.load(CONFIG, database_url=f"sqlite:///{data / 'graphport.db'}")
    with live_server(settings) as live:
        yield live


def _client(server: LiveServer, token: str | None) -> LangGraphClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return get_client(url=server.url, api_key=None, headers=headers)


@pytest.fixture
async def alice(server: LiveServer) -> AsyncIterator[LangGraphClient]:
    async with _client(server, "alice-token") as client:
        yield client


@pytest.fixture
async def bob(server: LiveServer) -> AsyncIterator[LangGraphClient]:
    async with _client(server, "bob-token") as client:
        yield client


@pytest.fixture
async def anonymous(server: LiveServer) -> AsyncIterator[LangGraphClient]:
    async with _client(server, None) as client:
        yield client


async def test_anonymous_and_bad_tokens_get_401(
    server: LiveServer, anonymous: LangGraphClient
) -> None:
    with pytest.raises(AuthenticationError) as missing:
        await anonymous.threads.create()
    assert missing.value.response.json() == {"detail": "Missing bearer token"}
    async with _client(server, "forged") as forged:
        with pytest.raises(AuthenticationError) as invalid:
            await forged.threads.search()
    assert invalid.value.response.json() == {"detail": "Invalid token"}
    # The health check stays public.
    assert (await anonymous.http.get("/ok"))["ok"] is True


async def test_each_user_sees_only_their_threads(
    alice: LangGraphClient, bob: LangGraphClient
) -> None:
    thread = await alice.threads.create(metadata={"topic": "plans", "owner": "bob"})
    # The handler stamps the owner: a caller cannot create in someone else's name.
    assert thread["metadata"] == {"topic": "plans", "owner": "alice"}
    thread_id = thread["thread_id"]
    assert (await alice.threads.get(thread_id))["thread_id"] == thread_id
    with answers(404):
        await bob.threads.get(thread_id)
    with answers(404):
        await bob.threads.update(thread_id, metadata={"owner": "bob"})
    with answers(404):
        await bob.threads.delete(thread_id)
    with answers(404):
        await bob.threads.get_state(thread_id)
    # Copying a thread that does not exist is a 409 (a reference quirk): the same for Bob.
    with pytest.raises(ConflictError, match="does not exist"):
        await bob.threads.copy(thread_id)
    alice_ids = {t["thread_id"] for t in await alice.threads.search(limit=100)}
    bob_ids = {t["thread_id"] for t in await bob.threads.search(limit=100)}
    assert thread_id in alice_ids
    assert thread_id not in bob_ids
    assert await bob.threads.count(metadata={"topic": "plans"}) == 0
    assert await alice.threads.count(metadata={"topic": "plans"}) >= 1


async def test_runs_carry_the_identity_and_are_private(
    alice: LangGraphClient, bob: LangGraphClient
) -> None:
    thread = await alice.threads.create()
    thread_id = thread["thread_id"]
    values = await alice.runs.wait(thread_id, "whoami", input=HI)
    assert isinstance(values, dict)
    assert values["messages"][-1]["content"] == "hello Alice (alice)"
    [run] = await alice.runs.list(thread_id)
    configurable = run["kwargs"]["config"]["configurable"]
    assert configurable["langgraph_auth_user_id"] == "alice"
    assert configurable["langgraph_auth_permissions"] == ["assistants:write"]
    assert configurable["langgraph_auth_user"]["display_name"] == "Alice"

    with answers(404):
        await bob.runs.wait(thread_id, "whoami", input=HI)
    with answers(404):
        await bob.runs.create(thread_id, "whoami", input=HI)
    with answers(404):
        await bob.runs.list(thread_id)
    with answers(404):
        await bob.runs.get(thread_id, run["run_id"])
    with answers(404):
        await bob.runs.cancel(thread_id, run["run_id"])
    with answers(404):
        await bob.runs.delete(thread_id, run["run_id"])
    with answers(404):
        async for _ in bob.runs.stream(thread_id, "whoami", input=HI):
            pass
    # Joining a run one cannot see is joining a run that does not exist: the reference's one
    # `error` event, nothing of the run.
    parts = [part async for part in bob.runs.join_stream(thread_id, run["run_id"])]
    assert [part.event for part in parts] == ["error"]
    assert "not found" in str(parts[0].data)
    joined = await bob.runs.join(thread_id, run["run_id"])
    assert "__error__" in joined
    # The run is untouched by Bob's attempts.
    assert (await alice.runs.get(thread_id, run["run_id"]))["status"] == "success"

    # A stateless run is Bob's own.
    bob_values = await bob.runs.wait(None, "whoami", input=HI)
    assert isinstance(bob_values, dict)
    assert bob_values["messages"][-1]["content"] == "hello Bob (bob)"
    parts = [part async for part in bob.runs.stream(None, "whoami", input=HI)]
    assert parts[0].event == "metadata"


async def test_assistants_need_the_permission_and_stay_private(
    alice: LangGraphClient, bob: LangGraphClient
) -> None:
    with pytest.raises(PermissionDeniedError):
        await bob.assistants.create("whoami", name="bob's")
    assistant = await alice.assistants.create("whoami", name="alice's")
    assert assistant["metadata"]["owner"] == "alice"
    with answers(404):
        await bob.assistants.get(assistant["assistant_id"])
    with answers(404):
        await bob.assistants.update(assistant["assistant_id"], name="taken")
    with answers(404):
        await bob.assistants.get_versions(assistant["assistant_id"])
    with answers(404):
        await bob.assistants.delete(assistant["assistant_id"])
    found = {a["assistant_id"] for a in await bob.assistants.search(limit=100)}
    assert assistant["assistant_id"] not in found
    assert (await alice.assistants.get(assistant["assistant_id"]))["name"] == "alice's"
