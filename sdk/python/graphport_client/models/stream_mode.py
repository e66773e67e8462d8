from typing import Literal

StreamMode = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "tools", "updates", "values"
]

STREAM_MODE_VALUES: set[StreamMode] = {
    "checkpoints",
    "custom",
    "debug",
    "events",
    "messages",
    "messages-tuple",
    "tasks",
    "tools",
    "updates",
    "values",
}


def check_stream_mode(value: str) -> StreamMode:
    if value in STREAM_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_MODE_VALUES!r}")
