from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_message_page import RunMessagePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
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
        "url": "/threads/{thread_id}/runs/{run_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunMessagePage | None:
    if response.status_code == 200:
        response_200 = RunMessagePage.from_dict(response.json())

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
) -> Response[ErrorResponse | RunMessagePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> Response[ErrorResponse | RunMessagePage]:
    """List the messages of one run.

     The displayable messages recorded by one run, in `seq` order (oldest first), paged as in
    `list_thread_messages`. `has_more` says whether more messages lie beyond the page in the
    paging direction: after it when `after_seq` was given, before it otherwise.

    Args:
        thread_id (UUID):
        run_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunMessagePage]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
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
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> ErrorResponse | RunMessagePage | None:
    """List the messages of one run.

     The displayable messages recorded by one run, in `seq` order (oldest first), paged as in
    `list_thread_messages`. `has_more` says whether more messages lie beyond the page in the
    paging direction: after it when `after_seq` was given, before it otherwise.

    Args:
        thread_id (UUID):
        run_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunMessagePage
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        limit=limit,
        before_seq=before_seq,
        after_seq=after_seq,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> Response[ErrorResponse | RunMessagePage]:
    """List the messages of one run.

     The displayable messages recorded by one run, in `seq` order (oldest first), paged as in
    `list_thread_messages`. `has_more` says whether more messages lie beyond the page in the
    paging direction: after it when `after_seq` was given, before it otherwise.

    Args:
        thread_id (UUID):
        run_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunMessagePage]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        before_seq=before_seq,
        after_seq=after_seq,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before_seq: int | Unset = UNSET,
    after_seq: int | Unset = UNSET,
) -> ErrorResponse | RunMessagePage | None:
    """List the messages of one run.

     The displayable messages recorded by one run, in `seq` order (oldest first), paged as in
    `list_thread_messages`. `has_more` says whether more messages lie beyond the page in the
    paging direction: after it when `after_seq` was given, before it otherwise.

    Args:
        thread_id (UUID):
        run_id (UUID):
        limit (int | Unset):  Default: 50.
        before_seq (int | Unset):
        after_seq (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunMessagePage
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            limit=limit,
            before_seq=before_seq,
            after_seq=after_seq,
        )
    ).parsed
