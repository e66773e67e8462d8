from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subgraphs import Subgraphs
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assistant_id: UUID,
    namespace: str,
    *,
    recurse: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recurse"] = recurse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_id}/subgraphs/{namespace}".format(
            assistant_id=quote(str(assistant_id), safe=""),
            namespace=quote(str(namespace), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Subgraphs | None:
    if response.status_code == 200:
        response_200 = Subgraphs.from_dict(response.json())

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
) -> Response[ErrorResponse | Subgraphs]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: UUID,
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    recurse: bool | Unset = False,
) -> Response[ErrorResponse | Subgraphs]:
    """List the subgraphs of an assistant's graph under one namespace.

     Like `list_assistant_subgraphs`, limited to the subgraphs under `namespace`.

    Args:
        assistant_id (UUID):
        namespace (str):
        recurse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Subgraphs]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        namespace=namespace,
        recurse=recurse,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: UUID,
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    recurse: bool | Unset = False,
) -> ErrorResponse | Subgraphs | None:
    """List the subgraphs of an assistant's graph under one namespace.

     Like `list_assistant_subgraphs`, limited to the subgraphs under `namespace`.

    Args:
        assistant_id (UUID):
        namespace (str):
        recurse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Subgraphs
    """

    return sync_detailed(
        assistant_id=assistant_id,
        namespace=namespace,
        client=client,
        recurse=recurse,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID,
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    recurse: bool | Unset = False,
) -> Response[ErrorResponse | Subgraphs]:
    """List the subgraphs of an assistant's graph under one namespace.

     Like `list_assistant_subgraphs`, limited to the subgraphs under `namespace`.

    Args:
        assistant_id (UUID):
        namespace (str):
        recurse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Subgraphs]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        namespace=namespace,
        recurse=recurse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: UUID,
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    recurse: bool | Unset = False,
) -> ErrorResponse | Subgraphs | None:
    """List the subgraphs of an assistant's graph under one namespace.

     Like `list_assistant_subgraphs`, limited to the subgraphs under `namespace`.

    Args:
        assistant_id (UUID):
        namespace (str):
        recurse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Subgraphs
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            namespace=namespace,
            client=client,
            recurse=recurse,
        )
    ).parsed
