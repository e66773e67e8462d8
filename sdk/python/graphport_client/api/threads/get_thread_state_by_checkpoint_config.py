from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_state import ThreadState
from ...models.thread_state_checkpoint_request import ThreadStateCheckpointRequest
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: ThreadStateCheckpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/state/checkpoint".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadState | None:
    if response.status_code == 200:
        response_200 = ThreadState.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadState]:
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
    body: ThreadStateCheckpointRequest,
) -> Response[ErrorResponse | ThreadState]:
    """Get a thread's state at a checkpoint given as a config.

     Like `get_thread_state_at_checkpoint`, with the checkpoint given as an object, which can
    also name a subgraph (`checkpoint_ns`); without `checkpoint_id` it is the latest checkpoint
    of that namespace. This is what the SDKs' `get_state(checkpoint=...)` calls. A `thread_id`
    inside `checkpoint` is ignored: the path's wins. Answers 404 when the thread has no
    checkpoint with the given `checkpoint_id`.

    Args:
        thread_id (UUID):
        body (ThreadStateCheckpointRequest): Which checkpoint's state to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadState]
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
    body: ThreadStateCheckpointRequest,
) -> ErrorResponse | ThreadState | None:
    """Get a thread's state at a checkpoint given as a config.

     Like `get_thread_state_at_checkpoint`, with the checkpoint given as an object, which can
    also name a subgraph (`checkpoint_ns`); without `checkpoint_id` it is the latest checkpoint
    of that namespace. This is what the SDKs' `get_state(checkpoint=...)` calls. A `thread_id`
    inside `checkpoint` is ignored: the path's wins. Answers 404 when the thread has no
    checkpoint with the given `checkpoint_id`.

    Args:
        thread_id (UUID):
        body (ThreadStateCheckpointRequest): Which checkpoint's state to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadState
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
    body: ThreadStateCheckpointRequest,
) -> Response[ErrorResponse | ThreadState]:
    """Get a thread's state at a checkpoint given as a config.

     Like `get_thread_state_at_checkpoint`, with the checkpoint given as an object, which can
    also name a subgraph (`checkpoint_ns`); without `checkpoint_id` it is the latest checkpoint
    of that namespace. This is what the SDKs' `get_state(checkpoint=...)` calls. A `thread_id`
    inside `checkpoint` is ignored: the path's wins. Answers 404 when the thread has no
    checkpoint with the given `checkpoint_id`.

    Args:
        thread_id (UUID):
        body (ThreadStateCheckpointRequest): Which checkpoint's state to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadState]
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
    body: ThreadStateCheckpointRequest,
) -> ErrorResponse | ThreadState | None:
    """Get a thread's state at a checkpoint given as a config.

     Like `get_thread_state_at_checkpoint`, with the checkpoint given as an object, which can
    also name a subgraph (`checkpoint_ns`); without `checkpoint_id` it is the latest checkpoint
    of that namespace. This is what the SDKs' `get_state(checkpoint=...)` calls. A `thread_id`
    inside `checkpoint` is ignored: the path's wins. Answers 404 when the thread has no
    checkpoint with the given `checkpoint_id`.

    Args:
        thread_id (UUID):
        body (ThreadStateCheckpointRequest): Which checkpoint's state to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadState
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
