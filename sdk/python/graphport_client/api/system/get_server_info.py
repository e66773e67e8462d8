from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_info import ServerInfo
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/info",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServerInfo | None:
    if response.status_code == 200:
        response_200 = ServerInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServerInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServerInfo]:
    """Describe the server (versions, feature flags, host).

     Clients read this to decide which features to use. `version` is the Agent Server
    protocol version graphport is conformance-tested against (a `langgraph-api` release
    number such as `0.16.7`), not graphport's own version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerInfo]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ServerInfo | None:
    """Describe the server (versions, feature flags, host).

     Clients read this to decide which features to use. `version` is the Agent Server
    protocol version graphport is conformance-tested against (a `langgraph-api` release
    number such as `0.16.7`), not graphport's own version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerInfo
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServerInfo]:
    """Describe the server (versions, feature flags, host).

     Clients read this to decide which features to use. `version` is the Agent Server
    protocol version graphport is conformance-tested against (a `langgraph-api` release
    number such as `0.16.7`), not graphport's own version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerInfo]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ServerInfo | None:
    """Describe the server (versions, feature flags, host).

     Clients read this to decide which features to use. `version` is the Agent Server
    protocol version graphport is conformance-tested against (a `langgraph-api` release
    number such as `0.16.7`), not graphport's own version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerInfo
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
