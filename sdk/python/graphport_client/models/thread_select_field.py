from typing import Literal

ThreadSelectField = Literal[
    "config",
    "context",
    "created_at",
    "error",
    "interrupts",
    "metadata",
    "state_updated_at",
    "status",
    "thread_id",
    "updated_at",
    "values",
]

THREAD_SELECT_FIELD_VALUES: set[ThreadSelectField] = {
    "config",
    "context",
    "created_at",
    "error",
    "interrupts",
    "metadata",
    "state_updated_at",
    "status",
    "thread_id",
    "updated_at",
    "values",
}


def check_thread_select_field(value: str) -> ThreadSelectField:
    if value in THREAD_SELECT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SELECT_FIELD_VALUES!r}")
