from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread import Thread
from ...models.thread_create import ThreadCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ThreadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Thread | None:
    if response.status_code == 200:
        response_200 = Thread.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | Thread]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadCreate,
) -> Response[ErrorResponse | Thread]:
    """Create a thread.

     Creates an empty thread (status `idle`, `values: null`, `config: {}`). Without `thread_id`
    the server mints a UUIDv7. When a thread with the given id exists, `if_exists: raise` (the
    default) answers 409 and `do_nothing` answers 200 with the existing thread, unchanged.

    `supersteps` pre-fills the thread's history: each superstep is applied as one graph step,
    each update as if its `as_node` had just run. The graph is the one named by `graph_id` in
    `metadata` (the SDKs' `graph_id` argument puts it there). If a superstep cannot be applied
    (no `graph_id`, an unknown node, an update the graph rejects) the thread is not created and
    the answer is 400. (The reference keeps the half-made thread and answers 201 with only a
    `detail`, which the SDKs then return as if it were the thread.)

    Args:
        body (ThreadCreate): A new thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
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
    body: ThreadCreate,
) -> ErrorResponse | Thread | None:
    """Create a thread.

     Creates an empty thread (status `idle`, `values: null`, `config: {}`). Without `thread_id`
    the server mints a UUIDv7. When a thread with the given id exists, `if_exists: raise` (the
    default) answers 409 and `do_nothing` answers 200 with the existing thread, unchanged.

    `supersteps` pre-fills the thread's history: each superstep is applied as one graph step,
    each update as if its `as_node` had just run. The graph is the one named by `graph_id` in
    `metadata` (the SDKs' `graph_id` argument puts it there). If a superstep cannot be applied
    (no `graph_id`, an unknown node, an update the graph rejects) the thread is not created and
    the answer is 400. (The reference keeps the half-made thread and answers 201 with only a
    `detail`, which the SDKs then return as if it were the thread.)

    Args:
        body (ThreadCreate): A new thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadCreate,
) -> Response[ErrorResponse | Thread]:
    """Create a thread.

     Creates an empty thread (status `idle`, `values: null`, `config: {}`). Without `thread_id`
    the server mints a UUIDv7. When a thread with the given id exists, `if_exists: raise` (the
    default) answers 409 and `do_nothing` answers 200 with the existing thread, unchanged.

    `supersteps` pre-fills the thread's history: each superstep is applied as one graph step,
    each update as if its `as_node` had just run. The graph is the one named by `graph_id` in
    `metadata` (the SDKs' `graph_id` argument puts it there). If a superstep cannot be applied
    (no `graph_id`, an unknown node, an update the graph rejects) the thread is not created and
    the answer is 400. (The reference keeps the half-made thread and answers 201 with only a
    `detail`, which the SDKs then return as if it were the thread.)

    Args:
        body (ThreadCreate): A new thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadCreate,
) -> ErrorResponse | Thread | None:
    """Create a thread.

     Creates an empty thread (status `idle`, `values: null`, `config: {}`). Without `thread_id`
    the server mints a UUIDv7. When a thread with the given id exists, `if_exists: raise` (the
    default) answers 409 and `do_nothing` answers 200 with the existing thread, unchanged.

    `supersteps` pre-fills the thread's history: each superstep is applied as one graph step,
    each update as if its `as_node` had just run. The graph is the one named by `graph_id` in
    `metadata` (the SDKs' `graph_id` argument puts it there). If a superstep cannot be applied
    (no `graph_id`, an unknown node, an update the graph rejects) the thread is not created and
    the answer is 400. (The reference keeps the half-made thread and answers 201 with only a
    `detail`, which the SDKs then return as if it were the thread.)

    Args:
        body (ThreadCreate): A new thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
