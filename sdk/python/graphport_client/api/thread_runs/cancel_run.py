from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_action import CancelAction
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
    *,
    wait: bool | Unset = False,
    action: CancelAction | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wait"] = wait

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    params["reason"] = reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs/{run_id}/cancel".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    wait: bool | Unset = False,
    action: CancelAction | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a pending or running run.

     `interrupt` stops the run where it is: it ends `interrupted`, its checkpointed progress is
    kept, and the thread records `error: {"error": "UserInterrupt", ...}`. `rollback` stops
    it and deletes the run and the checkpoints it wrote. Without `wait` the answer is **202**
    with no body at once; with `wait=true` the answer comes when the run has stopped: the
    run's final values, as `join_run` gives them (`{}` after a rollback). A run that has
    already ended answers 404, as the reference does.

    Args:
        thread_id (UUID):
        run_id (UUID):
        wait (bool | Unset):  Default: False.
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        wait=wait,
        action=action,
        reason=reason,
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
    wait: bool | Unset = False,
    action: CancelAction | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a pending or running run.

     `interrupt` stops the run where it is: it ends `interrupted`, its checkpointed progress is
    kept, and the thread records `error: {"error": "UserInterrupt", ...}`. `rollback` stops
    it and deletes the run and the checkpoints it wrote. Without `wait` the answer is **202**
    with no body at once; with `wait=true` the answer comes when the run has stopped: the
    run's final values, as `join_run` gives them (`{}` after a rollback). A run that has
    already ended answers 404, as the reference does.

    Args:
        thread_id (UUID):
        run_id (UUID):
        wait (bool | Unset):  Default: False.
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        wait=wait,
        action=action,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = False,
    action: CancelAction | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a pending or running run.

     `interrupt` stops the run where it is: it ends `interrupted`, its checkpointed progress is
    kept, and the thread records `error: {"error": "UserInterrupt", ...}`. `rollback` stops
    it and deletes the run and the checkpoints it wrote. Without `wait` the answer is **202**
    with no body at once; with `wait=true` the answer comes when the run has stopped: the
    run's final values, as `join_run` gives them (`{}` after a rollback). A run that has
    already ended answers 404, as the reference does.

    Args:
        thread_id (UUID):
        run_id (UUID):
        wait (bool | Unset):  Default: False.
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        wait=wait,
        action=action,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = False,
    action: CancelAction | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a pending or running run.

     `interrupt` stops the run where it is: it ends `interrupted`, its checkpointed progress is
    kept, and the thread records `error: {"error": "UserInterrupt", ...}`. `rollback` stops
    it and deletes the run and the checkpoints it wrote. Without `wait` the answer is **202**
    with no body at once; with `wait=true` the answer comes when the run has stopped: the
    run's final values, as `join_run` gives them (`{}` after a rollback). A run that has
    already ended answers 404, as the reference does.

    Args:
        thread_id (UUID):
        run_id (UUID):
        wait (bool | Unset):  Default: False.
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            wait=wait,
            action=action,
            reason=reason,
        )
    ).parsed
