from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_action import CancelAction
from ...models.error_response import ErrorResponse
from ...models.error_stream_event import ErrorStreamEvent
from ...models.message_tuple_stream_event import MessageTupleStreamEvent
from ...models.metadata_stream_event import MetadataStreamEvent
from ...models.mode_stream_event import ModeStreamEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
    *,
    action: CancelAction | Unset = UNSET,
    wait: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs/{run_id}/stream".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
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

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
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
    action: CancelAction | Unset = UNSET,
    wait: bool | Unset = False,
) -> Response[Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Cancel a run, then stream what remains of it.

     Our seed's stop-button endpoint (not in the reference). With `action` the run is
    cancelled first (as `cancel_run`); the response then streams the run's remaining events
    until its stream closes. With `wait=true` it waits for the run to stop and answers 204
    with no body instead. Without `action` it behaves as `join_run_stream`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        action=action,
        wait=wait,
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
    action: CancelAction | Unset = UNSET,
    wait: bool | Unset = False,
) -> Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Cancel a run, then stream what remains of it.

     Our seed's stop-button endpoint (not in the reference). With `action` the run is
    cancelled first (as `cancel_run`); the response then streams the run's remaining events
    until its stream closes. With `wait=true` it waits for the run to stop and answers 204
    with no body instead. Without `action` it behaves as `join_run_stream`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        action=action,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: CancelAction | Unset = UNSET,
    wait: bool | Unset = False,
) -> Response[Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]:
    """Cancel a run, then stream what remains of it.

     Our seed's stop-button endpoint (not in the reference). With `action` the run is
    cancelled first (as `cancel_run`); the response then streams the run's remaining events
    until its stream closes. With `wait=true` it waits for the run to stop and answers 204
    with no body instead. Without `action` it behaves as `join_run_stream`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        action=action,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: CancelAction | Unset = UNSET,
    wait: bool | Unset = False,
) -> Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent | None:
    """Cancel a run, then stream what remains of it.

     Our seed's stop-button endpoint (not in the reference). With `action` the run is
    cancelled first (as `cancel_run`); the response then streams the run's remaining events
    until its stream closes. With `wait=true` it waits for the run to stop and answers 204
    with no body instead. Without `action` it behaves as `join_run_stream`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        wait (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorStreamEvent | MessageTupleStreamEvent | MetadataStreamEvent | ModeStreamEvent
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            action=action,
            wait=wait,
        )
    ).parsed
