"""Integers from requests, fitted to the 64-bit integers of SQLite and PostgreSQL.

The spec bounds offsets, sequence numbers and versions below only (`minimum: 0`), so a request
may carry any integer; the database drivers refuse one beyond 64 bits (SQLite: OverflowError,
asyncpg: DataError), which surfaced as 500s. Clamping keeps every answer exact: no row has a
position, `seq` or version beyond the 64-bit range, so an offset, bound or version past it
selects what the clamped one does (nothing, everything, or no version).
"""

from __future__ import annotations

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def clamp_int64(value: int) -> int:
    """`value`, or the nearest end of the signed 64-bit range when it lies outside."""
    return max(INT64_MIN, min(INT64_MAX, value))


INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1


def clamp_int32(value: int) -> int:
    """A value compared with an `Integer` column (an event's `seq`, an assistant's `version`):
    32-bit on PostgreSQL, which refuses a larger parameter where SQLite just compares. Every
    stored value lies within the range, so results match."""
    return max(INT32_MIN, min(INT32_MAX, value))
