from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_fields import RunFields
from ...models.stateless_run_create import StatelessRunCreate
from ...types import Response


def _get_kwargs(
    *,
    body: list[StatelessRunCreate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/batch",
    }

    _kwargs["json"] = []
    for componentsschemas_run_batch_create_item_data in body:
        componentsschemas_run_batch_create_item = componentsschemas_run_batch_create_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_run_batch_create_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RunFields] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_run_list_item_data in _response_200:
            componentsschemas_run_list_item = RunFields.from_dict(componentsschemas_run_list_item_data)

            response_200.append(componentsschemas_run_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | list[RunFields]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[StatelessRunCreate],
) -> Response[ErrorResponse | list[RunFields]]:
    """Create several background runs, each on its own temporary thread.

    Args:
        body (list[StatelessRunCreate]): Stateless runs to create, each on its own temporary
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunFields]]
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
    body: list[StatelessRunCreate],
) -> ErrorResponse | list[RunFields] | None:
    """Create several background runs, each on its own temporary thread.

    Args:
        body (list[StatelessRunCreate]): Stateless runs to create, each on its own temporary
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunFields]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[StatelessRunCreate],
) -> Response[ErrorResponse | list[RunFields]]:
    """Create several background runs, each on its own temporary thread.

    Args:
        body (list[StatelessRunCreate]): Stateless runs to create, each on its own temporary
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunFields]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[StatelessRunCreate],
) -> ErrorResponse | list[RunFields] | None:
    """Create several background runs, each on its own temporary thread.

    Args:
        body (list[StatelessRunCreate]): Stateless runs to create, each on its own temporary
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunFields]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
