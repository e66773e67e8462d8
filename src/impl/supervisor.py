"""`graphport serve --workers N`: every worker listens on a socket of its own.

uvicorn's supervisor binds one socket and hands it to every worker. The worker that wakes first
accepts every connection waiting (asyncio accepts up to the backlog in one go), so a client's
pool of kept-alive connections (the SDK's, a proxy's) lands on one worker while the others
idle: measured, 800 requests of 800 over 16 connections on one pid.

Here the parent binds one socket per worker, all on the same address with `SO_REUSEPORT`, and
worker i always serves socket i. The kernel picks a listening socket per new connection by
hashing its addresses, so connections spread evenly. The parent keeps the sockets open: a
worker that dies is replaced on its socket, and connections queued there wait for the
replacement instead of being reset.

Like any `SO_REUSEPORT` server (nginx `reuseport`, gunicorn `--reuse-port`), another process of
the same user could bind the port too. Where the option is missing, uvicorn's shared socket is
used.
"""

from __future__ import annotations

import logging
import socket
import sys

from uvicorn import Config
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess, Process

logger = logging.getLogger("uvicorn.error")


def reuse_port_available() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def bind_worker_sockets(config: Config) -> list[socket.socket]:
    """`config.workers` sockets bound to one address (port 0: the first one's port)."""
    family = socket.AF_INET6 if config.host and ":" in config.host else socket.AF_INET
    sockets: list[socket.socket] = []
    port = config.port
    try:
        for _ in range(config.workers):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((config.host, port))
            port = sock.getsockname()[1]
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    logger.info("Uvicorn running on http://%s:%d (Press CTRL+C to quit)", config.host, port)
    return sockets


class SocketPerWorker(Multiprocess):
    """uvicorn's supervisor (signals, health checks, restarts), with worker i on socket i.

    The three methods that start workers are uvicorn's, changed only in which sockets a new
    worker gets.
    """

    def _start(self, index: int) -> Process:
        process = Process(self.config, [self.sockets[index]])
        process.start()
        return process

    def init_processes(self) -> None:
        self.processes = [self._start(index) for index in range(self.processes_num)]

    def restart_all(self) -> None:
        """SIGHUP: each replacement serves before the worker it replaces stops."""
        for index, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self._start(index)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                if not self.should_exit.is_set():
                    logger.error(
                        "New child process [%s] was not ready in time; keeping worker [%s].",
                        new.pid,
                        old.pid,
                    )
                return
            old.terminate()
            old.join()
            self.processes[index] = new

    def keep_subprocess_alive(self) -> None:
        for index, process in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()  # hung, or already gone
            process.join()
            if process.exitcode == STARTUP_FAILURE:
                # It failed before serving: the app is broken the same way for every worker.
                logger.error("Child process [%s] failed to start, stopping.", process.pid)
                self.should_exit.set()
                return
            logger.info("Child process [%s] died", process.pid)
            self.processes[index] = self._start(index)


def serve_workers(config: Config) -> None:
    """Run `config.workers` workers, each on its own `SO_REUSEPORT` socket."""
    try:
        sockets = bind_worker_sockets(config)
    except OSError as exc:  # as uvicorn says when its own bind fails
        logger.error(exc)
        sys.exit(STARTUP_FAILURE)
    try:
        SocketPerWorker(config, sockets=sockets).run()
    finally:
        for sock in sockets:
            sock.close()
