from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.health_check_check_db import HealthCheckCheckDb
from ...models.health_status import HealthStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    check_db: HealthCheckCheckDb | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_check_db: int | Unset = UNSET
    if not isinstance(check_db, Unset):
        json_check_db = check_db

    params["check_db"] = json_check_db

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ok",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HealthStatus | None:
    if response.status_code == 200:
        response_200 = HealthStatus.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = HealthStatus.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = HealthStatus.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HealthStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    check_db: HealthCheckCheckDb | Unset = 0,
) -> Response[ErrorResponse | HealthStatus]:
    """Report whether the server is healthy.

     Answers 200 `{"ok": true, "services": {...}}` while the server can serve requests.
    `services` names each back-end dependency (database, stream broker, ...): `skipped` unless
    `check_db=1` asks for it to be probed, then `healthy` or `unhealthy`. A failed probe
    answers 500, an overloaded dependency 503, both with `ok: false`.

    Args:
        check_db (HealthCheckCheckDb | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HealthStatus]
    """

    kwargs = _get_kwargs(
        check_db=check_db,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    check_db: HealthCheckCheckDb | Unset = 0,
) -> ErrorResponse | HealthStatus | None:
    """Report whether the server is healthy.

     Answers 200 `{"ok": true, "services": {...}}` while the server can serve requests.
    `services` names each back-end dependency (database, stream broker, ...): `skipped` unless
    `check_db=1` asks for it to be probed, then `healthy` or `unhealthy`. A failed probe
    answers 500, an overloaded dependency 503, both with `ok: false`.

    Args:
        check_db (HealthCheckCheckDb | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HealthStatus
    """

    return sync_detailed(
        client=client,
        check_db=check_db,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    check_db: HealthCheckCheckDb | Unset = 0,
) -> Response[ErrorResponse | HealthStatus]:
    """Report whether the server is healthy.

     Answers 200 `{"ok": true, "services": {...}}` while the server can serve requests.
    `services` names each back-end dependency (database, stream broker, ...): `skipped` unless
    `check_db=1` asks for it to be probed, then `healthy` or `unhealthy`. A failed probe
    answers 500, an overloaded dependency 503, both with `ok: false`.

    Args:
        check_db (HealthCheckCheckDb | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HealthStatus]
    """

    kwargs = _get_kwargs(
        check_db=check_db,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    check_db: HealthCheckCheckDb | Unset = 0,
) -> ErrorResponse | HealthStatus | None:
    """Report whether the server is healthy.

     Answers 200 `{"ok": true, "services": {...}}` while the server can serve requests.
    `services` names each back-end dependency (database, stream broker, ...): `skipped` unless
    `check_db=1` asks for it to be probed, then `healthy` or `unhealthy`. A failed probe
    answers 500, an overloaded dependency 503, both with `ok: false`.

    Args:
        check_db (HealthCheckCheckDb | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HealthStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            check_db=check_db,
        )
    ).parsed
