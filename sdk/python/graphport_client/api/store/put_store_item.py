from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.store_put_request import StorePutRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StorePutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/store/items",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    body: StorePutRequest,
) -> Response[Any | ErrorResponse]:
    """Store or replace an item.

     Writes `value` under (`namespace`, `key`), replacing any item already there. Namespace
    labels are non-empty and contain no `.`, because `get_store_item` receives the namespace
    joined with dots. The root label `langgraph` is reserved, and text containing the NUL
    character (`\\u0000`) cannot be stored: both answer 422. Graphs read and write the same
    items through LangGraph's injected `store`; with `store.index` configured, the item's
    fields (those of `index`, or the configured ones) are embedded for semantic search.

    Args:
        body (StorePutRequest): The body of `put_store_item`.

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
    body: StorePutRequest,
) -> Any | ErrorResponse | None:
    """Store or replace an item.

     Writes `value` under (`namespace`, `key`), replacing any item already there. Namespace
    labels are non-empty and contain no `.`, because `get_store_item` receives the namespace
    joined with dots. The root label `langgraph` is reserved, and text containing the NUL
    character (`\\u0000`) cannot be stored: both answer 422. Graphs read and write the same
    items through LangGraph's injected `store`; with `store.index` configured, the item's
    fields (those of `index`, or the configured ones) are embedded for semantic search.

    Args:
        body (StorePutRequest): The body of `put_store_item`.

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
    body: StorePutRequest,
) -> Response[Any | ErrorResponse]:
    """Store or replace an item.

     Writes `value` under (`namespace`, `key`), replacing any item already there. Namespace
    labels are non-empty and contain no `.`, because `get_store_item` receives the namespace
    joined with dots. The root label `langgraph` is reserved, and text containing the NUL
    character (`\\u0000`) cannot be stored: both answer 422. Graphs read and write the same
    items through LangGraph's injected `store`; with `store.index` configured, the item's
    fields (those of `index`, or the configured ones) are embedded for semantic search.

    Args:
        body (StorePutRequest): The body of `put_store_item`.

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
    body: StorePutRequest,
) -> Any | ErrorResponse | None:
    """Store or replace an item.

     Writes `value` under (`namespace`, `key`), replacing any item already there. Namespace
    labels are non-empty and contain no `.`, because `get_store_item` receives the namespace
    joined with dots. The root label `langgraph` is reserved, and text containing the NUL
    character (`\\u0000`) cannot be stored: both answer 422. Graphs read and write the same
    items through LangGraph's injected `store`; with `store.index` configured, the item's
    fields (those of `index`, or the configured ones) are embedded for semantic search.

    Args:
        body (StorePutRequest): The body of `put_store_item`.

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
