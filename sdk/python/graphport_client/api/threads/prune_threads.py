from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_prune_request import ThreadPruneRequest
from ...models.thread_prune_response import ThreadPruneResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ThreadPruneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/prune",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadPruneResponse | None:
    if response.status_code == 200:
        response_200 = ThreadPruneResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadPruneResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPruneRequest,
) -> Response[ErrorResponse | ThreadPruneResponse]:
    """Prune threads.

     `delete` removes each listed thread as `delete_thread` does; `keep_latest` keeps each
    thread and its latest checkpoint and deletes every older checkpoint (the reference's
    in-memory server answers 422 for `keep_latest`). Ids of threads that do not exist are
    skipped, not an error; an empty list prunes nothing.

    Args:
        body (ThreadPruneRequest): Threads to prune and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadPruneResponse]
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
    body: ThreadPruneRequest,
) -> ErrorResponse | ThreadPruneResponse | None:
    """Prune threads.

     `delete` removes each listed thread as `delete_thread` does; `keep_latest` keeps each
    thread and its latest checkpoint and deletes every older checkpoint (the reference's
    in-memory server answers 422 for `keep_latest`). Ids of threads that do not exist are
    skipped, not an error; an empty list prunes nothing.

    Args:
        body (ThreadPruneRequest): Threads to prune and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadPruneResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPruneRequest,
) -> Response[ErrorResponse | ThreadPruneResponse]:
    """Prune threads.

     `delete` removes each listed thread as `delete_thread` does; `keep_latest` keeps each
    thread and its latest checkpoint and deletes every older checkpoint (the reference's
    in-memory server answers 422 for `keep_latest`). Ids of threads that do not exist are
    skipped, not an error; an empty list prunes nothing.

    Args:
        body (ThreadPruneRequest): Threads to prune and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadPruneResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPruneRequest,
) -> ErrorResponse | ThreadPruneResponse | None:
    """Prune threads.

     `delete` removes each listed thread as `delete_thread` does; `keep_latest` keeps each
    thread and its latest checkpoint and deletes every older checkpoint (the reference's
    in-memory server answers 422 for `keep_latest`). Ids of threads that do not exist are
    skipped, not an error; an empty list prunes nothing.

    Args:
        body (ThreadPruneRequest): Threads to prune and how.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadPruneResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
