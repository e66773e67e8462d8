from typing import Literal

ThreadStreamMode = Literal["lifecycle", "run_modes", "state_update"]

THREAD_STREAM_MODE_VALUES: set[ThreadStreamMode] = {
    "lifecycle",
    "run_modes",
    "state_update",
}


def check_thread_stream_mode(value: str) -> ThreadStreamMode:
    if value in THREAD_STREAM_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_STREAM_MODE_VALUES!r}")
