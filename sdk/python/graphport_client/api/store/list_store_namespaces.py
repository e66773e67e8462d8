from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_namespace_response import ListNamespaceResponse
from ...models.store_list_namespaces_request import StoreListNamespacesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StoreListNamespacesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/store/namespaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListNamespaceResponse | None:
    if response.status_code == 200:
        response_200 = ListNamespaceResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListNamespaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StoreListNamespacesRequest,
) -> Response[ErrorResponse | ListNamespaceResponse]:
    """List the namespaces that hold items.

     Lists distinct namespaces in lexicographic order, optionally only those starting with
    `prefix` and/or ending with `suffix` (a `*` label matches any label), cut to `max_depth`
    labels. A namespace
    whose items have all been deleted is no longer listed (the reference keeps listing it).

    Args:
        body (StoreListNamespacesRequest): The body of `list_store_namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNamespaceResponse]
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
    body: StoreListNamespacesRequest,
) -> ErrorResponse | ListNamespaceResponse | None:
    """List the namespaces that hold items.

     Lists distinct namespaces in lexicographic order, optionally only those starting with
    `prefix` and/or ending with `suffix` (a `*` label matches any label), cut to `max_depth`
    labels. A namespace
    whose items have all been deleted is no longer listed (the reference keeps listing it).

    Args:
        body (StoreListNamespacesRequest): The body of `list_store_namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNamespaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StoreListNamespacesRequest,
) -> Response[ErrorResponse | ListNamespaceResponse]:
    """List the namespaces that hold items.

     Lists distinct namespaces in lexicographic order, optionally only those starting with
    `prefix` and/or ending with `suffix` (a `*` label matches any label), cut to `max_depth`
    labels. A namespace
    whose items have all been deleted is no longer listed (the reference keeps listing it).

    Args:
        body (StoreListNamespacesRequest): The body of `list_store_namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNamespaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StoreListNamespacesRequest,
) -> ErrorResponse | ListNamespaceResponse | None:
    """List the namespaces that hold items.

     Lists distinct namespaces in lexicographic order, optionally only those starting with
    `prefix` and/or ending with `suffix` (a `*` label matches any label), cut to `max_depth`
    labels. A namespace
    whose items have all been deleted is no longer listed (the reference keeps listing it).

    Args:
        body (StoreListNamespacesRequest): The body of `list_store_namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNamespaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
