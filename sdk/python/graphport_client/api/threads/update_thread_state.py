from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_state_update import ThreadStateUpdate
from ...models.thread_state_update_response import ThreadStateUpdateResponse
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: ThreadStateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/state".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadStateUpdateResponse | None:
    if response.status_code == 200:
        response_200 = ThreadStateUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ThreadStateUpdateResponse]:
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
    body: ThreadStateUpdate,
) -> Response[ErrorResponse | ThreadStateUpdateResponse]:
    """Write to a thread's state.

     Writes `values` as a new checkpoint, as if the node `as_node` had just run (the graph's
    reducers apply). With `checkpoint` or `checkpoint_id` the write forks from that checkpoint
    instead of the latest one. The thread's values, status and interrupts then follow the new
    checkpoint, and a `state_update` event is published on the thread stream.

    Answers 400 when the thread has no graph yet (no run so far and no `graph_id` in its
    metadata), or when the graph rejects the write (unknown `as_node`, or a write it cannot
    attribute to a node); 409 while a run of the thread is pending or running.

    Args:
        thread_id (UUID):
        body (ThreadStateUpdate): A write to a thread's state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadStateUpdateResponse]
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
    body: ThreadStateUpdate,
) -> ErrorResponse | ThreadStateUpdateResponse | None:
    """Write to a thread's state.

     Writes `values` as a new checkpoint, as if the node `as_node` had just run (the graph's
    reducers apply). With `checkpoint` or `checkpoint_id` the write forks from that checkpoint
    instead of the latest one. The thread's values, status and interrupts then follow the new
    checkpoint, and a `state_update` event is published on the thread stream.

    Answers 400 when the thread has no graph yet (no run so far and no `graph_id` in its
    metadata), or when the graph rejects the write (unknown `as_node`, or a write it cannot
    attribute to a node); 409 while a run of the thread is pending or running.

    Args:
        thread_id (UUID):
        body (ThreadStateUpdate): A write to a thread's state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadStateUpdateResponse
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
    body: ThreadStateUpdate,
) -> Response[ErrorResponse | ThreadStateUpdateResponse]:
    """Write to a thread's state.

     Writes `values` as a new checkpoint, as if the node `as_node` had just run (the graph's
    reducers apply). With `checkpoint` or `checkpoint_id` the write forks from that checkpoint
    instead of the latest one. The thread's values, status and interrupts then follow the new
    checkpoint, and a `state_update` event is published on the thread stream.

    Answers 400 when the thread has no graph yet (no run so far and no `graph_id` in its
    metadata), or when the graph rejects the write (unknown `as_node`, or a write it cannot
    attribute to a node); 409 while a run of the thread is pending or running.

    Args:
        thread_id (UUID):
        body (ThreadStateUpdate): A write to a thread's state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadStateUpdateResponse]
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
    body: ThreadStateUpdate,
) -> ErrorResponse | ThreadStateUpdateResponse | None:
    """Write to a thread's state.

     Writes `values` as a new checkpoint, as if the node `as_node` had just run (the graph's
    reducers apply). With `checkpoint` or `checkpoint_id` the write forks from that checkpoint
    instead of the latest one. The thread's values, status and interrupts then follow the new
    checkpoint, and a `state_update` event is published on the thread stream.

    Answers 400 when the thread has no graph yet (no run so far and no `graph_id` in its
    metadata), or when the graph rejects the write (unknown `as_node`, or a write it cannot
    attribute to a node); 409 while a run of the thread is pending or running.

    Args:
        thread_id (UUID):
        body (ThreadStateUpdate): A write to a thread's state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadStateUpdateResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
