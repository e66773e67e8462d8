from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_fields import RunFields
from ...models.run_select_field import RunSelectField
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: RunStatus | Unset = UNSET,
    select: list[RunSelectField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        json_select = []
        for select_item_data in select:
            select_item: str = select_item_data
            json_select.append(select_item)

    params["select"] = json_select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RunFields] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_run_list_item_data in _response_200:
            componentsschemas_run_list_item = RunFields.from_dict(componentsschemas_run_list_item_data)

            response_200.append(componentsschemas_run_list_item)

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
) -> Response[ErrorResponse | list[RunFields]]:
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
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: RunStatus | Unset = UNSET,
    select: list[RunSelectField] | Unset = UNSET,
) -> Response[ErrorResponse | list[RunFields]]:
    """List the runs of a thread, newest first.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (RunStatus | Unset): A run's lifecycle; `pending` and `running` are active, the
            rest final.
        select (list[RunSelectField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunFields]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: RunStatus | Unset = UNSET,
    select: list[RunSelectField] | Unset = UNSET,
) -> ErrorResponse | list[RunFields] | None:
    """List the runs of a thread, newest first.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (RunStatus | Unset): A run's lifecycle; `pending` and `running` are active, the
            rest final.
        select (list[RunSelectField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunFields]
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: RunStatus | Unset = UNSET,
    select: list[RunSelectField] | Unset = UNSET,
) -> Response[ErrorResponse | list[RunFields]]:
    """List the runs of a thread, newest first.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (RunStatus | Unset): A run's lifecycle; `pending` and `running` are active, the
            rest final.
        select (list[RunSelectField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RunFields]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        offset=offset,
        status=status,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    status: RunStatus | Unset = UNSET,
    select: list[RunSelectField] | Unset = UNSET,
) -> ErrorResponse | list[RunFields] | None:
    """List the runs of a thread, newest first.

    Args:
        thread_id (UUID):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        status (RunStatus | Unset): A run's lifecycle; `pending` and `running` are active, the
            rest final.
        select (list[RunSelectField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RunFields]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            offset=offset,
            status=status,
            select=select,
        )
    ).parsed
