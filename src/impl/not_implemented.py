"""The operations not built yet, and the helper that makes them answer 501.

`NOT_IMPLEMENTED` is the one list of operations that answer `501 {"detail": "... is not
implemented yet"}` until their issue lands. It may only shrink: `implement()` refuses to start
the app when a listed operation is implemented (take it off the list) or when an operation is
neither implemented nor listed. schemathesis skips the listed operations by name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NoReturn, ParamSpec, TypeVar

from graphport.generated.api import OPERATIONS
from graphport.impl.contract import ApiError

NOT_IMPLEMENTED: frozenset[str] = frozenset()  # every operation of the spec is built


P = ParamSpec("P")
T = TypeVar("T")


class NotImplementedListError(Exception):
    """The implementations and the 501 list disagree; the message says how to fix it."""


def not_implemented_detail(operation_id: str) -> str:
    method, path = OPERATIONS[operation_id]
    return f"{operation_id} ({method} {path}) is not implemented yet"


def _answer_501(operation_id: str) -> Callable[..., Any]:
    async def not_implemented(self: object, **_: object) -> NoReturn:
        raise ApiError(501, not_implemented_detail(operation_id))

    not_implemented.__name__ = not_implemented.__qualname__ = operation_id
    return not_implemented


def check_list() -> None:
    """Every listed name must be an operation of the spec (a rename or removal shows up here)."""
    unknown = sorted(NOT_IMPLEMENTED - OPERATIONS.keys())
    if unknown:
        raise NotImplementedListError(
            f"NOT_IMPLEMENTED lists operations the spec does not have: {', '.join(unknown)}"
        )


@functools.cache
def _completed(cls: type) -> type:
    operations = {name for name in dir(cls) if name in OPERATIONS}
    missing = set(getattr(cls, "__abstractmethods__", ()))
    unlisted = sorted(missing - NOT_IMPLEMENTED)
    if unlisted:
        raise NotImplementedListError(
            f"{cls.__name__} does not implement {', '.join(unlisted)}: implement them, or add "
            "them to NOT_IMPLEMENTED (src/impl/not_implemented.py)"
        )
    done = sorted((operations & NOT_IMPLEMENTED) - missing)
    if done:
        raise NotImplementedListError(
            f"{cls.__name__} implements {', '.join(done)}: remove them from NOT_IMPLEMENTED "
            "(src/impl/not_implemented.py)"
        )
    if not missing:
        return cls
    stubs = {name: _answer_501(name) for name in sorted(missing)}
    return type(cls.__name__, (cls,), {"__doc__": cls.__doc__, **stubs})


def implement(cls: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Instantiate an implementation of a generated Protocol, completed with 501 answers.

    `cls` is a subclass of a `<Tag>Api` Protocol (or the Protocol itself, when nothing of the
    tag is built yet). Each abstract method it leaves must be listed in `NOT_IMPLEMENTED` and
    answers 501; a listed method it implements is an error, so the list shrinks as work lands.
    """
    completed: Callable[P, T] = _completed(cls)
    return completed(*args, **kwargs)
