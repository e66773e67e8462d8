"""Smoke scenario of the generated Python client (sdk/python) against a live graphport.

    .venv-sdk/bin/python tests/sdk_smoke.py http://127.0.0.1:2024

Creates a thread, runs the `echo` graph on it and waits for the result, then reads the thread's
state; exits 1 with the step and the server's answer when anything is off. It runs where
sdk/python is installed (`.venv-sdk`, by `make check-sdk`), as a user of the client would;
tests/test_sdk.py starts the server and runs it.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from graphport_client import Client
from graphport_client.api.thread_runs import wait_run
from graphport_client.api.threads import create_thread, get_thread_state
from graphport_client.models import RunCreate, Thread, ThreadCreate, ThreadState
from graphport_client.types import Response

EXPECTED = "echo: hi"


class SmokeError(Exception):
    """A step answered something else than the contract promises."""


def parsed(step: str, response: Response[Any], kind: type) -> Any:
    if response.status_code // 100 != 2 or not isinstance(response.parsed, kind):
        body = response.content.decode(errors="replace")
        raise SmokeError(f"{step}: HTTP {response.status_code} {body}")
    return response.parsed


def last_message(values: Any, step: str) -> Any:
    messages = values.get("messages") if isinstance(values, dict) else None
    if not messages:
        raise SmokeError(f"{step}: no messages in {json.dumps(values)}")
    return messages[-1].get("content")


def run(base_url: str) -> dict[str, Any]:
    with Client(base_url=base_url, timeout=60) as client:
        response = create_thread.sync_detailed(client=client, body=ThreadCreate())
        thread: Thread = parsed("create_thread", response, Thread)

        body = RunCreate(
            assistant_id="echo", input_={"messages": [{"role": "user", "content": "hi"}]}
        )
        result = wait_run.sync_detailed(thread.thread_id, client=client, body=body)
        if result.status_code != 200:
            raise SmokeError(f"wait_run: HTTP {result.status_code} {result.content.decode()}")
        if last_message(result.parsed, "wait_run") != EXPECTED:
            raise SmokeError(f"wait_run: expected {EXPECTED!r}, got {result.parsed!r}")

        state_response = get_thread_state.sync_detailed(thread.thread_id, client=client)
        state: ThreadState = parsed("get_thread_state", state_response, ThreadState)
        values = state.values if isinstance(state.values, list) else state.values.to_dict()
        if last_message(values, "get_thread_state") != EXPECTED:
            raise SmokeError(f"get_thread_state: expected {EXPECTED!r}, got {values!r}")
        return {"thread_id": str(thread.thread_id), "last_message": EXPECTED}


def main(argv: list[str]) -> int:
    try:
        print(json.dumps(run(argv[1])))
    except SmokeError as exc:
        print(f"smoke: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
