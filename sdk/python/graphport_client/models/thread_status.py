from typing import Literal

ThreadStatus = Literal["busy", "error", "idle", "interrupted"]

THREAD_STATUS_VALUES: set[ThreadStatus] = {
    "busy",
    "error",
    "idle",
    "interrupted",
}


def check_thread_status(value: str) -> ThreadStatus:
    if value in THREAD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_STATUS_VALUES!r}")
