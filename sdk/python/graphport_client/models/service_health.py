from typing import Literal

ServiceHealth = Literal["healthy", "skipped", "unhealthy"]

SERVICE_HEALTH_VALUES: set[ServiceHealth] = {
    "healthy",
    "skipped",
    "unhealthy",
}


def check_service_health(value: str) -> ServiceHealth:
    if value in SERVICE_HEALTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_HEALTH_VALUES!r}")
