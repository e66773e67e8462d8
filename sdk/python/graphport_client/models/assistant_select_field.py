from typing import Literal

AssistantSelectField = Literal[
    "assistant_id",
    "config",
    "context",
    "created_at",
    "description",
    "graph_id",
    "metadata",
    "name",
    "updated_at",
    "version",
]

ASSISTANT_SELECT_FIELD_VALUES: set[AssistantSelectField] = {
    "assistant_id",
    "config",
    "context",
    "created_at",
    "description",
    "graph_id",
    "metadata",
    "name",
    "updated_at",
    "version",
}


def check_assistant_select_field(value: str) -> AssistantSelectField:
    if value in ASSISTANT_SELECT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSISTANT_SELECT_FIELD_VALUES!r}")
