from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_message import ThreadMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before_seq"] = before_seq

    params["after_seq"] = after_seq

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ThreadMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_thread_message_list_item_data in _response_200:
            componentsschemas_thread_message_list_item = ThreadMessage.from_dict(
                componentsschemas_thread_message_list_item_data
            )

            response_200.append(componentsschemas_thread_message_list_item)

        return response_200

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
) -> Response[ErrorResponse | list[ThreadMessage]]:
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
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> Response[ErrorResponse | list[ThreadMessage]]:
    """List the messages of a thread, across its runs.

     The displayable messages recorded by the thread's runs, in `seq` order (oldest first).
    `seq` numbers a thread's stored events across all of its runs, so it pages the whole
    conversation: with `after_seq` the page is the first `limit` messages after it; otherwise
    it is the last `limit` messages (before `before_seq` when given). Both bounds may be given.

    The last `ai_message` of each run carries that run's feedback from the caller in
    `feedback`; every other message has `feedback: null`.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadMessage]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        before_seq=before_seq,
        after_seq=after_seq,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> ErrorResponse | list[ThreadMessage] | None:
    """List the messages of a thread, across its runs.

     The displayable messages recorded by the thread's runs, in `seq` order (oldest first).
    `seq` numbers a thread's stored events across all of its runs, so it pages the whole
    conversation: with `after_seq` the page is the first `limit` messages after it; otherwise
    it is the last `limit` messages (before `before_seq` when given). Both bounds may be given.

    The last `ai_message` of each run carries that run's feedback from the caller in
    `feedback`; every other message has `feedback: null`.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadMessage]
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        before_seq=before_seq,
        after_seq=after_seq,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> Response[ErrorResponse | list[ThreadMessage]]:
    """List the messages of a thread, across its runs.

     The displayable messages recorded by the thread's runs, in `seq` order (oldest first).
    `seq` numbers a thread's stored events across all of its runs, so it pages the whole
    conversation: with `after_seq` the page is the first `limit` messages after it; otherwise
    it is the last `limit` messages (before `before_seq` when given). Both bounds may be given.

    The last `ai_message` of each run carries that run's feedback from the caller in
    `feedback`; every other message has `feedback: null`.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadMessage]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        before_seq=before_seq,
        after_seq=after_seq,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> ErrorResponse | list[ThreadMessage] | None:
    """List the messages of a thread, across its runs.

     The displayable messages recorded by the thread's runs, in `seq` order (oldest first).
    `seq` numbers a thread's stored events across all of its runs, so it pages the whole
    conversation: with `after_seq` the page is the first `limit` messages after it; otherwise
    it is the last `limit` messages (before `before_seq` when given). Both bounds may be given.

    The last `ai_message` of each run carries that run's feedback from the caller in
    `feedback`; every other message has `feedback: null`.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadMessage]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            before_seq=before_seq,
            after_seq=after_seq,
        )
    ).parsed
