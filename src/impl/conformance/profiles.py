"""Capability profiles: which scenarios and operations measure which part of the protocol.

A server that does not build crons is not "failing the crons scenarios": it lacks the
capability, and the report says so (skipped, with the probe that showed it) while every other
profile is still measured. A profile is absent when one of its probes answers 404, 405 or 501
(the route is unknown, or the server declares it unbuilt); `core` has no probe, it is what every
LangGraph-compatible server serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

ABSENT_STATUSES = {404, 405, 501}


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    scenarios: tuple[str, ...]
    # (method, path, json body): requests that answer something other than 404/405/501 when the
    # capability is there (a malformed id gets a 422 from a known route, a 404 from an unknown
    # one). Searches and malformed ids only, so no probe changes server state.
    probes: tuple[tuple[str, str, Any], ...] = ()
    # Tags of the spec whose operations the schemathesis suite counts under this profile.
    tags: tuple[str, ...] = field(default=())


PROFILES: dict[str, Profile] = {
    profile.name: profile
    for profile in (
        Profile(
            "core",
            "runs, threads and assistants: create, stream, wait, state, history, errors",
            (
                "py_chat_stream_messages",
                "py_chat_stream_legacy_messages",
                "py_stream_values_updates_custom",
                "py_stream_subgraphs",
                "py_stateless_runs",
                "py_background_run_join",
                "py_cancel_finished_run",
                "py_graph_error",
                "py_threads_lifecycle",
                "py_state_and_history",
                "py_assistants_lifecycle",
                "js_chat_stream",
                "js_threads_sidebar",
            ),
            tags=("Assistants", "Threads", "Thread Runs", "Stateless Runs", "System"),
        ),
        Profile(
            "hitl",
            "interrupts and Command(resume=...) through both clients",
            ("py_interrupt_then_resume", "py_interrupt_wait_resume", "js_interrupt_resume"),
        ),
        Profile(
            "resumable",
            "joining a run's stream after a disconnect, replay from Last-Event-ID",
            ("py_join_after_disconnect", "js_join_stream_replay"),
        ),
        Profile(
            "multitask",
            "double texting (reject, enqueue, interrupt, rollback) and cancelling a running run",
            (
                "py_double_text_reject",
                "py_double_text_enqueue",
                "py_double_text_interrupt",
                "py_double_text_rollback",
                "py_cancel_interrupt_mid_stream",
                "py_cancel_rollback_mid_stream",
                "js_double_text",
                "js_stop_button",
            ),
        ),
        Profile(
            "store",
            "the long-term store API",
            ("py_store_items", "js_store"),
            probes=(("POST", "/store/namespaces", {}),),
            tags=("Store",),
        ),
        Profile(
            "crons",
            "scheduled runs",
            ("py_crons_lifecycle",),
            probes=(("POST", "/runs/crons/search", {}),),
            tags=("Crons",),
        ),
        Profile(
            "seed-extras",
            "the seed's additions (run history with token usage); graphport-only operations",
            (),
            probes=(("GET", "/threads/not-a-uuid/token-usage", None),),
            tags=("Run History",),
        ),
    )
}


def probe(url: str, profile: Profile) -> str | None:
    """Why `profile` is absent on the server at `url`, or None when it is there."""
    for method, path, body in profile.probes:
        try:
            response = httpx.request(method, url + path, json=body, timeout=30)
        except httpx.HTTPError as exc:
            return f"{method} {path}: {exc!r}"
        if response.status_code in ABSENT_STATUSES:
            return f"{method} {path} answers {response.status_code}"
    return None


def profile_of(scenario: str) -> str:
    for profile in PROFILES.values():
        if scenario in profile.scenarios:
            return profile.name
    return "core"
