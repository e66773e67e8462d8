from typing import Literal

ThreadSortBy = Literal["created_at", "state_updated_at", "status", "thread_id", "updated_at"]

THREAD_SORT_BY_VALUES: set[ThreadSortBy] = {
    "created_at",
    "state_updated_at",
    "status",
    "thread_id",
    "updated_at",
}


def check_thread_sort_by(value: str) -> ThreadSortBy:
    if value in THREAD_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_SORT_BY_VALUES!r}")
