"""A run's history: the messages it added and the tokens it used, kept beside its stream.

The executor asks `RunHistory.begin` for a `RunRecorder` when a run starts, gives the
recorder's callbacks to the graph, and, when the run ends, stores the recorder's `rows()` in
the run's event log (just before `run_done`, under `history` event names that no stream
sends) and its `counters()` on the run. While the run is going on, `RunHistory` keeps the
recorder, so the token usage so far of this worker's active runs can be read
(`include_active`).
"""

from __future__ import annotations

import logging
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler

from graphport.impl.runtime.events import TOKEN_USAGE
from graphport.impl.runtime.run_messages import added_messages
from graphport.impl.runtime.token_usage import TokenUsage, UsageCallback
from graphport.impl.serde import dumps

logger = logging.getLogger(__name__)


class RunRecorder:
    """The history of one run while it executes."""

    def __init__(self, run_id: str, thread_id: str, values_before: Any) -> None:
        self.run_id = run_id
        self.thread_id = thread_id
        self.usage = TokenUsage()
        self.message_count = 0
        self._values_before = values_before
        self.callbacks: list[BaseCallbackHandler] = [UsageCallback(self.usage)]

    def rows(self, last_values: Any) -> list[tuple[str, bytes]]:
        """The run's history rows: its added messages, then its token usage."""
        try:
            rows = list(added_messages(self._values_before, last_values))
        except Exception:  # a state the derivation cannot read must not fail the run's end
            logger.exception("reading the messages of run %s failed", self.run_id)
            rows = []
        self.message_count = len(rows)
        rows.append((TOKEN_USAGE, dumps(self.summary())))
        return rows

    def counters(self) -> dict[str, int]:
        """The run's counters, as the `runs` columns of the same names."""
        return {**self.usage.counters(), "message_count": self.message_count}

    def summary(self) -> dict[str, Any]:
        """The `token_usage` row: the counters and the split by model."""
        return {**self.usage.to_json(), "message_count": self.message_count}


class RunHistory:
    """The recorders of the runs this worker is executing, by run id."""

    def __init__(self) -> None:
        self._active: dict[str, RunRecorder] = {}

    def begin(self, run_id: str, thread_id: str, values_before: Any) -> RunRecorder:
        """A recorder for a run that starts; `values_before` is its thread's values then."""
        recorder = self._active[run_id] = RunRecorder(run_id, thread_id, values_before)
        return recorder

    def end(self, run_id: str) -> None:
        self._active.pop(run_id, None)

    def active_usage(self, thread_id: str) -> dict[str, TokenUsage]:
        """A snapshot of the token usage so far of the thread's runs executing here, by run id."""
        return {
            r.run_id: TokenUsage.from_json(r.usage.to_json())
            for r in self._active.values()
            if r.thread_id == thread_id
        }
