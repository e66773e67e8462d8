from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron import Cron
from ...models.error_response import ErrorResponse
from ...models.thread_cron_create import ThreadCronCreate
from ...types import Response


def _get_kwargs(
    thread_id: UUID,
    *,
    body: ThreadCronCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs/crons".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Cron | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Cron.from_dict(response.json())

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
) -> Response[Cron | ErrorResponse]:
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
    body: ThreadCronCreate,
) -> Response[Cron | ErrorResponse]:
    """Schedule runs on an existing thread.

     Like `create_cron`, but every execution runs on this thread (its `multitask_strategy`
    applies when a run of the thread is still active). `on_run_completed` is accepted and
    ignored: the cron's `on_run_completed` is null. An unknown thread or assistant answers 404.

    Args:
        thread_id (UUID):
        body (ThreadCronCreate): The body of `create_thread_cron`: the fields of `CronCreate`.
            `on_run_completed` is
            accepted (the JS SDK sends it) and ignored, since the thread outlives every run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
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
    body: ThreadCronCreate,
) -> Cron | ErrorResponse | None:
    """Schedule runs on an existing thread.

     Like `create_cron`, but every execution runs on this thread (its `multitask_strategy`
    applies when a run of the thread is still active). `on_run_completed` is accepted and
    ignored: the cron's `on_run_completed` is null. An unknown thread or assistant answers 404.

    Args:
        thread_id (UUID):
        body (ThreadCronCreate): The body of `create_thread_cron`: the fields of `CronCreate`.
            `on_run_completed` is
            accepted (the JS SDK sends it) and ignored, since the thread outlives every run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
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
    body: ThreadCronCreate,
) -> Response[Cron | ErrorResponse]:
    """Schedule runs on an existing thread.

     Like `create_cron`, but every execution runs on this thread (its `multitask_strategy`
    applies when a run of the thread is still active). `on_run_completed` is accepted and
    ignored: the cron's `on_run_completed` is null. An unknown thread or assistant answers 404.

    Args:
        thread_id (UUID):
        body (ThreadCronCreate): The body of `create_thread_cron`: the fields of `CronCreate`.
            `on_run_completed` is
            accepted (the JS SDK sends it) and ignored, since the thread outlives every run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
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
    body: ThreadCronCreate,
) -> Cron | ErrorResponse | None:
    """Schedule runs on an existing thread.

     Like `create_cron`, but every execution runs on this thread (its `multitask_strategy`
    applies when a run of the thread is still active). `on_run_completed` is accepted and
    ignored: the cron's `on_run_completed` is null. An unknown thread or assistant answers 404.

    Args:
        thread_id (UUID):
        body (ThreadCronCreate): The body of `create_thread_cron`: the fields of `CronCreate`.
            `on_run_completed` is
            accepted (the JS SDK sends it) and ignored, since the thread outlives every run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
