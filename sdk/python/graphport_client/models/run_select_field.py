from typing import Literal

RunSelectField = Literal[
    "assistant_id",
    "created_at",
    "kwargs",
    "metadata",
    "multitask_strategy",
    "run_id",
    "status",
    "thread_id",
    "updated_at",
]

RUN_SELECT_FIELD_VALUES: set[RunSelectField] = {
    "assistant_id",
    "created_at",
    "kwargs",
    "metadata",
    "multitask_strategy",
    "run_id",
    "status",
    "thread_id",
    "updated_at",
}


def check_run_select_field(value: str) -> RunSelectField:
    if value in RUN_SELECT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_SELECT_FIELD_VALUES!r}")
