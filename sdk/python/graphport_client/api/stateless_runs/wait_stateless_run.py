from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stateless_run_create import StatelessRunCreate
from ...types import Response


def _get_kwargs(
    *,
    body: StatelessRunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/wait",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Create a run on a temporary thread and wait for its final values.

     Answers as `wait_run`. Resuming (`command.resume`) needs a thread: without one the answer
    is 400 `You must provide a thread_id when resuming.`, as the reference answers.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Create a run on a temporary thread and wait for its final values.

     Answers as `wait_run`. Resuming (`command.resume`) needs a thread: without one the answer
    is 400 `You must provide a thread_id when resuming.`, as the reference answers.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatelessRunCreate,
) -> Response[Any | ErrorResponse]:
    """Create a run on a temporary thread and wait for its final values.

     Answers as `wait_run`. Resuming (`command.resume`) needs a thread: without one the answer
    is 400 `You must provide a thread_id when resuming.`, as the reference answers.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Create a run on a temporary thread and wait for its final values.

     Answers as `wait_run`. Resuming (`command.resume`) needs a thread: without one the answer
    is 400 `You must provide a thread_id when resuming.`, as the reference answers.

    Args:
        body (StatelessRunCreate): Creates a run on a temporary thread. Every field the official
            SDKs send is declared; an
            unknown field is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
