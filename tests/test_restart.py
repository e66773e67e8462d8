"""The embedded back-end keeps everything committed across a server restart.

One SQLite file (WAL) holds threads, runs, assistants and their versions, the run event log,
feedback, crons and store items; the checkpoints are in the same file through langgraph-checkpoint-sqlite.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from langgraph_sdk import get_client

from live_server import example_settings, live_server


async def test_everything_committed_survives_a_restart(
    tmp_path: Path,
) -> None:
    settings = example_settings(tmp_path)
    with live_server(settings) as server:
        async with get_client(url=server.url) as sdk:
            assistant = await sdk.assistants.create("steps", name="kept", config={})
            await sdk.assistants.update(assistant["assistant_id"], metadata={"v": 2})
            thread = await sdk.threads.create(metadata={"kept": True})
            values = await sdk.runs.wait(
                thread["thread_id"],
                "steps",
                input={"messages": []},
                config={"configurable": {"steps": 2, "pause": 0}},
            )
            runs = await sdk.runs.list(thread["thread_id"])
            state = await sdk.threads.get_state(thread["thread_id"])
            history = await sdk.threads.get_history(thread["thread_id"])
            await sdk.store.put_item(["users", "u1"], "prefs", {"theme": "dark"})
            item = await sdk.store.get_item(["users", "u1"], "prefs")
            cron = await sdk.crons.create_for_thread(
                thread["thread_id"], "steps", schedule="0 0 1 1 *"
            )
        async with httpx.AsyncClient(base_url=server.url) as http:
            run_id = runs[0]["run_id"]
            events_path = f"/threads/{thread['thread_id']}/runs/{run_id}/events"
            feedback_path = f"/threads/{thread['thread_id']}/runs/{run_id}/feedback"
            assert (await http.post(feedback_path, json={"rating": 1})).status_code < 300
            events = (await http.get(events_path)).json()
            feedback = (await http.get(feedback_path)).json()

    with live_server(settings) as server:
        async with get_client(url=server.url) as sdk:
            again = await sdk.threads.get(thread["thread_id"])
            assert again["metadata"]["kept"] is True
            assert again["status"] == "idle"
            assert again["values"] == values
            assert await sdk.runs.list(thread["thread_id"]) == runs
            assert await sdk.threads.get_state(thread["thread_id"]) == state
            assert await sdk.threads.get_history(thread["thread_id"]) == history
            versions = await sdk.assistants.get_versions(assistant["assistant_id"])
            assert [v["version"] for v in versions] == [2, 1]
            assert await sdk.store.get_item(["users", "u1"], "prefs", refresh_ttl=False) == item
            kept = await sdk.crons.search(thread_id=thread["thread_id"])
            assert [c["cron_id"] for c in kept] == [cron["cron_id"]]
            assert kept[0]["next_run_date"] == cron["next_run_date"]
        async with httpx.AsyncClient(base_url=server.url) as http:
            assert (await http.get(events_path)).json() == events
            assert (await http.get(feedback_path)).json() == feedback
    assert [m["content"] for m in values["messages"]] == ["step 1", "step 2"]
    assert runs[0]["status"] == "success"
    assert events
    assert feedback
    assert cron["next_run_date"]
    assert item["value"] == {"theme": "dark"}
