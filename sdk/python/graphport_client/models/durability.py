from typing import Literal

Durability = Literal["async", "exit", "sync"]

DURABILITY_VALUES: set[Durability] = {
    "async",
    "exit",
    "sync",
}


def check_durability(value: str) -> Durability:
    if value in DURABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DURABILITY_VALUES!r}")
