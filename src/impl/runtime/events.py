"""A run's events: what the executor publishes and every stream reads."""

from __future__ import annotations

from dataclasses import dataclass

from graphport.impl.contract import encode_sse_event


@dataclass(slots=True)
class RunEvent:
    """One event of a run's stream.

    `seq` is the thread-wide sequence number (strictly increasing across the thread's
    runs); it is the SSE `id` of resumable streams and the key of the stored log.
    `data` is the JSON payload exactly as it goes on the wire.
    """

    seq: int
    event: str
    data: bytes
    _framed: bytes | None = None
    _framed_with_id: bytes | None = None

    def frame(self, with_id: bool) -> bytes:
        """The SSE bytes of this event, with or without its `id:` line (encoded once)."""
        if with_id:
            if self._framed_with_id is None:
                self._framed_with_id = encode_sse_event(self.event, self.data, str(self.seq))
            return self._framed_with_id
        if self._framed is None:
            self._framed = encode_sse_event(self.event, self.data, None)
        return self._framed

    @property
    def mode(self) -> str:
        """The stream mode an event belongs to, for `stream_mode` filters on joins.

        `values|child:1` is `values`; every `messages…` event is `messages`; the end-of-run
        marker is `lifecycle` (it only goes out on thread streams); the run-history rows are
        `history` (stored in the log, never streamed).
        """
        if self.event == RUN_DONE:
            return "lifecycle"
        if self.event in HISTORY_EVENTS:
            return HISTORY
        base = self.event.split("|", 1)[0]
        return "messages" if base.startswith("messages") else base


# The end of a run, stored in its log as the last event. Run streams never send it; thread
# streams send it as `event: metadata` with `{"status": "run_done", "run_id": ...}`.
RUN_DONE = "run_done"

# The run's history, stored in its log just before `run_done` and never streamed: the messages
# the run added to its thread (one row each, named after the message's type) and the run's
# token usage (one `token_usage` row).
HISTORY = "history"
MESSAGE_EVENTS = {
    "human": "human_message",
    "ai": "ai_message",
    "tool": "tool_message",
    "system": "system_message",
}
MESSAGE_EVENT_TYPES = frozenset(MESSAGE_EVENTS.values())
TOKEN_USAGE = "token_usage"
HISTORY_EVENTS = MESSAGE_EVENT_TYPES | {TOKEN_USAGE}
