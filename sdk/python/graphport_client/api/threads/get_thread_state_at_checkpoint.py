from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_state import ThreadState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    checkpoint_id: str,
    *,
    subgraphs: bool | Unset = False,
    select: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subgraphs"] = subgraphs

    json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        json_select = select

    params["select"] = json_select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/state/{checkpoint_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            checkpoint_id=quote(str(checkpoint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadState | None:
    if response.status_code == 200:
        response_200 = ThreadState.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: UUID,
    checkpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    subgraphs: bool | Unset = False,
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | ThreadState]:
    """Get a thread's state at a checkpoint.

     The state at one checkpoint of the thread's root graph (the SDKs' deprecated
    `checkpoint_id` argument). Answers 404 when the thread has no checkpoint with this id (the
    reference answers an empty state carrying the requested id).

    Args:
        thread_id (UUID):
        checkpoint_id (str):
        subgraphs (bool | Unset):  Default: False.
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadState]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        checkpoint_id=checkpoint_id,
        subgraphs=subgraphs,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    checkpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    subgraphs: bool | Unset = False,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | ThreadState | None:
    """Get a thread's state at a checkpoint.

     The state at one checkpoint of the thread's root graph (the SDKs' deprecated
    `checkpoint_id` argument). Answers 404 when the thread has no checkpoint with this id (the
    reference answers an empty state carrying the requested id).

    Args:
        thread_id (UUID):
        checkpoint_id (str):
        subgraphs (bool | Unset):  Default: False.
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadState
    """

    return sync_detailed(
        thread_id=thread_id,
        checkpoint_id=checkpoint_id,
        client=client,
        subgraphs=subgraphs,
        select=select,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    checkpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    subgraphs: bool | Unset = False,
    select: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | ThreadState]:
    """Get a thread's state at a checkpoint.

     The state at one checkpoint of the thread's root graph (the SDKs' deprecated
    `checkpoint_id` argument). Answers 404 when the thread has no checkpoint with this id (the
    reference answers an empty state carrying the requested id).

    Args:
        thread_id (UUID):
        checkpoint_id (str):
        subgraphs (bool | Unset):  Default: False.
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadState]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        checkpoint_id=checkpoint_id,
        subgraphs=subgraphs,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    checkpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    subgraphs: bool | Unset = False,
    select: list[str] | Unset = UNSET,
) -> ErrorResponse | ThreadState | None:
    """Get a thread's state at a checkpoint.

     The state at one checkpoint of the thread's root graph (the SDKs' deprecated
    `checkpoint_id` argument). Answers 404 when the thread has no checkpoint with this id (the
    reference answers an empty state carrying the requested id).

    Args:
        thread_id (UUID):
        checkpoint_id (str):
        subgraphs (bool | Unset):  Default: False.
        select (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadState
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            checkpoint_id=checkpoint_id,
            client=client,
            subgraphs=subgraphs,
            select=select,
        )
    ).parsed
