from typing import Literal

IfExists = Literal["do_nothing", "raise"]

IF_EXISTS_VALUES: set[IfExists] = {
    "do_nothing",
    "raise",
}


def check_if_exists(value: str) -> IfExists:
    if value in IF_EXISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IF_EXISTS_VALUES!r}")
