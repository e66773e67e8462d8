from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant import Assistant
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Assistant | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Assistant.from_dict(response.json())

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
) -> Response[Assistant | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Assistant | ErrorResponse]:
    """Get an assistant.

     The id must be a UUID: a graph id here answers 422 (`Invalid assistant ID: must be a
    UUID`), unlike the run endpoints and `get_assistant_graph`. An assistant whose graph is
    no longer served answers 404.

    Args:
        assistant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Assistant | ErrorResponse | None:
    """Get an assistant.

     The id must be a UUID: a graph id here answers 422 (`Invalid assistant ID: must be a
    UUID`), unlike the run endpoints and `get_assistant_graph`. An assistant whose graph is
    no longer served answers 404.

    Args:
        assistant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Assistant | ErrorResponse]:
    """Get an assistant.

     The id must be a UUID: a graph id here answers 422 (`Invalid assistant ID: must be a
    UUID`), unlike the run endpoints and `get_assistant_graph`. An assistant whose graph is
    no longer served answers 404.

    Args:
        assistant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Assistant | ErrorResponse | None:
    """Get an assistant.

     The id must be a UUID: a graph id here answers 422 (`Invalid assistant ID: must be a
    UUID`), unlike the run endpoints and `get_assistant_graph`. An assistant whose graph is
    no longer served answers 404.

    Args:
        assistant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
        )
    ).parsed
