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
from ...models.state_update_stream_event import StateUpdateStreamEvent
from ...models.thread_stream_mode import ThreadStreamMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    stream_mode: list[ThreadStreamMode] | Unset = UNSET,
    stream_modes: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    json_stream_mode: list[str] | Unset = UNSET
    if not isinstance(stream_mode, Unset):
        json_stream_mode = []
        for stream_mode_item_data in stream_mode:
            stream_mode_item: str = stream_mode_item_data
            json_stream_mode.append(stream_mode_item)

    params["stream_mode"] = json_stream_mode

    params["stream_modes"] = stream_modes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/stream".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | StateUpdateStreamEvent
        ):
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_stream_event_type_3 = ModeStreamEvent.from_dict(data)

                return componentsschemas_run_stream_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_thread_stream_event_type_1 = StateUpdateStreamEvent.from_dict(data)

            return componentsschemas_thread_stream_event_type_1

        response_200 = _parse_response_200(response.text)

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
) -> Response[
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
]:
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
    stream_mode: list[ThreadStreamMode] | Unset = UNSET,
    stream_modes: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
]:
    """Stream the events of every run of a thread.

     Server-sent events from every run of the thread, including runs created after the client
    connected. Every event carries an `id:`. When a run ends the stream sends
    `event: metadata` with `{"status": "run_done", "run_id": ...}`; a write through
    `update_thread_state` sends `event: state_update` with `{"state": <ThreadState>,
    "thread_id": ...}`. The stream never closes by itself: `: heartbeat` comments keep it
    alive until the client leaves.

    Which events are sent: `run_modes` (the default) sends every run event except
    `state_update`; `lifecycle` sends only the `metadata` events that start and end runs;
    `state_update` sends only `state_update` events. Modes combine. Both SDKs send the modes
    as `stream_mode`, which the reference ignores (it reads `stream_modes`, comma-separated);
    graphport reads both and uses all the modes named in either.

    With `Last-Event-ID`, stored events with a greater id are replayed first (`-` replays all
    of them), then live events follow. An unknown thread answers 404 before the stream starts
    (the reference opens a stream that only ever sends heartbeats).

    Args:
        thread_id (UUID):
        stream_mode (list[ThreadStreamMode] | Unset):
        stream_modes (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | StateUpdateStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        stream_mode=stream_mode,
        stream_modes=stream_modes,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[ThreadStreamMode] | Unset = UNSET,
    stream_modes: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
    | None
):
    """Stream the events of every run of a thread.

     Server-sent events from every run of the thread, including runs created after the client
    connected. Every event carries an `id:`. When a run ends the stream sends
    `event: metadata` with `{"status": "run_done", "run_id": ...}`; a write through
    `update_thread_state` sends `event: state_update` with `{"state": <ThreadState>,
    "thread_id": ...}`. The stream never closes by itself: `: heartbeat` comments keep it
    alive until the client leaves.

    Which events are sent: `run_modes` (the default) sends every run event except
    `state_update`; `lifecycle` sends only the `metadata` events that start and end runs;
    `state_update` sends only `state_update` events. Modes combine. Both SDKs send the modes
    as `stream_mode`, which the reference ignores (it reads `stream_modes`, comma-separated);
    graphport reads both and uses all the modes named in either.

    With `Last-Event-ID`, stored events with a greater id are replayed first (`-` replays all
    of them), then live events follow. An unknown thread answers 404 before the stream starts
    (the reference opens a stream that only ever sends heartbeats).

    Args:
        thread_id (UUID):
        stream_mode (list[ThreadStreamMode] | Unset):
        stream_modes (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | StateUpdateStreamEvent
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        stream_mode=stream_mode,
        stream_modes=stream_modes,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[ThreadStreamMode] | Unset = UNSET,
    stream_modes: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
]:
    """Stream the events of every run of a thread.

     Server-sent events from every run of the thread, including runs created after the client
    connected. Every event carries an `id:`. When a run ends the stream sends
    `event: metadata` with `{"status": "run_done", "run_id": ...}`; a write through
    `update_thread_state` sends `event: state_update` with `{"state": <ThreadState>,
    "thread_id": ...}`. The stream never closes by itself: `: heartbeat` comments keep it
    alive until the client leaves.

    Which events are sent: `run_modes` (the default) sends every run event except
    `state_update`; `lifecycle` sends only the `metadata` events that start and end runs;
    `state_update` sends only `state_update` events. Modes combine. Both SDKs send the modes
    as `stream_mode`, which the reference ignores (it reads `stream_modes`, comma-separated);
    graphport reads both and uses all the modes named in either.

    With `Last-Event-ID`, stored events with a greater id are replayed first (`-` replays all
    of them), then live events follow. An unknown thread answers 404 before the stream starts
    (the reference opens a stream that only ever sends heartbeats).

    Args:
        thread_id (UUID):
        stream_mode (list[ThreadStreamMode] | Unset):
        stream_modes (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | StateUpdateStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        stream_mode=stream_mode,
        stream_modes=stream_modes,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[ThreadStreamMode] | Unset = UNSET,
    stream_modes: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorStreamEvent
    | MessageTupleStreamEvent
    | MetadataStreamEvent
    | ModeStreamEvent
    | StateUpdateStreamEvent
    | None
):
    """Stream the events of every run of a thread.

     Server-sent events from every run of the thread, including runs created after the client
    connected. Every event carries an `id:`. When a run ends the stream sends
    `event: metadata` with `{"status": "run_done", "run_id": ...}`; a write through
    `update_thread_state` sends `event: state_update` with `{"state": <ThreadState>,
    "thread_id": ...}`. The stream never closes by itself: `: heartbeat` comments keep it
    alive until the client leaves.

    Which events are sent: `run_modes` (the default) sends every run event except
    `state_update`; `lifecycle` sends only the `metadata` events that start and end runs;
    `state_update` sends only `state_update` events. Modes combine. Both SDKs send the modes
    as `stream_mode`, which the reference ignores (it reads `stream_modes`, comma-separated);
    graphport reads both and uses all the modes named in either.

    With `Last-Event-ID`, stored events with a greater id are replayed first (`-` replays all
    of them), then live events follow. An unknown thread answers 404 before the stream starts
    (the reference opens a stream that only ever sends heartbeats).

    Args:
        thread_id (UUID):
        stream_mode (list[ThreadStreamMode] | Unset):
        stream_modes (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | StateUpdateStreamEvent
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            stream_mode=stream_mode,
            stream_modes=stream_modes,
            last_event_id=last_event_id,
        )
    ).parsed
