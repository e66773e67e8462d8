"""Every difference between graphport and the reference that the differential run accepts, and why.

This is the one list. A difference not matched here fails `make conformance`. Each entry says
where (`route` and `path`, globs: `*` is any text, list indices are written `[]`), which side
differs how (`kind`), and why it is acceptable:

- `improvement`: graphport deliberately does better (../shared/design/DECISIONS.md §7-8).
- `extension`: graphport adds something (a field, a header) that clients ignore.
- `incidental`: the value names the server or its deployment, or is human text; no client
  reads it.
- `gap`: graphport lacks something the reference does. Accepted so the suite stays green, listed
  so it is fixed: each says what clients lose. The report counts them separately.

Entries are matched against `Difference.location` (`METHOD /route :: path`); an entry may be
limited to some scenarios. Keep entries narrow: a rule that matches everything hides regressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from conformance.kit.diff import Difference


@dataclass(frozen=True)
class Allowed:
    route: str
    path: str
    kind: str
    reason: str
    scenarios: tuple[str, ...] = ()

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        def glob(text: str) -> str:
            return ".*".join(re.escape(part) for part in text.split("*"))

        return re.compile(f"{glob(self.route)} :: {glob(self.path)}")

    def matches(self, difference: Difference) -> bool:
        if self.scenarios and difference.scenario not in self.scenarios:
            return False
        location = re.sub(r"\[\d+\]", "[]", difference.location)
        return self._pattern.fullmatch(location) is not None


RUN_ROUTES = "* /*runs*"
STATE_ROUTES = "* /threads/{thread}/*"
SERVER_METADATA = "Metadata the server stamps on every run and checkpoint to name itself"

ALLOWED: list[Allowed] = [
    # -- improvements ------------------------------------------------------------------------
    Allowed(
        "*",
        "*events[].id",
        "improvement",
        "SSE event ids are a strictly increasing integer per run; the reference's `<ms>-0` ids "
        "repeat within a millisecond and compare as strings (DECISIONS §8, REFERENCE appendix C). "
        "Clients treat ids as opaque and echo them in Last-Event-ID.",
    ),
    Allowed(
        "GET /threads/{thread}/runs/{run}/stream",
        "request.headers.last-event-id",
        "improvement",
        "The client echoes the event id it received, so its shape follows the ids above.",
    ),
    # -- extensions --------------------------------------------------------------------------
    Allowed(
        RUN_ROUTES,
        "response.body.json*."
        "{total_tokens,total_input_tokens,total_output_tokens,lead_agent_tokens,subagent_tokens,"
        "middleware_tokens,message_count,llm_call_count}",
        "extension",
        "Token usage and message counts on every Run: the seed's run-history fields (issue 6), "
        "additive and optional in the spec.",
    ),
    Allowed(
        "*",
        "*graphport_version",
        "extension",
        "graphport stamps its own version where the reference stamps `langgraph_api_version`.",
    ),
    Allowed(
        "*",
        "*metadata.langgraph_host",
        "extension",
        "graphport says where it runs (`self-hosted`), as the platform's cloud deployments do.",
    ),
    Allowed(
        STATE_ROUTES,
        "response.body.json*.metadata.assistant_id",
        "extension",
        "graphport keeps the assistant that wrote each checkpoint in its metadata.",
    ),
    Allowed(
        "GET /threads/{thread}/state/{checkpoint}",
        "response.body.json.checkpoint.checkpoint_ns",
        "extension",
        "The checkpoint of a state read by id carries its (empty) namespace, as `GET /state` "
        "does on both servers.",
    ),
    # -- incidental --------------------------------------------------------------------------
    Allowed(
        "*",
        "*metadata.{langgraph_plan,langgraph_api_version,langgraph_api_url,langgraph_version,run_attempt}",
        "incidental",
        SERVER_METADATA + " (plan, version, own URL) or count its retries; graphport has no plans.",
    ),
    Allowed(
        "*",
        "*langgraph_{plan,api_version,api_url,version,host}",
        "incidental",
        SERVER_METADATA + ", as echoed in the metadata of streamed messages.",
    ),
    Allowed(
        STATE_ROUTES,
        "response.body.json*.metadata.thread_id",
        "incidental",
        "The reference copies the thread id into every checkpoint's metadata; it is already in "
        "the checkpoint (`checkpoint.thread_id`).",
    ),
    Allowed(
        RUN_ROUTES,
        "response.body.json*.kwargs.config.configurable.__pregel_node_finished",
        "incidental",
        "An internal callback slot of the reference's executor leaks into the stored run "
        "config as `null`; it means nothing to a client.",
    ),
    Allowed(
        "*",
        "response.body.json.detail",
        "incidental",
        "404 texts: graphport names what was not found (`Run <id> not found`) where the "
        "reference says `Not Found`; the status code is the protocol.",
        scenarios=(
            "py_assistants_lifecycle",
            "py_cancel_rollback_mid_stream",
            "py_double_text_rollback",
        ),
    ),
    Allowed(
        "POST /threads*",
        "response.body.json.values",
        "incidental",
        "A thread with no state yet: graphport writes `values: null`, the reference omits the "
        "key for a copied thread or one returned by `if_exists=do_nothing`; both mean no values.",
        scenarios=("py_threads_lifecycle",),
    ),
    # -- gaps --------------------------------------------------------------------------------
    Allowed(
        "POST /threads/{thread}/runs/{run}/cancel",
        "response.body.json.messages",
        "gap",
        "`cancel?wait=1` of a streaming run: graphport answers the run's last values (as "
        "`join` does, REFERENCE §3), the reference `{}`.",
        scenarios=("py_cancel_interrupt_mid_stream",),
    ),
    Allowed(
        "GET /threads/{thread}",
        "response.body.json.{error,interrupts}",
        "gap",
        "After `cancel?action=rollback`, the reference keeps a `UserRollback` error on the "
        "thread and omits `interrupts`; graphport leaves the thread clean (`error: null`, "
        "`interrupts: {}`), as if the rolled-back run had never been.",
        scenarios=("py_cancel_rollback_mid_stream",),
    ),
]


def _expand(text: str) -> list[str]:
    """`a.{b,c}` -> [`a.b`, `a.c`] (one brace group)."""
    match = re.search(r"\{([^{}]*,[^{}]*)\}", text)
    if not match:
        return [text]
    return [
        out
        for option in match.group(1).split(",")
        for out in _expand(text[: match.start()] + option + text[match.end() :])
    ]


def _expanded(entries: list[Allowed]) -> list[tuple[Allowed, Allowed]]:
    """(entry as written, one of its brace alternatives)."""
    return [
        (entry, Allowed(route, path, entry.kind, entry.reason, entry.scenarios))
        for entry in entries
        for route in _expand(entry.route)
        for path in _expand(entry.path)
    ]


_MATCHERS = _expanded(ALLOWED)


def explain(difference: Difference) -> Allowed | None:
    """The entry that allows `difference`, or None."""
    for entry, alternative in _MATCHERS:
        if alternative.matches(difference):
            return entry
    return None
