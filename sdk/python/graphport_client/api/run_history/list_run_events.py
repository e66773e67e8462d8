from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_event import RunEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
    *,
    event_types: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_types: list[str] | Unset = UNSET
    if not isinstance(event_types, Unset):
        json_event_types = event_types

    params["event_types"] = json_event_types

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/events".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RunEvent] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_run_event_list_item_data in _response_200:
            componentsschemas_run_event_list_item = RunEvent.from_dict(componentsschemas_run_event_list_item_data)

            response_200.append(componentsschemas_run_event_list_item)

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
) -> Response[ErrorResponse | list[RunEvent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_types: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[ErrorResponse | list[RunEvent]]:
    """List the stored events of one run.

     Everything the run's event log holds, for debugging and audit, in `seq` order: the
    events its streams carried (whether or not a client was listening), its history rows
    (one per message it added to the thread, named after the message's type, then one
    `token_usage` row with its token counters and their split by model: rows no stream
    sends) and its lifecycle events (`metadata` first, `run_done` last). Returns the first
    `limit` events.

    Args:
        thread_id (UUID):
        run_id (UUID):
        event_types (list[str] | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunEvent]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        event_types=event_types,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_types: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
) -> ErrorResponse | list[RunEvent] | None:
    """List the stored events of one run.

     Everything the run's event log holds, for debugging and audit, in `seq` order: the
    events its streams carried (whether or not a client was listening), its history rows
    (one per message it added to the thread, named after the message's type, then one
    `token_usage` row with its token counters and their split by model: rows no stream
    sends) and its lifecycle events (`metadata` first, `run_done` last). Returns the first
    `limit` events.

    Args:
        thread_id (UUID):
        run_id (UUID):
        event_types (list[str] | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunEvent]
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        event_types=event_types,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_types: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[ErrorResponse | list[RunEvent]]:
    """List the stored events of one run.

     Everything the run's event log holds, for debugging and audit, in `seq` order: the
    events its streams carried (whether or not a client was listening), its history rows
    (one per message it added to the thread, named after the message's type, then one
    `token_usage` row with its token counters and their split by model: rows no stream
    sends) and its lifecycle events (`metadata` first, `run_done` last). Returns the first
    `limit` events.

    Args:
        thread_id (UUID):
        run_id (UUID):
        event_types (list[str] | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunEvent]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        event_types=event_types,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    event_types: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
) -> ErrorResponse | list[RunEvent] | None:
    """List the stored events of one run.

     Everything the run's event log holds, for debugging and audit, in `seq` order: the
    events its streams carried (whether or not a client was listening), its history rows
    (one per message it added to the thread, named after the message's type, then one
    `token_usage` row with its token counters and their split by model: rows no stream
    sends) and its lifecycle events (`metadata` first, `run_done` last). Returns the first
    `limit` events.

    Args:
        thread_id (UUID):
        run_id (UUID):
        event_types (list[str] | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunEvent]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            event_types=event_types,
            limit=limit,
        )
    ).parsed
