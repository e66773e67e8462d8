"""schemathesis against the app in process, over every operation not on the 501 list.

The schema is the served `/openapi.json` (the hand-written spec). Listed operations are excluded
by name until their issue lands (not_implemented.py); the list may only shrink, so coverage grows.
`make test` runs the seeded, bounded budget of schemathesis.toml; `make conformance` raises it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import settings

from graphport.impl.app import create_app
from graphport.impl.not_implemented import NOT_IMPLEMENTED

MAX_EXAMPLES = int(os.environ.get("GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES", "0"))

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app()).exclude(
    operation_id=sorted(NOT_IMPLEMENTED)
)


def budget(test: Callable[..., Any]) -> Callable[..., Any]:
    """schemathesis.toml's budget, unless GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES raises it."""
    if not MAX_EXAMPLES:
        return test
    return settings(max_examples=MAX_EXAMPLES, deadline=None)(test)


@schema.parametrize()
@budget
def test_implemented_operations_conform_to_the_spec(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()
