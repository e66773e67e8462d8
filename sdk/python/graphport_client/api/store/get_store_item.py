from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.item import Item
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    namespace: str,
    key: str,
    refresh_ttl: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["namespace"] = namespace

    params["key"] = key

    params["refresh_ttl"] = refresh_ttl

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/store/items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Item | None | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Item | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_item_or_null_type_0 = Item.from_dict(data)

                return componentsschemas_item_or_null_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Item | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Item | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    namespace: str,
    key: str,
    refresh_ttl: bool | Unset = UNSET,
) -> Response[ErrorResponse | Item | None]:
    """Get one item.

     Kept from the reference: a missing item answers **200 with the JSON body `null`**, not
    404 (both SDKs turn that body into "no item"). A missing `key`, or a namespace with an
    empty label, answers 422 (the reference answers 400 `{"error": ...}` for a missing key
    and a plain-text 422 for a bad namespace).

    Args:
        namespace (str):
        key (str):
        refresh_ttl (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Item | None]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        key=key,
        refresh_ttl=refresh_ttl,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    namespace: str,
    key: str,
    refresh_ttl: bool | Unset = UNSET,
) -> ErrorResponse | Item | None | None:
    """Get one item.

     Kept from the reference: a missing item answers **200 with the JSON body `null`**, not
    404 (both SDKs turn that body into "no item"). A missing `key`, or a namespace with an
    empty label, answers 422 (the reference answers 400 `{"error": ...}` for a missing key
    and a plain-text 422 for a bad namespace).

    Args:
        namespace (str):
        key (str):
        refresh_ttl (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Item | None
    """

    return sync_detailed(
        client=client,
        namespace=namespace,
        key=key,
        refresh_ttl=refresh_ttl,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    namespace: str,
    key: str,
    refresh_ttl: bool | Unset = UNSET,
) -> Response[ErrorResponse | Item | None]:
    """Get one item.

     Kept from the reference: a missing item answers **200 with the JSON body `null`**, not
    404 (both SDKs turn that body into "no item"). A missing `key`, or a namespace with an
    empty label, answers 422 (the reference answers 400 `{"error": ...}` for a missing key
    and a plain-text 422 for a bad namespace).

    Args:
        namespace (str):
        key (str):
        refresh_ttl (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Item | None]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        key=key,
        refresh_ttl=refresh_ttl,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    namespace: str,
    key: str,
    refresh_ttl: bool | Unset = UNSET,
) -> ErrorResponse | Item | None | None:
    """Get one item.

     Kept from the reference: a missing item answers **200 with the JSON body `null`**, not
    404 (both SDKs turn that body into "no item"). A missing `key`, or a namespace with an
    empty label, answers 422 (the reference answers 400 `{"error": ...}` for a missing key
    and a plain-text 422 for a bad namespace).

    Args:
        namespace (str):
        key (str):
        refresh_ttl (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Item | None
    """

    return (
        await asyncio_detailed(
            client=client,
            namespace=namespace,
            key=key,
            refresh_ttl=refresh_ttl,
        )
    ).parsed
