"""Structured logs: one JSON object a line, carrying the run and thread a line is about.

The executor sets `run_context` around each run, so everything logged while a run executes
(by graphport, langgraph or the graph itself) names its `run_id` and `thread_id`; a log call
can also pass them in `extra`. `graphport serve` installs this for its workers and uvicorn.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

_RUN: contextvars.ContextVar[tuple[str, str] | None] = contextvars.ContextVar(
    "graphport_run", default=None
)
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


@contextmanager
def run_context(run_id: str, thread_id: str) -> Iterator[None]:
    token = _RUN.set((run_id, thread_id))
    try:
        yield
    finally:
        _RUN.reset(token)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": os.getpid(),
        }
        current = _RUN.get()
        if current is not None:
            line["run_id"], line["thread_id"] = current
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)


def log_config(level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` for uvicorn (`log_config=`): JSON lines on stderr."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"default": handler},
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            **{
                name: {"handlers": [], "level": level, "propagate": True}
                for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
            },
            # Its plugin set-up lines at every start say nothing an operator needs;
            # the revisions it applies are logged by alembic.runtime.migration.
            "alembic.runtime.plugins": {"handlers": [], "level": "WARNING", "propagate": True},
        },
    }
