from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_stream_event import ErrorStreamEvent
from ...models.message_tuple_stream_event import MessageTupleStreamEvent
from ...models.metadata_stream_event import MetadataStreamEvent
from ...models.mode_stream_event import ModeStreamEvent
from ...models.run_create import RunCreate
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: RunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs/stream".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_stream_event_type_0 = MetadataStreamEvent.from_dict(data)

                return componentsschemas_run_stream_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_stream_event_type_1 = ErrorStreamEvent.from_dict(data)

                return componentsschemas_run_stream_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_stream_event_type_2 = MessageTupleStreamEvent.from_dict(data)

                return componentsschemas_run_stream_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_run_stream_event_type_3 = ModeStreamEvent.from_dict(data)

            return componentsschemas_run_stream_event_type_3

        response_200 = _parse_response_200(response.text)

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
) -> Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Create a run on a thread and stream its events.

     Server-sent events, framed as the reference frames them: CRLF line endings; `event:`,
    then `data:` (one line of compact JSON), then `id:` only for runs created with
    `stream_resumable: true` (ids strictly increase within the run); a `: heartbeat`
    comment every 5 seconds. The first event is `metadata` `{run_id, attempt}`. There is
    no `end` event: the stream closes when the run ends. A graph error arrives as an
    `error` event `{error, message}`; a cancelled run's stream just closes. Errors found
    before the stream starts are ordinary JSON answers. With `on_disconnect: cancel` the run
    is cancelled when the client goes away. Unlike the reference, the `tools` mode (asked for
    by `useStream`) is accepted.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Create a run on a thread and stream its events.

     Server-sent events, framed as the reference frames them: CRLF line endings; `event:`,
    then `data:` (one line of compact JSON), then `id:` only for runs created with
    `stream_resumable: true` (ids strictly increase within the run); a `: heartbeat`
    comment every 5 seconds. The first event is `metadata` `{run_id, attempt}`. There is
    no `end` event: the stream closes when the run ends. A graph error arrives as an
    `error` event `{error, message}`; a cancelled run's stream just closes. Errors found
    before the stream starts are ordinary JSON answers. With `on_disconnect: cancel` the run
    is cancelled when the client goes away. Unlike the reference, the `tools` mode (asked for
    by `useStream`) is accepted.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Create a run on a thread and stream its events.

     Server-sent events, framed as the reference frames them: CRLF line endings; `event:`,
    then `data:` (one line of compact JSON), then `id:` only for runs created with
    `stream_resumable: true` (ids strictly increase within the run); a `: heartbeat`
    comment every 5 seconds. The first event is `metadata` `{run_id, attempt}`. There is
    no `end` event: the stream closes when the run ends. A graph error arrives as an
    `error` event `{error, message}`; a cancelled run's stream just closes. Errors found
    before the stream starts are ordinary JSON answers. With `on_disconnect: cancel` the run
    is cancelled when the client goes away. Unlike the reference, the `tools` mode (asked for
    by `useStream`) is accepted.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Create a run on a thread and stream its events.

     Server-sent events, framed as the reference frames them: CRLF line endings; `event:`,
    then `data:` (one line of compact JSON), then `id:` only for runs created with
    `stream_resumable: true` (ids strictly increase within the run); a `: heartbeat`
    comment every 5 seconds. The first event is `metadata` `{run_id, attempt}`. There is
    no `end` event: the stream closes when the run ends. A graph error arrives as an
    `error` event `{error, message}`; a cancelled run's stream just closes. Errors found
    before the stream starts are ordinary JSON answers. With `on_disconnect: cancel` the run
    is cancelled when the client goes away. Unlike the reference, the `tools` mode (asked for
    by `useStream`) is accepted.

    Args:
        thread_id (UUID):
        body (RunCreate): Creates a run on a thread. Every field the official SDKs send is
            declared, so nothing is
            silently dropped; an unknown field is a 422. Fields the SDKs send as `null` mean "not
            given".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
