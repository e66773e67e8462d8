from typing import Literal

OnDisconnect = Literal["cancel", "continue"]

ON_DISCONNECT_VALUES: set[OnDisconnect] = {
    "cancel",
    "continue",
}


def check_on_disconnect(value: str) -> OnDisconnect:
    if value in ON_DISCONNECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ON_DISCONNECT_VALUES!r}")
