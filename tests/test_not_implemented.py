"""The 501 list and the Protocols: an implementation cannot miss, or silently keep, an operation."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import api, models
from graphport.generated.api import OPERATIONS, SystemApi
from graphport.impl import not_implemented
from graphport.impl.api.system import SystemService
from graphport.impl.config import Settings
from graphport.impl.contract import ApiError
from graphport.impl.not_implemented import (
    NOT_IMPLEMENTED,
    NotImplementedListError,
    implement,
    not_implemented_detail,
)
from helpers import minimal_request


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_an_operation_answers_501_exactly_when_it_is_listed(
    client: TestClient, spec: dict[str, Any], operation_id: str
) -> None:
    method, path = OPERATIONS[operation_id]
    response = client.request(**minimal_request(spec, path, method))
    if operation_id in NOT_IMPLEMENTED:
        assert response.status_code == 501, response.text
        assert response.json() == {"detail": not_implemented_detail(operation_id)}
    else:
        assert response.status_code not in (422, 501), response.text


def test_the_list_names_only_operations_of_the_spec() -> None:
    assert set(OPERATIONS) >= NOT_IMPLEMENTED


def test_implementations_subclass_their_protocol() -> None:
    # Protocols are not runtime-checkable: subclassing is checked through the MRO (and by mypy).
    assert SystemApi in SystemService.__mro__


def test_a_class_missing_a_method_cannot_be_instantiated() -> None:
    class Partial(SystemApi):
        async def health_check(
            self, *, request: Request, check_db: Any
        ) -> models.HealthStatus | Response:
            return models.HealthStatus(ok=True, services={})

    with pytest.raises(TypeError, match="abstract"):
        Partial()  # type: ignore[abstract]


PROTOCOLS = [
    value
    for name, value in vars(api).items()
    if name.endswith("Api") and isinstance(value, type) and value.__module__ == api.__name__
]


def _operations_of(protocol: type) -> set[str]:
    return {name for name in dir(protocol) if name in OPERATIONS}


@pytest.fixture
def system_listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[frozenset[str]]:
    """Pretend the system tag is not built: every operation is built now, so the list is empty,
    yet `implement()` must keep completing listed operations with 501s and refusing stale lists."""
    listed = frozenset(_operations_of(SystemApi))
    monkeypatch.setattr(not_implemented, "NOT_IMPLEMENTED", listed)
    not_implemented._completed.cache_clear()
    yield listed
    not_implemented._completed.cache_clear()


def test_implement_completes_listed_operations_with_501_answers(
    system_listed: frozenset[str],
) -> None:
    completed = implement(SystemApi)
    assert SystemApi in type(completed).__mro__
    assert not getattr(type(completed), "__abstractmethods__", None)
    with pytest.raises(ApiError) as raised:
        asyncio.run(completed.health_check())  # type: ignore[call-arg]
    assert raised.value.status_code == 501
    assert "health_check" in str(raised.value.detail)


def test_implement_refuses_an_unlisted_missing_operation() -> None:
    class Partial(SystemApi):
        async def health_check(
            self, *, request: Request, check_db: Any
        ) -> models.HealthStatus | Response:
            return models.HealthStatus(ok=True, services={})

    with pytest.raises(NotImplementedListError, match="does not implement get_docs"):
        implement(Partial)


def test_implement_refuses_an_implemented_operation_still_listed(
    system_listed: frozenset[str],
) -> None:
    with pytest.raises(NotImplementedListError, match=r"implements .*: remove them"):
        implement(SystemService, Settings())


def test_system_service_is_complete() -> None:
    system = implement(SystemService, Settings())
    assert not getattr(type(system), "__abstractmethods__", None)
