from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: UUID,
    run_id: UUID,
    *,
    cancel_on_disconnect: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cancel_on_disconnect"] = cancel_on_disconnect

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/join".format(
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
    cancel_on_disconnect: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Wait for a run to end and get its final values.

     Blocks until the run ends (a newline every 5 seconds keeps the connection alive), then
    answers as `wait_run` does. Kept from the reference: a run that does not exist answers
    **200** with `{"__error__": {"error": "HTTPException", "message": "404: Run not found"}}`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        cancel_on_disconnect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        cancel_on_disconnect=cancel_on_disconnect,
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
    cancel_on_disconnect: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Wait for a run to end and get its final values.

     Blocks until the run ends (a newline every 5 seconds keeps the connection alive), then
    answers as `wait_run` does. Kept from the reference: a run that does not exist answers
    **200** with `{"__error__": {"error": "HTTPException", "message": "404: Run not found"}}`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        cancel_on_disconnect (bool | Unset):  Default: False.

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
        cancel_on_disconnect=cancel_on_disconnect,
    ).parsed


async def asyncio_detailed(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cancel_on_disconnect: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Wait for a run to end and get its final values.

     Blocks until the run ends (a newline every 5 seconds keeps the connection alive), then
    answers as `wait_run` does. Kept from the reference: a run that does not exist answers
    **200** with `{"__error__": {"error": "HTTPException", "message": "404: Run not found"}}`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        cancel_on_disconnect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        cancel_on_disconnect=cancel_on_disconnect,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: UUID,
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cancel_on_disconnect: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Wait for a run to end and get its final values.

     Blocks until the run ends (a newline every 5 seconds keeps the connection alive), then
    answers as `wait_run` does. Kept from the reference: a run that does not exist answers
    **200** with `{"__error__": {"error": "HTTPException", "message": "404: Run not found"}}`.

    Args:
        thread_id (UUID):
        run_id (UUID):
        cancel_on_disconnect (bool | Unset):  Default: False.

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
            cancel_on_disconnect=cancel_on_disconnect,
        )
    ).parsed
