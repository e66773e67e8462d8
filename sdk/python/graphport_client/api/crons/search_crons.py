from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron_fields import CronFields
from ...models.cron_search_request import CronSearchRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CronSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/crons/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[CronFields] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_cron_list_item_data in _response_200:
            componentsschemas_cron_list_item = CronFields.from_dict(componentsschemas_cron_list_item_data)

            response_200.append(componentsschemas_cron_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[CronFields]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CronSearchRequest,
) -> Response[ErrorResponse | list[CronFields]]:
    """Search (or list) crons.

     Lists the crons that match every given filter, newest first unless `sort_by` /
    `sort_order` say otherwise. With `select`, each item carries only the named fields.

    Args:
        body (CronSearchRequest): The body of `search_crons`. Filters combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CronFields]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CronSearchRequest,
) -> ErrorResponse | list[CronFields] | None:
    """Search (or list) crons.

     Lists the crons that match every given filter, newest first unless `sort_by` /
    `sort_order` say otherwise. With `select`, each item carries only the named fields.

    Args:
        body (CronSearchRequest): The body of `search_crons`. Filters combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CronFields]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CronSearchRequest,
) -> Response[ErrorResponse | list[CronFields]]:
    """Search (or list) crons.

     Lists the crons that match every given filter, newest first unless `sort_by` /
    `sort_order` say otherwise. With `select`, each item carries only the named fields.

    Args:
        body (CronSearchRequest): The body of `search_crons`. Filters combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CronFields]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CronSearchRequest,
) -> ErrorResponse | list[CronFields] | None:
    """Search (or list) crons.

     Lists the crons that match every given filter, newest first unless `sort_by` /
    `sort_order` say otherwise. With `select`, each item carries only the named fields.

    Args:
        body (CronSearchRequest): The body of `search_crons`. Filters combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CronFields]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
