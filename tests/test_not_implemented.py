"""The 501 list and the Protocols: an implementation cannot miss, or silently keep, an operation."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import Response

from graphport.generated import api, models
from graphport.generated.api import OPERATIONS, SystemApi
from graphport.impl.api.system import SystemService
from graphport.impl.config import Settings
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


def _protocol_with_only_listed_operations() -> type:
    """A tag Protocol none of whose operations is built yet (the list shrinks as work lands)."""
    for protocol in (api.CronsApi, api.StoreApi, api.RunHistoryApi):
        if set(protocol.__abstractmethods__) <= NOT_IMPLEMENTED:
            return protocol
    pytest.skip("every tag has implemented operations")


def _listed_operation_and_protocol() -> tuple[str, type]:
    for protocol in (api.ThreadsApi, api.CronsApi, api.StoreApi, api.RunHistoryApi):
        listed = sorted(op for op in NOT_IMPLEMENTED if hasattr(protocol, op))
        if listed:
            return listed[0], protocol
    pytest.skip("no operation is listed any more")


def test_implement_completes_listed_operations_with_501_answers() -> None:
    protocol = _protocol_with_only_listed_operations()
    completed = implement(protocol)
    assert protocol in type(completed).__mro__


def test_implement_refuses_an_unlisted_missing_operation() -> None:
    class Partial(SystemApi):
        async def health_check(
            self, *, request: Request, check_db: Any
        ) -> models.HealthStatus | Response:
            return models.HealthStatus(ok=True, services={})

    with pytest.raises(NotImplementedListError, match="does not implement get_docs"):
        implement(Partial)


def test_implement_refuses_an_implemented_operation_still_listed() -> None:
    listed, protocol = _listed_operation_and_protocol()

    async def done(self: object, **_: object) -> Response:
        return Response(status_code=204)

    # Only `listed` is implemented: the others are missing, and listed only if still on the list.
    stubs = {
        name: done
        for name in protocol.__abstractmethods__
        if name != listed and name not in NOT_IMPLEMENTED
    }
    built = type("PartlyBuilt", (protocol,), {listed: done, **stubs})
    with pytest.raises(NotImplementedListError, match=f"implements {listed}: remove them"):
        implement(built)


def test_system_service_is_complete() -> None:
    system = implement(SystemService, Settings())
    assert not getattr(type(system), "__abstractmethods__", None)
