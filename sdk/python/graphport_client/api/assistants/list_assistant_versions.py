from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistant_version import AssistantVersion
from ...models.assistant_versions_search_request import AssistantVersionsSearchRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: UUID,
    *,
    body: AssistantVersionsSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants/{assistant_id}/versions".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[AssistantVersion] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_assistant_version_list_item_data in _response_200:
            componentsschemas_assistant_version_list_item = AssistantVersion.from_dict(
                componentsschemas_assistant_version_list_item_data
            )

            response_200.append(componentsschemas_assistant_version_list_item)

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
) -> Response[ErrorResponse | list[AssistantVersion]]:
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
    body: AssistantVersionsSearchRequest,
) -> Response[ErrorResponse | list[AssistantVersion]]:
    """List the stored versions of an assistant.

     Newest version first. Kept from the reference: when no version matches (an unknown
    assistant, a `metadata` filter that matches nothing, or an `offset` past the end), the
    answer is 404, not an empty list.

    Args:
        assistant_id (UUID):
        body (AssistantVersionsSearchRequest): The body of `list_assistant_versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AssistantVersion]]
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
    body: AssistantVersionsSearchRequest,
) -> ErrorResponse | list[AssistantVersion] | None:
    """List the stored versions of an assistant.

     Newest version first. Kept from the reference: when no version matches (an unknown
    assistant, a `metadata` filter that matches nothing, or an `offset` past the end), the
    answer is 404, not an empty list.

    Args:
        assistant_id (UUID):
        body (AssistantVersionsSearchRequest): The body of `list_assistant_versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AssistantVersion]
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
    body: AssistantVersionsSearchRequest,
) -> Response[ErrorResponse | list[AssistantVersion]]:
    """List the stored versions of an assistant.

     Newest version first. Kept from the reference: when no version matches (an unknown
    assistant, a `metadata` filter that matches nothing, or an `offset` past the end), the
    answer is 404, not an empty list.

    Args:
        assistant_id (UUID):
        body (AssistantVersionsSearchRequest): The body of `list_assistant_versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AssistantVersion]]
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
    body: AssistantVersionsSearchRequest,
) -> ErrorResponse | list[AssistantVersion] | None:
    """List the stored versions of an assistant.

     Newest version first. Kept from the reference: when no version matches (an unknown
    assistant, a `metadata` filter that matches nothing, or an `offset` past the end), the
    answer is 404, not an empty list.

    Args:
        assistant_id (UUID):
        body (AssistantVersionsSearchRequest): The body of `list_assistant_versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AssistantVersion]
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
