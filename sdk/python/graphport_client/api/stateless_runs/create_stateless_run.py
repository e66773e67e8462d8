from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...models.stateless_run_create import StatelessRunCreate
from ...types import Response


def _get_kwargs(
    *,
    body: StatelessRunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs",
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
    *,
    client: AuthenticatedClient | Client,
    body: StatelessRunCreate,
) -> Response[ErrorResponse | Run]:
    """Create a background run on a temporary thread.

     The run gets a new thread, deleted when the run ends unless `on_completion` is `keep`.
    With `delete` (the default) the run's checkpoints and events are kept in the worker's
    memory, not stored: while it runs its thread's state and its event history read empty
    (its streams and joins are served from memory), and a run retried after its worker
    stopped starts again from its input.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
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
    body: StatelessRunCreate,
) -> ErrorResponse | Run | None:
    """Create a background run on a temporary thread.

     The run gets a new thread, deleted when the run ends unless `on_completion` is `keep`.
    With `delete` (the default) the run's checkpoints and events are kept in the worker's
    memory, not stored: while it runs its thread's state and its event history read empty
    (its streams and joins are served from memory), and a run retried after its worker
    stopped starts again from its input.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatelessRunCreate,
) -> Response[ErrorResponse | Run]:
    """Create a background run on a temporary thread.

     The run gets a new thread, deleted when the run ends unless `on_completion` is `keep`.
    With `delete` (the default) the run's checkpoints and events are kept in the worker's
    memory, not stored: while it runs its thread's state and its event history read empty
    (its streams and joins are served from memory), and a run retried after its worker
    stopped starts again from its input.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StatelessRunCreate,
) -> ErrorResponse | Run | None:
    """Create a background run on a temporary thread.

     The run gets a new thread, deleted when the run ends unless `on_completion` is `keep`.
    With `delete` (the default) the run's checkpoints and events are kept in the worker's
    memory, not stored: while it runs its thread's state and its event history read empty
    (its streams and joins are served from memory), and a run retried after its worker
    stopped starts again from its input.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
