from typing import Literal

RunsCancelStatus = Literal["all", "pending", "running"]

RUNS_CANCEL_STATUS_VALUES: set[RunsCancelStatus] = {
    "all",
    "pending",
    "running",
}


def check_runs_cancel_status(value: str) -> RunsCancelStatus:
    if value in RUNS_CANCEL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUNS_CANCEL_STATUS_VALUES!r}")
