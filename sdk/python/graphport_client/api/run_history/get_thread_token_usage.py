from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_token_usage import ThreadTokenUsage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    include_active: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_active"] = include_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/token-usage".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadTokenUsage | None:
    if response.status_code == 200:
        response_200 = ThreadTokenUsage.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadTokenUsage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_active: bool | Unset = False,
) -> Response[ErrorResponse | ThreadTokenUsage]:
    """Get the model token usage of a thread.

     Tokens used by the model calls of the thread's runs, in total, per model and per kind of
    caller. Runs that have ended only (whatever their status), unless `include_active` adds
    what running runs have used so far (a pending run has used nothing and is not counted).
    A model is named by its reply's `response_metadata.model_name`; calls that name none
    are counted under `unknown`.

    Args:
        thread_id (UUID):
        include_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadTokenUsage]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        include_active=include_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_active: bool | Unset = False,
) -> ErrorResponse | ThreadTokenUsage | None:
    """Get the model token usage of a thread.

     Tokens used by the model calls of the thread's runs, in total, per model and per kind of
    caller. Runs that have ended only (whatever their status), unless `include_active` adds
    what running runs have used so far (a pending run has used nothing and is not counted).
    A model is named by its reply's `response_metadata.model_name`; calls that name none
    are counted under `unknown`.

    Args:
        thread_id (UUID):
        include_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadTokenUsage
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        include_active=include_active,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_active: bool | Unset = False,
) -> Response[ErrorResponse | ThreadTokenUsage]:
    """Get the model token usage of a thread.

     Tokens used by the model calls of the thread's runs, in total, per model and per kind of
    caller. Runs that have ended only (whatever their status), unless `include_active` adds
    what running runs have used so far (a pending run has used nothing and is not counted).
    A model is named by its reply's `response_metadata.model_name`; calls that name none
    are counted under `unknown`.

    Args:
        thread_id (UUID):
        include_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadTokenUsage]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        include_active=include_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_active: bool | Unset = False,
) -> ErrorResponse | ThreadTokenUsage | None:
    """Get the model token usage of a thread.

     Tokens used by the model calls of the thread's runs, in total, per model and per kind of
    caller. Runs that have ended only (whatever their status), unless `include_active` adds
    what running runs have used so far (a pending run has used nothing and is not counted).
    A model is named by its reply's `response_metadata.model_name`; calls that name none
    are counted under `unknown`.

    Args:
        thread_id (UUID):
        include_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadTokenUsage
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            include_active=include_active,
        )
    ).parsed
