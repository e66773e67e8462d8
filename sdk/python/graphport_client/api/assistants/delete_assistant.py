from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assistant_id: UUID,
    *,
    delete_threads: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_threads"] = delete_threads

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    delete_threads: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Delete an assistant, its versions and its crons.

     Removes the assistant with all its versions and crons, and interrupts its active runs.
    With `delete_threads=true`, the threads whose `metadata.assistant_id` is this assistant
    are deleted too (with their runs and checkpoints), within what the caller may delete.

    Args:
        assistant_id (UUID):
        delete_threads (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        delete_threads=delete_threads,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_threads: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Delete an assistant, its versions and its crons.

     Removes the assistant with all its versions and crons, and interrupts its active runs.
    With `delete_threads=true`, the threads whose `metadata.assistant_id` is this assistant
    are deleted too (with their runs and checkpoints), within what the caller may delete.

    Args:
        assistant_id (UUID):
        delete_threads (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        delete_threads=delete_threads,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_threads: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Delete an assistant, its versions and its crons.

     Removes the assistant with all its versions and crons, and interrupts its active runs.
    With `delete_threads=true`, the threads whose `metadata.assistant_id` is this assistant
    are deleted too (with their runs and checkpoints), within what the caller may delete.

    Args:
        assistant_id (UUID):
        delete_threads (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        delete_threads=delete_threads,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_threads: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Delete an assistant, its versions and its crons.

     Removes the assistant with all its versions and crons, and interrupts its active runs.
    With `delete_threads=true`, the threads whose `metadata.assistant_id` is this assistant
    are deleted too (with their runs and checkpoints), within what the caller may delete.

    Args:
        assistant_id (UUID):
        delete_threads (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            delete_threads=delete_threads,
        )
    ).parsed
