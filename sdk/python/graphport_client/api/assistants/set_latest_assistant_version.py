from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant import Assistant
from ...models.assistant_version_change import AssistantVersionChange
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: UUID,
    *,
    body: AssistantVersionChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants/{assistant_id}/latest".format(
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
    body: AssistantVersionChange,
) -> Response[Assistant | ErrorResponse]:
    """Make a stored version the assistant's current one.

     The assistant takes the `config`, `context`, `metadata`, `name` and `description` of that
    version (no new version is created). The version travels in the JSON body, as both SDKs
    send it (the reference's own document wrongly declares a `version` query parameter).
    An unknown assistant or version answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantVersionChange): The body of `set_latest_assistant_version`.

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
    body: AssistantVersionChange,
) -> Assistant | ErrorResponse | None:
    """Make a stored version the assistant's current one.

     The assistant takes the `config`, `context`, `metadata`, `name` and `description` of that
    version (no new version is created). The version travels in the JSON body, as both SDKs
    send it (the reference's own document wrongly declares a `version` query parameter).
    An unknown assistant or version answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantVersionChange): The body of `set_latest_assistant_version`.

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
    body: AssistantVersionChange,
) -> Response[Assistant | ErrorResponse]:
    """Make a stored version the assistant's current one.

     The assistant takes the `config`, `context`, `metadata`, `name` and `description` of that
    version (no new version is created). The version travels in the JSON body, as both SDKs
    send it (the reference's own document wrongly declares a `version` query parameter).
    An unknown assistant or version answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantVersionChange): The body of `set_latest_assistant_version`.

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
    body: AssistantVersionChange,
) -> Assistant | ErrorResponse | None:
    """Make a stored version the assistant's current one.

     The assistant takes the `config`, `context`, `metadata`, `name` and `description` of that
    version (no new version is created). The version travels in the JSON body, as both SDKs
    send it (the reference's own document wrongly declares a `version` query parameter).
    An unknown assistant or version answers 404.

    Args:
        assistant_id (UUID):
        body (AssistantVersionChange): The body of `set_latest_assistant_version`.

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
