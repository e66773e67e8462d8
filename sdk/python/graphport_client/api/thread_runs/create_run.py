from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...models.run_create import RunCreate
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: RunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | Run]:
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
    body: RunCreate,
) -> Response[ErrorResponse | Run]:
    """Create a background run on a thread.

     The run is queued as `pending` and the thread becomes `busy` at once. Poll it with
    `get_run`, wait for it with `join_run`, or stream it with `join_run_stream`. What happens
    when the thread already has an active run is set by `multitask_strategy`.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
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
    body: RunCreate,
) -> ErrorResponse | Run | None:
    """Create a background run on a thread.

     The run is queued as `pending` and the thread becomes `busy` at once. Poll it with
    `get_run`, wait for it with `join_run`, or stream it with `join_run_stream`. What happens
    when the thread already has an active run is set by `multitask_strategy`.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
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
    body: RunCreate,
) -> Response[ErrorResponse | Run]:
    """Create a background run on a thread.

     The run is queued as `pending` and the thread becomes `busy` at once. Poll it with
    `get_run`, wait for it with `join_run`, or stream it with `join_run_stream`. What happens
    when the thread already has an active run is set by `multitask_strategy`.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
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
    body: RunCreate,
) -> ErrorResponse | Run | None:
    """Create a background run on a thread.

     The run is queued as `pending` and the thread becomes `busy` at once. Poll it with
    `get_run`, wait for it with `join_run`, or stream it with `join_run_stream`. What happens
    when the thread already has an active run is set by `multitask_strategy`.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
