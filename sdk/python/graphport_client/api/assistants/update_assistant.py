from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant import Assistant
from ...models.assistant_patch import AssistantPatch
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: UUID,
    *,
    body: AssistantPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
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
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantPatch,
) -> Response[Assistant | ErrorResponse]:
    """Update an assistant (creates a new version).

     Every successful patch stores a new version (the highest version number + 1) and makes it
    current. `metadata` is merged into the current metadata; `config`, `context`, `graph_id`,
    `name` and `description` replace the current values when given and are kept otherwise.
    `config.configurable` and `context` are kept in step as on create (both given is a 400).
    An unknown `graph_id` answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantPatch): The body of `update_assistant`. Omitted fields keep their current
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantPatch,
) -> Assistant | ErrorResponse | None:
    """Update an assistant (creates a new version).

     Every successful patch stores a new version (the highest version number + 1) and makes it
    current. `metadata` is merged into the current metadata; `config`, `context`, `graph_id`,
    `name` and `description` replace the current values when given and are kept otherwise.
    `config.configurable` and `context` are kept in step as on create (both given is a 400).
    An unknown `graph_id` answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantPatch): The body of `update_assistant`. Omitted fields keep their current
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantPatch,
) -> Response[Assistant | ErrorResponse]:
    """Update an assistant (creates a new version).

     Every successful patch stores a new version (the highest version number + 1) and makes it
    current. `metadata` is merged into the current metadata; `config`, `context`, `graph_id`,
    `name` and `description` replace the current values when given and are kept otherwise.
    `config.configurable` and `context` are kept in step as on create (both given is a 400).
    An unknown `graph_id` answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantPatch): The body of `update_assistant`. Omitted fields keep their current
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assistant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AssistantPatch,
) -> Assistant | ErrorResponse | None:
    """Update an assistant (creates a new version).

     Every successful patch stores a new version (the highest version number + 1) and makes it
    current. `metadata` is merged into the current metadata; `config`, `context`, `graph_id`,
    `name` and `description` replace the current values when given and are kept otherwise.
    `config.configurable` and `context` are kept in step as on create (both given is a 400).
    An unknown `graph_id` answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantPatch): The body of `update_assistant`. Omitted fields keep their current
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assistant | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
