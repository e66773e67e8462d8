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


def clamp_seq(value: int) -> int:
    """A bound on an event log `seq` as its column holds it: 32-bit on PostgreSQL, which refuses a
    larger parameter where SQLite just compares. Every stored seq lies within, so results match."""
    return max(-(2**31), min(value, 2**31 - 1))
