from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_graph import AssistantGraph
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assistant_id: str,
    *,
    xray: bool | int | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_xray: bool | int | Unset
    if isinstance(xray, Unset):
        json_xray = UNSET
    else:
        json_xray = xray
    params["xray"] = json_xray

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_id}/graph".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantGraph | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AssistantGraph.from_dict(response.json())

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
) -> Response[AssistantGraph | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    xray: bool | int | Unset = False,
) -> Response[AssistantGraph | ErrorResponse]:
    """Get the drawable structure (nodes and edges) of an assistant's graph.

     Accepts an assistant UUID or a graph id (the graph's system assistant is used); anything
    else answers 422. With
    `xray`, subgraphs are expanded: `true` for every level, an integer for that many levels.
    A graph that cannot be drawn answers 422.

    Args:
        assistant_id (str):
        xray (bool | int | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantGraph | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        xray=xray,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    xray: bool | int | Unset = False,
) -> AssistantGraph | ErrorResponse | None:
    """Get the drawable structure (nodes and edges) of an assistant's graph.

     Accepts an assistant UUID or a graph id (the graph's system assistant is used); anything
    else answers 422. With
    `xray`, subgraphs are expanded: `true` for every level, an integer for that many levels.
    A graph that cannot be drawn answers 422.

    Args:
        assistant_id (str):
        xray (bool | int | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantGraph | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        xray=xray,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    xray: bool | int | Unset = False,
) -> Response[AssistantGraph | ErrorResponse]:
    """Get the drawable structure (nodes and edges) of an assistant's graph.

     Accepts an assistant UUID or a graph id (the graph's system assistant is used); anything
    else answers 422. With
    `xray`, subgraphs are expanded: `true` for every level, an integer for that many levels.
    A graph that cannot be drawn answers 422.

    Args:
        assistant_id (str):
        xray (bool | int | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantGraph | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        xray=xray,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    xray: bool | int | Unset = False,
) -> AssistantGraph | ErrorResponse | None:
    """Get the drawable structure (nodes and edges) of an assistant's graph.

     Accepts an assistant UUID or a graph id (the graph's system assistant is used); anything
    else answers 422. With
    `xray`, subgraphs are expanded: `true` for every level, an integer for that many levels.
    A graph that cannot be drawn answers 422.

    Args:
        assistant_id (str):
        xray (bool | int | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantGraph | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            xray=xray,
        )
    ).parsed
