from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_action import CancelAction
from ...models.error_response import ErrorResponse
from ...models.runs_cancel_by_ids import RunsCancelByIds
from ...models.runs_cancel_by_status import RunsCancelByStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RunsCancelByIds | RunsCancelByStatus,
    action: CancelAction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/cancel",
        "params": params,
    }

    if isinstance(body, RunsCancelByIds):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunsCancelByIds | RunsCancelByStatus,
    action: CancelAction | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel several runs, by thread and run ids or by status.

     Give either `thread_id` with `run_ids`, or `status` (`pending`, `running` or `all`), not
    both (422). Runs that are no longer active are skipped.

    Args:
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        body (RunsCancelByIds | RunsCancelByStatus): Which runs to cancel: either `thread_id` with
            `run_ids`, or `status`. The two shapes
            are closed, so a body with both (or neither) is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RunsCancelByIds | RunsCancelByStatus,
    action: CancelAction | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel several runs, by thread and run ids or by status.

     Give either `thread_id` with `run_ids`, or `status` (`pending`, `running` or `all`), not
    both (422). Runs that are no longer active are skipped.

    Args:
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        body (RunsCancelByIds | RunsCancelByStatus): Which runs to cancel: either `thread_id` with
            `run_ids`, or `status`. The two shapes
            are closed, so a body with both (or neither) is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunsCancelByIds | RunsCancelByStatus,
    action: CancelAction | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel several runs, by thread and run ids or by status.

     Give either `thread_id` with `run_ids`, or `status` (`pending`, `running` or `all`), not
    both (422). Runs that are no longer active are skipped.

    Args:
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        body (RunsCancelByIds | RunsCancelByStatus): Which runs to cancel: either `thread_id` with
            `run_ids`, or `status`. The two shapes
            are closed, so a body with both (or neither) is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RunsCancelByIds | RunsCancelByStatus,
    action: CancelAction | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel several runs, by thread and run ids or by status.

     Give either `thread_id` with `run_ids`, or `status` (`pending`, `running` or `all`), not
    both (422). Runs that are no longer active are skipped.

    Args:
        action (CancelAction | Unset): `interrupt` stops the run and keeps what it checkpointed;
            `rollback` stops it and deletes
            the run and its checkpoints.
        body (RunsCancelByIds | RunsCancelByStatus): Which runs to cancel: either `thread_id` with
            `run_ids`, or `status`. The two shapes
            are closed, so a body with both (or neither) is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
