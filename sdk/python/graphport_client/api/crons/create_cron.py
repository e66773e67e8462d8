from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron import Cron
from ...models.cron_create import CronCreate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CronCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/crons",
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
    *,
    client: AuthenticatedClient | Client,
    body: CronCreate,
) -> Response[Cron | ErrorResponse]:
    """Schedule runs, each on a new thread.

     Creates an enabled cron (unless `enabled: false`) whose every execution runs the assistant
    on a fresh thread; `on_run_completed` (default `delete`) says whether that thread is
    deleted after the run. `schedule` is a five-field cron expression read in `timezone`
    (UTC when omitted). The stored `payload` is the request body with `assistant_id`
    resolved to a UUID and `config.configurable.cron_id` added.

    An `assistant_id` that is neither a UUID nor a served graph id, or an unknown assistant,
    answers 404; an invalid schedule, timezone or webhook answers 422.

    Args:
        body (CronCreate): The body of `create_cron`. The run fields mean what they mean on a run
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CronCreate,
) -> Cron | ErrorResponse | None:
    """Schedule runs, each on a new thread.

     Creates an enabled cron (unless `enabled: false`) whose every execution runs the assistant
    on a fresh thread; `on_run_completed` (default `delete`) says whether that thread is
    deleted after the run. `schedule` is a five-field cron expression read in `timezone`
    (UTC when omitted). The stored `payload` is the request body with `assistant_id`
    resolved to a UUID and `config.configurable.cron_id` added.

    An `assistant_id` that is neither a UUID nor a served graph id, or an unknown assistant,
    answers 404; an invalid schedule, timezone or webhook answers 422.

    Args:
        body (CronCreate): The body of `create_cron`. The run fields mean what they mean on a run
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CronCreate,
) -> Response[Cron | ErrorResponse]:
    """Schedule runs, each on a new thread.

     Creates an enabled cron (unless `enabled: false`) whose every execution runs the assistant
    on a fresh thread; `on_run_completed` (default `delete`) says whether that thread is
    deleted after the run. `schedule` is a five-field cron expression read in `timezone`
    (UTC when omitted). The stored `payload` is the request body with `assistant_id`
    resolved to a UUID and `config.configurable.cron_id` added.

    An `assistant_id` that is neither a UUID nor a served graph id, or an unknown assistant,
    answers 404; an invalid schedule, timezone or webhook answers 422.

    Args:
        body (CronCreate): The body of `create_cron`. The run fields mean what they mean on a run
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CronCreate,
) -> Cron | ErrorResponse | None:
    """Schedule runs, each on a new thread.

     Creates an enabled cron (unless `enabled: false`) whose every execution runs the assistant
    on a fresh thread; `on_run_completed` (default `delete`) says whether that thread is
    deleted after the run. `schedule` is a five-field cron expression read in `timezone`
    (UTC when omitted). The stored `payload` is the request body with `assistant_id`
    resolved to a UUID and `config.configurable.cron_id` added.

    An `assistant_id` that is neither a UUID nor a served graph id, or an unknown assistant,
    answers 404; an invalid schedule, timezone or webhook answers 422.

    Args:
        body (CronCreate): The body of `create_cron`. The run fields mean what they mean on a run
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
