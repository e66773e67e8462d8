"""A TCP proxy for tests that cuts one streaming response part-way through.

Clients talk to the proxy; it forwards bytes both ways to the real server. The first response
that is a server-sent event stream is cut (both sockets closed) after `cut_after_events`
events have gone through, as a flaky network would. Later connections pass untouched.
"""

from __future__ import annotations

import asyncio
import contextlib


class CuttingProxy:
    def __init__(self, upstream_port: int, cut_after_events: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after_events = cut_after_events
        self.cuts = 0
        self.connections = 0
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)

        async def client_to_server() -> None:
            with contextlib.suppress(ConnectionError):
                while data := await reader.read(65536):
                    up_writer.write(data)
                    await up_writer.drain()

        async def server_to_client() -> None:
            streaming = False
            events = 0
            with contextlib.suppress(ConnectionError):
                while data := await up_reader.read(65536):
                    if b"content-type: text/event-stream" in data.lower():
                        streaming = self.cuts == 0
                    if streaming:
                        for index in range(len(data)):
                            if data[index : index + 4] == b"\r\n\r\n":
                                events += 1
                                if events > self.cut_after_events:  # headers end counts once
                                    writer.write(data[: index + 4])
                                    await writer.drain()
                                    self.cuts += 1
                                    raise ConnectionError("cut")
                    writer.write(data)
                    await writer.drain()

        tasks = [asyncio.create_task(client_to_server()), asyncio.create_task(server_to_client())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        for stream in (writer, up_writer):
            stream.close()
            with contextlib.suppress(Exception):
                await stream.wait_closed()
