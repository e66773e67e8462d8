from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread import Thread
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/copy".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Thread | None:
    if response.status_code == 200:
        response_200 = Thread.from_dict(response.json())

        return response_200

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
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Thread]:
    """Copy a thread.

     Creates a new thread (new id, `config: {}`) with a copy of the source thread's metadata
    and checkpoints; runs, events and feedback are not copied. The copy's `values`, `status`
    and `interrupts` follow its latest checkpoint (`interrupted` when that checkpoint has
    pending nodes, otherwise `idle`); the reference answers `idle` without `values`. Copying a
    thread that does not exist answers **409**, not 404: a reference quirk kept because
    clients may rely on it. The caller needs read access to the source thread as well.

    Args:
        thread_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Thread | None:
    """Copy a thread.

     Creates a new thread (new id, `config: {}`) with a copy of the source thread's metadata
    and checkpoints; runs, events and feedback are not copied. The copy's `values`, `status`
    and `interrupts` follow its latest checkpoint (`interrupted` when that checkpoint has
    pending nodes, otherwise `idle`); the reference answers `idle` without `values`. Copying a
    thread that does not exist answers **409**, not 404: a reference quirk kept because
    clients may rely on it. The caller needs read access to the source thread as well.

    Args:
        thread_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Thread]:
    """Copy a thread.

     Creates a new thread (new id, `config: {}`) with a copy of the source thread's metadata
    and checkpoints; runs, events and feedback are not copied. The copy's `values`, `status`
    and `interrupts` follow its latest checkpoint (`interrupted` when that checkpoint has
    pending nodes, otherwise `idle`); the reference answers `idle` without `values`. Copying a
    thread that does not exist answers **409**, not 404: a reference quirk kept because
    clients may rely on it. The caller needs read access to the source thread as well.

    Args:
        thread_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Thread | None:
    """Copy a thread.

     Creates a new thread (new id, `config: {}`) with a copy of the source thread's metadata
    and checkpoints; runs, events and feedback are not copied. The copy's `values`, `status`
    and `interrupts` follow its latest checkpoint (`interrupted` when that checkpoint has
    pending nodes, otherwise `idle`); the reference answers `idle` without `values`. Copying a
    thread that does not exist answers **409**, not 404: a reference quirk kept because
    clients may rely on it. The caller needs read access to the source thread as well.

    Args:
        thread_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
        )
    ).parsed
