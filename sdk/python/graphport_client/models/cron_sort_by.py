from typing import Literal

CronSortBy = Literal["assistant_id", "created_at", "cron_id", "end_time", "next_run_date", "thread_id", "updated_at"]

CRON_SORT_BY_VALUES: set[CronSortBy] = {
    "assistant_id",
    "created_at",
    "cron_id",
    "end_time",
    "next_run_date",
    "thread_id",
    "updated_at",
}


def check_cron_sort_by(value: str) -> CronSortBy:
    if value in CRON_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRON_SORT_BY_VALUES!r}")
