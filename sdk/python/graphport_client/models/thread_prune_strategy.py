from typing import Literal

ThreadPruneStrategy = Literal["delete", "keep_latest"]

THREAD_PRUNE_STRATEGY_VALUES: set[ThreadPruneStrategy] = {
    "delete",
    "keep_latest",
}


def check_thread_prune_strategy(value: str) -> ThreadPruneStrategy:
    if value in THREAD_PRUNE_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_PRUNE_STRATEGY_VALUES!r}")
