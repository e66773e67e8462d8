from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread import Thread
from ...models.thread_patch import ThreadPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Thread | None:
    if response.status_code == 200:
        response_200 = Thread.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse | Thread]:
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
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Thread]:
    """Update a thread's metadata or TTL.

     Merges `metadata` into the thread's metadata (top-level keys in the body replace the
    thread's) and, with `ttl`, restarts the thread's time-to-live from now. The thread's state
    is untouched. With the header `Prefer: return=minimal` the answer is 204 with no body.

    Args:
        thread_id (UUID):
        prefer (str | Unset):
        body (ThreadPatch): Changes to a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> Any | ErrorResponse | Thread | None:
    """Update a thread's metadata or TTL.

     Merges `metadata` into the thread's metadata (top-level keys in the body replace the
    thread's) and, with `ttl`, restarts the thread's time-to-live from now. The thread's state
    is untouched. With the header `Prefer: return=minimal` the answer is 204 with no body.

    Args:
        thread_id (UUID):
        prefer (str | Unset):
        body (ThreadPatch): Changes to a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Thread
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Thread]:
    """Update a thread's metadata or TTL.

     Merges `metadata` into the thread's metadata (top-level keys in the body replace the
    thread's) and, with `ttl`, restarts the thread's time-to-live from now. The thread's state
    is untouched. With the header `Prefer: return=minimal` the answer is 204 with no body.

    Args:
        thread_id (UUID):
        prefer (str | Unset):
        body (ThreadPatch): Changes to a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> Any | ErrorResponse | Thread | None:
    """Update a thread's metadata or TTL.

     Merges `metadata` into the thread's metadata (top-level keys in the body replace the
    thread's) and, with `ttl`, restarts the thread's time-to-live from now. The thread's state
    is untouched. With the header `Prefer: return=minimal` the answer is 204 with no body.

    Args:
        thread_id (UUID):
        prefer (str | Unset):
        body (ThreadPatch): Changes to a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Thread
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
