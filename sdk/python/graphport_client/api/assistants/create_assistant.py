from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant import Assistant
from ...models.assistant_create import AssistantCreate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AssistantCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Assistant | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Assistant.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Assistant | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssistantCreate,
) -> Response[Assistant | ErrorResponse]:
    """Create an assistant for a graph.

     Creates version 1 of a new assistant. Without `assistant_id` the server picks a random
    UUID; `name` defaults to `"Untitled"` and `description` to `null`.

    `config.configurable` and `context` are kept in step: whichever one is given is copied
    into the other, and giving both (a non-empty `configurable` and a `context`) is a 400.

    An existing `assistant_id` answers 409, unless `if_exists` is `do_nothing`: then the
    stored assistant is returned unchanged with 200. An unknown `graph_id` answers 404.

    Args:
        body (AssistantCreate): The body of `create_assistant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
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
    body: AssistantCreate,
) -> Assistant | ErrorResponse | None:
    """Create an assistant for a graph.

     Creates version 1 of a new assistant. Without `assistant_id` the server picks a random
    UUID; `name` defaults to `"Untitled"` and `description` to `null`.

    `config.configurable` and `context` are kept in step: whichever one is given is copied
    into the other, and giving both (a non-empty `configurable` and a `context`) is a 400.

    An existing `assistant_id` answers 409, unless `if_exists` is `do_nothing`: then the
    stored assistant is returned unchanged with 200. An unknown `graph_id` answers 404.

    Args:
        body (AssistantCreate): The body of `create_assistant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssistantCreate,
) -> Response[Assistant | ErrorResponse]:
    """Create an assistant for a graph.

     Creates version 1 of a new assistant. Without `assistant_id` the server picks a random
    UUID; `name` defaults to `"Untitled"` and `description` to `null`.

    `config.configurable` and `context` are kept in step: whichever one is given is copied
    into the other, and giving both (a non-empty `configurable` and a `context`) is a 400.

    An existing `assistant_id` answers 409, unless `if_exists` is `do_nothing`: then the
    stored assistant is returned unchanged with 200. An unknown `graph_id` answers 404.

    Args:
        body (AssistantCreate): The body of `create_assistant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssistantCreate,
) -> Assistant | ErrorResponse | None:
    """Create an assistant for a graph.

     Creates version 1 of a new assistant. Without `assistant_id` the server picks a random
    UUID; `name` defaults to `"Untitled"` and `description` to `null`.

    `config.configurable` and `context` are kept in step: whichever one is given is copied
    into the other, and giving both (a non-empty `configurable` and a `context`) is a 400.

    An existing `assistant_id` answers 409, unless `if_exists` is `do_nothing`: then the
    stored assistant is returned unchanged with 200. An unknown `graph_id` answers 404.

    Args:
        body (AssistantCreate): The body of `create_assistant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
