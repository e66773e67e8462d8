from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_history_request import ThreadHistoryRequest
from ...models.thread_state import ThreadState
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: ThreadHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/history".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ThreadState] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_thread_state_list_item_data in _response_200:
            componentsschemas_thread_state_list_item = ThreadState.from_dict(
                componentsschemas_thread_state_list_item_data
            )

            response_200.append(componentsschemas_thread_state_list_item)

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
) -> Response[ErrorResponse | list[ThreadState]]:
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
    body: ThreadHistoryRequest,
) -> Response[ErrorResponse | list[ThreadState]]:
    """Search a thread's past states.

     The thread's states, newest checkpoint first, filtered by checkpoint metadata and cut at
    `before`. This is what both SDKs' `get_history` and useStream (`fetchStateHistory: true`)
    call. `before` may be a checkpoint id, a flat checkpoint object, or a config
    `{configurable: {...}}`; the reference accepts only the last form (500 for a flat object,
    422 for an id).

    Args:
        thread_id (UUID):
        body (ThreadHistoryRequest): Which past states of a thread to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadState]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadHistoryRequest,
) -> ErrorResponse | list[ThreadState] | None:
    """Search a thread's past states.

     The thread's states, newest checkpoint first, filtered by checkpoint metadata and cut at
    `before`. This is what both SDKs' `get_history` and useStream (`fetchStateHistory: true`)
    call. `before` may be a checkpoint id, a flat checkpoint object, or a config
    `{configurable: {...}}`; the reference accepts only the last form (500 for a flat object,
    422 for an id).

    Args:
        thread_id (UUID):
        body (ThreadHistoryRequest): Which past states of a thread to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadState]
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadHistoryRequest,
) -> Response[ErrorResponse | list[ThreadState]]:
    """Search a thread's past states.

     The thread's states, newest checkpoint first, filtered by checkpoint metadata and cut at
    `before`. This is what both SDKs' `get_history` and useStream (`fetchStateHistory: true`)
    call. `before` may be a checkpoint id, a flat checkpoint object, or a config
    `{configurable: {...}}`; the reference accepts only the last form (500 for a flat object,
    422 for an id).

    Args:
        thread_id (UUID):
        body (ThreadHistoryRequest): Which past states of a thread to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadState]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadHistoryRequest,
) -> ErrorResponse | list[ThreadState] | None:
    """Search a thread's past states.

     The thread's states, newest checkpoint first, filtered by checkpoint metadata and cut at
    `before`. This is what both SDKs' `get_history` and useStream (`fetchStateHistory: true`)
    call. `before` may be a checkpoint id, a flat checkpoint object, or a config
    `{configurable: {...}}`; the reference accepts only the last form (500 for a flat object,
    422 for an id).

    Args:
        thread_id (UUID):
        body (ThreadHistoryRequest): Which past states of a thread to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadState]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
