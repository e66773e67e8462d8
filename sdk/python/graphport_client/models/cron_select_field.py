from typing import Literal

CronSelectField = Literal[
    "assistant_id",
    "created_at",
    "cron_id",
    "enabled",
    "end_time",
    "metadata",
    "next_run_date",
    "on_run_completed",
    "payload",
    "schedule",
    "thread_id",
    "timezone",
    "updated_at",
    "user_id",
]

CRON_SELECT_FIELD_VALUES: set[CronSelectField] = {
    "assistant_id",
    "created_at",
    "cron_id",
    "enabled",
    "end_time",
    "metadata",
    "next_run_date",
    "on_run_completed",
    "payload",
    "schedule",
    "thread_id",
    "timezone",
    "updated_at",
    "user_id",
}


def check_cron_select_field(value: str) -> CronSelectField:
    if value in CRON_SELECT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRON_SELECT_FIELD_VALUES!r}")
