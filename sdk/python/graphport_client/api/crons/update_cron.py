from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron import Cron
from ...models.cron_patch import CronPatch
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    cron_id: UUID,
    *,
    body: CronPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/runs/crons/{cron_id}".format(
            cron_id=quote(str(cron_id), safe=""),
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
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CronPatch,
) -> Response[Cron | ErrorResponse]:
    """Update a cron.

     Omitted fields keep their value; `end_time: null` clears the end time. A new `schedule`
    or `timezone` recomputes `next_run_date`. `metadata` is merged into the current metadata.
    The run fields (`input`, `config`, `context`, `webhook`, `interrupt_*`, `stream_*`,
    `durability`) are merged into `payload`, whose `assistant_id` and
    `config.configurable.cron_id` never change. An empty body is a 422 (the reference
    answers 400 `Request body cannot be empty`).

    Args:
        cron_id (UUID):
        body (CronPatch): The body of `update_cron`; at least one field. Omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cron_id=cron_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CronPatch,
) -> Cron | ErrorResponse | None:
    """Update a cron.

     Omitted fields keep their value; `end_time: null` clears the end time. A new `schedule`
    or `timezone` recomputes `next_run_date`. `metadata` is merged into the current metadata.
    The run fields (`input`, `config`, `context`, `webhook`, `interrupt_*`, `stream_*`,
    `durability`) are merged into `payload`, whose `assistant_id` and
    `config.configurable.cron_id` never change. An empty body is a 422 (the reference
    answers 400 `Request body cannot be empty`).

    Args:
        cron_id (UUID):
        body (CronPatch): The body of `update_cron`; at least one field. Omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return sync_detailed(
        cron_id=cron_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CronPatch,
) -> Response[Cron | ErrorResponse]:
    """Update a cron.

     Omitted fields keep their value; `end_time: null` clears the end time. A new `schedule`
    or `timezone` recomputes `next_run_date`. `metadata` is merged into the current metadata.
    The run fields (`input`, `config`, `context`, `webhook`, `interrupt_*`, `stream_*`,
    `durability`) are merged into `payload`, whose `assistant_id` and
    `config.configurable.cron_id` never change. An empty body is a 422 (the reference
    answers 400 `Request body cannot be empty`).

    Args:
        cron_id (UUID):
        body (CronPatch): The body of `update_cron`; at least one field. Omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cron | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cron_id=cron_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cron_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CronPatch,
) -> Cron | ErrorResponse | None:
    """Update a cron.

     Omitted fields keep their value; `end_time: null` clears the end time. A new `schedule`
    or `timezone` recomputes `next_run_date`. `metadata` is merged into the current metadata.
    The run fields (`input`, `config`, `context`, `webhook`, `interrupt_*`, `stream_*`,
    `durability`) are merged into `payload`, whose `assistant_id` and
    `config.configurable.cron_id` never change. An empty body is a 422 (the reference
    answers 400 `Request body cannot be empty`).

    Args:
        cron_id (UUID):
        body (CronPatch): The body of `update_cron`; at least one field. Omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cron | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cron_id=cron_id,
            client=client,
            body=body,
        )
    ).parsed
