from typing import Literal

OnCompletion = Literal["delete", "keep"]

ON_COMPLETION_VALUES: set[OnCompletion] = {
    "delete",
    "keep",
}


def check_on_completion(value: str) -> OnCompletion:
    if value in ON_COMPLETION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ON_COMPLETION_VALUES!r}")
