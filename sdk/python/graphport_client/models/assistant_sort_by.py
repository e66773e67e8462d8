from typing import Literal

AssistantSortBy = Literal["assistant_id", "created_at", "graph_id", "name", "updated_at"]

ASSISTANT_SORT_BY_VALUES: set[AssistantSortBy] = {
    "assistant_id",
    "created_at",
    "graph_id",
    "name",
    "updated_at",
}


def check_assistant_sort_by(value: str) -> AssistantSortBy:
    if value in ASSISTANT_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_SORT_BY_VALUES!r}")
