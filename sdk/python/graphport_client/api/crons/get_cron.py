from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron import Cron
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    cron_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/runs/crons/{cron_id}".format(
            cron_id=quote(str(cron_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Cron | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Cron.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Cron | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cron | ErrorResponse]:
    """Get a cron.

    Args:
        cron_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cron_id=cron_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Cron | ErrorResponse | None:
    """Get a cron.

    Args:
        cron_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return sync_detailed(
        cron_id=cron_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Cron | ErrorResponse]:
    """Get a cron.

    Args:
        cron_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cron_id=cron_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Cron | ErrorResponse | None:
    """Get a cron.

    Args:
        cron_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cron_id=cron_id,
            client=client,
        )
    ).parsed
