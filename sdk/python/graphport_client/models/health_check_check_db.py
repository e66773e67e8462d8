from typing import Literal

HealthCheckCheckDb = Literal[0, 1]

HEALTH_CHECK_CHECK_DB_VALUES: set[HealthCheckCheckDb] = {
    0,
    1,
}


def check_health_check_check_db(value: int) -> HealthCheckCheckDb:
    if value in HEALTH_CHECK_CHECK_DB_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HEALTH_CHECK_CHECK_DB_VALUES!r}")
