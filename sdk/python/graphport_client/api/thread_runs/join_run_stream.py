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
from ...models.stream_mode import StreamMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
    *,
    stream_mode: list[str | StreamMode] | Unset = UNSET,
    cancel_on_disconnect: bool | Unset = False,
    checkpoint_id: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
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
            stream_mode_item: str
            if isinstance(stream_mode_item_data, str):
                stream_mode_item = stream_mode_item_data
            else:
                stream_mode_item = stream_mode_item_data
            json_stream_mode.append(stream_mode_item)

    params["stream_mode"] = json_stream_mode

    params["cancel_on_disconnect"] = cancel_on_disconnect

    params["checkpoint_id"] = checkpoint_id

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/stream".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

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
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[str | StreamMode] | Unset = UNSET,
    cancel_on_disconnect: bool | Unset = False,
    checkpoint_id: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Stream the events of an existing run.

     Live events of the run until it ends. With `Last-Event-ID` (runs created with
    `stream_resumable: true`), stored events after that id are replayed first, then live
    events follow with no gap and no duplicate; `Last-Event-ID: -1` replays everything. On a
    run that has ended, the replay is followed by the close (without the header: an empty
    stream). A run that does not exist yields an `error` event inside the stream, as the
    reference does. `stream_mode` filters the events (repeated parameters and a JSON array
    are both accepted; the reference honours only the last repeated value); with a filter
    the `metadata` event is dropped. `checkpoint_id` and `namespace` (sent by the JS SDK) are
    accepted and ignored.

    Args:
        thread_id (UUID):
        run_id (UUID):
        stream_mode (list[str | StreamMode] | Unset):
        cancel_on_disconnect (bool | Unset):  Default: False.
        checkpoint_id (str | Unset):
        namespace (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        stream_mode=stream_mode,
        cancel_on_disconnect=cancel_on_disconnect,
        checkpoint_id=checkpoint_id,
        namespace=namespace,
        last_event_id=last_event_id,
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
    stream_mode: list[str | StreamMode] | Unset = UNSET,
    cancel_on_disconnect: bool | Unset = False,
    checkpoint_id: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Stream the events of an existing run.

     Live events of the run until it ends. With `Last-Event-ID` (runs created with
    `stream_resumable: true`), stored events after that id are replayed first, then live
    events follow with no gap and no duplicate; `Last-Event-ID: -1` replays everything. On a
    run that has ended, the replay is followed by the close (without the header: an empty
    stream). A run that does not exist yields an `error` event inside the stream, as the
    reference does. `stream_mode` filters the events (repeated parameters and a JSON array
    are both accepted; the reference honours only the last repeated value); with a filter
    the `metadata` event is dropped. `checkpoint_id` and `namespace` (sent by the JS SDK) are
    accepted and ignored.

    Args:
        thread_id (UUID):
        run_id (UUID):
        stream_mode (list[str | StreamMode] | Unset):
        cancel_on_disconnect (bool | Unset):  Default: False.
        checkpoint_id (str | Unset):
        namespace (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        stream_mode=stream_mode,
        cancel_on_disconnect=cancel_on_disconnect,
        checkpoint_id=checkpoint_id,
        namespace=namespace,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[str | StreamMode] | Unset = UNSET,
    cancel_on_disconnect: bool | Unset = False,
    checkpoint_id: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Stream the events of an existing run.

     Live events of the run until it ends. With `Last-Event-ID` (runs created with
    `stream_resumable: true`), stored events after that id are replayed first, then live
    events follow with no gap and no duplicate; `Last-Event-ID: -1` replays everything. On a
    run that has ended, the replay is followed by the close (without the header: an empty
    stream). A run that does not exist yields an `error` event inside the stream, as the
    reference does. `stream_mode` filters the events (repeated parameters and a JSON array
    are both accepted; the reference honours only the last repeated value); with a filter
    the `metadata` event is dropped. `checkpoint_id` and `namespace` (sent by the JS SDK) are
    accepted and ignored.

    Args:
        thread_id (UUID):
        run_id (UUID):
        stream_mode (list[str | StreamMode] | Unset):
        cancel_on_disconnect (bool | Unset):  Default: False.
        checkpoint_id (str | Unset):
        namespace (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        stream_mode=stream_mode,
        cancel_on_disconnect=cancel_on_disconnect,
        checkpoint_id=checkpoint_id,
        namespace=namespace,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    stream_mode: list[str | StreamMode] | Unset = UNSET,
    cancel_on_disconnect: bool | Unset = False,
    checkpoint_id: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Stream the events of an existing run.

     Live events of the run until it ends. With `Last-Event-ID` (runs created with
    `stream_resumable: true`), stored events after that id are replayed first, then live
    events follow with no gap and no duplicate; `Last-Event-ID: -1` replays everything. On a
    run that has ended, the replay is followed by the close (without the header: an empty
    stream). A run that does not exist yields an `error` event inside the stream, as the
    reference does. `stream_mode` filters the events (repeated parameters and a JSON array
    are both accepted; the reference honours only the last repeated value); with a filter
    the `metadata` event is dropped. `checkpoint_id` and `namespace` (sent by the JS SDK) are
    accepted and ignored.

    Args:
        thread_id (UUID):
        run_id (UUID):
        stream_mode (list[str | StreamMode] | Unset):
        cancel_on_disconnect (bool | Unset):  Default: False.
        checkpoint_id (str | Unset):
        namespace (str | Unset):
        last_event_id (str | Unset): A stream position: an event id (`<n>`, or the reference's
            `<n>-<seq>` / `<n>-*` forms),
            `-1` or `-` (before the first event), or empty (no position).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            stream_mode=stream_mode,
            cancel_on_disconnect=cancel_on_disconnect,
            checkpoint_id=checkpoint_id,
            namespace=namespace,
            last_event_id=last_event_id,
        )
    ).parsed
