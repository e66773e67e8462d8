from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_fields import ThreadFields
from ...models.thread_search_request import ThreadSearchRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ThreadSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ThreadFields] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_thread_list_item_data in _response_200:
            componentsschemas_thread_list_item = ThreadFields.from_dict(componentsschemas_thread_list_item_data)

            response_200.append(componentsschemas_thread_list_item)

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
) -> Response[ErrorResponse | list[ThreadFields]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> Response[ErrorResponse | list[ThreadFields]]:
    """Search threads.

     Lists the threads that match every filter given: `ids`, `status`, `metadata` (the thread's
    metadata contains this object) and `values` (the thread's current values contain this
    object; threads without values never match; the reference answers 500 as soon as any
    stored thread has `values: null`). Without `sort_by` the newest `updated_at` comes first;
    with `sort_by` and no `sort_order` the order is descending.

    `select` returns only the named fields of each thread, so items are `ThreadFields` rather
    than full `Thread`s. `extract` adds an `extracted` object to each item, mapping each alias
    to the value found at its path.

    Args:
        body (ThreadSearchRequest): Filters, order and page of a thread search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadFields]]
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
    body: ThreadSearchRequest,
) -> ErrorResponse | list[ThreadFields] | None:
    """Search threads.

     Lists the threads that match every filter given: `ids`, `status`, `metadata` (the thread's
    metadata contains this object) and `values` (the thread's current values contain this
    object; threads without values never match; the reference answers 500 as soon as any
    stored thread has `values: null`). Without `sort_by` the newest `updated_at` comes first;
    with `sort_by` and no `sort_order` the order is descending.

    `select` returns only the named fields of each thread, so items are `ThreadFields` rather
    than full `Thread`s. `extract` adds an `extracted` object to each item, mapping each alias
    to the value found at its path.

    Args:
        body (ThreadSearchRequest): Filters, order and page of a thread search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadFields]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> Response[ErrorResponse | list[ThreadFields]]:
    """Search threads.

     Lists the threads that match every filter given: `ids`, `status`, `metadata` (the thread's
    metadata contains this object) and `values` (the thread's current values contain this
    object; threads without values never match; the reference answers 500 as soon as any
    stored thread has `values: null`). Without `sort_by` the newest `updated_at` comes first;
    with `sort_by` and no `sort_order` the order is descending.

    `select` returns only the named fields of each thread, so items are `ThreadFields` rather
    than full `Thread`s. `extract` adds an `extracted` object to each item, mapping each alias
    to the value found at its path.

    Args:
        body (ThreadSearchRequest): Filters, order and page of a thread search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadFields]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> ErrorResponse | list[ThreadFields] | None:
    """Search threads.

     Lists the threads that match every filter given: `ids`, `status`, `metadata` (the thread's
    metadata contains this object) and `values` (the thread's current values contain this
    object; threads without values never match; the reference answers 500 as soon as any
    stored thread has `values: null`). Without `sort_by` the newest `updated_at` comes first;
    with `sort_by` and no `sort_order` the order is descending.

    `select` returns only the named fields of each thread, so items are `ThreadFields` rather
    than full `Thread`s. `extract` adds an `extracted` object to each item, mapping each alias
    to the value found at its path.

    Args:
        body (ThreadSearchRequest): Filters, order and page of a thread search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadFields]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
