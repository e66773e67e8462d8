from typing import Literal

IfNotExists = Literal["create", "reject"]

IF_NOT_EXISTS_VALUES: set[IfNotExists] = {
    "create",
    "reject",
}


def check_if_not_exists(value: str) -> IfNotExists:
    if value in IF_NOT_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IF_NOT_EXISTS_VALUES!r}")
