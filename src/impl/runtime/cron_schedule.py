"""Cron expressions read with croniter: validation and the next run date, in a time zone.

Schedules are read in the cron's IANA time zone (UTC when it has none), so `0 8 * * *` in
`Europe/Paris` means 08:00 local time across daylight-saving changes; dates are stored in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from graphport.impl.contract import ApiError


def _croniter() -> Any:
    """croniter, imported on first use: it pulls in dateutil, which slows every start-up."""
    from croniter import croniter  # type: ignore[import-untyped]

    return croniter


def check_schedule(schedule: str) -> str:
    """422 unless `schedule` is a five-field cron expression croniter can read."""
    if len(schedule.split()) != 5 or not _croniter().is_valid(schedule):
        raise ApiError(
            422,
            f"Invalid schedule: {schedule!r} is not a five-field cron expression "
            "(minute hour day-of-month month day-of-week), e.g. '*/5 * * * *'",
        )
    return schedule


def check_timezone(timezone: str | None) -> str | None:
    """422 unless `timezone` is an IANA time zone name (None means UTC)."""
    if timezone is None:
        return None
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, KeyError):
        raise ApiError(
            422,
            f"Invalid timezone: {timezone!r}. Use an IANA time zone name (e.g. 'Europe/Paris').",
        ) from None
    return timezone


def next_run_after(
    schedule: str,
    after: datetime,
    timezone: str | None = None,
    end_time: datetime | None = None,
) -> datetime | None:
    """The first time strictly after `after` that `schedule` matches, in UTC.

    None once that time is past `end_time`: the cron has no run left.
    """
    local = after.astimezone(ZoneInfo(timezone) if timezone else UTC)
    following: datetime = _croniter()(schedule, local).get_next(datetime)
    following = following.astimezone(UTC)
    if end_time is not None and following > end_time:
        return None
    return following
