"""The stream broker across workers: run events on Redis Streams, cancels and wake-ups on pub/sub.

Every worker keeps the in-memory channels of `broker.py` (streams read those, unchanged), and
this broker keeps them in step across processes:

- The worker executing a run publishes each event to its channel as before, and also appends
  it to the Redis Stream `<prefix>run:<run_id>` (one writer task, pipelined `XADD`, capped at
  `replay_limit` entries: bounded replay for resumable streams). The run's end is the stream's
  last entry; the key expires `keep_seconds` after it.
- A channel opened in any worker follows that stream (`XREAD BLOCK`) and feeds its readers
  what other workers wrote, so a client can stream, join or wait on a run through any worker.
  A retried run (attempt 2, maybe on another worker) continues on the same stream.
- Thread streams follow `<prefix>thread:<thread_id>` the same way.
- Cancel requests go to every worker on `<prefix>cancel` (and are kept a while under
  `<prefix>cancel:<run_id>` for a worker that claims the run right then); `<prefix>wake` tells
  every worker to look at the shared run queue again.

The prefix is derived from the database URL, so workers sharing a database share their streams
and servers on different databases never see each other's, on one Redis.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis

from graphport.impl.runtime.broker import MemoryBroker, RunChannel, ThreadSubscription
from graphport.impl.runtime.events import RunEvent

logger = logging.getLogger(__name__)

BLOCK_MS = 5_000
CHANNEL_KEEP_SECONDS = 60.0


def key_prefix(database_url: str) -> str:
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return f"graphport:{digest}:"


class RedisBroker(MemoryBroker):
    def __init__(
        self,
        url: str,
        *,
        prefix: str,
        worker_id: str,
        replay_limit: int = 10_000,
        keep_seconds: int = 3_600,
    ) -> None:
        super().__init__()
        self.url = url
        self.prefix = prefix
        self.worker_id = worker_id
        self.replay_limit = replay_limit
        self.keep_seconds = keep_seconds
        # redis-py's async client, typed loosely: its stubs cannot tell bytes from str replies.
        self._redis: Any = None
        self._outbox: asyncio.Queue[tuple[str, dict[str, Any], bool]] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writer: asyncio.Task[None] | None = None
        self._listener: asyncio.Task[None] | None = None
        self._followers: dict[str, asyncio.Task[None]] = {}
        self._thread_followers: dict[str, asyncio.Task[None]] = {}

    # -- lifecycle -------------------------------------------------------------------

    @property
    def redis(self) -> Any:
        if self._redis is None:
            raise RuntimeError("the Redis broker is not started")
        return self._redis

    async def start(self) -> None:
        self._redis = aioredis.Redis.from_url(self.url, max_connections=None)
        try:
            await self._redis.ping()
        except aioredis.RedisError as exc:
            raise RuntimeError(f"Redis at {self.url} does not answer ({exc})") from exc
        self._outbox = asyncio.Queue()
        self._writer = asyncio.create_task(self._write_loop(), name="graphport-redis-writer")
        pubsub = self._redis.pubsub()
        await pubsub.subscribe(self.prefix + "cancel", self.prefix + "wake")
        self._listener = asyncio.create_task(self._listen(pubsub), name="graphport-redis-listen")

    async def stop(self) -> None:
        if self._outbox is not None and self._writer is not None:
            # Let what this worker published reach Redis before it goes.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(5):
                    await self._outbox.join()
        tasks = [
            t
            for t in (
                self._writer,
                self._listener,
                *self._followers.values(),
                *self._thread_followers.values(),
            )
            if t is not None
        ]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._followers.clear()
        self._thread_followers.clear()
        self.clear()
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None

    # -- what the executing worker writes ----------------------------------------------

    def event(self, channel: RunChannel, event: RunEvent) -> None:
        self._send(
            self.prefix + "run:" + channel.run_id,
            {"w": self.worker_id, "s": event.seq, "n": event.event, "d": event.data},
        )

    def end(self, channel: RunChannel, status: str, result: bytes | None) -> None:
        fields: dict[str, Any] = {"w": self.worker_id, "end": status}
        if result is not None:
            fields["r"] = result
        self._send(self.prefix + "run:" + channel.run_id, fields, expire=True)

    def publish_thread(self, thread_id: str, event: RunEvent) -> None:
        super().publish_thread(thread_id, event)
        self._send(
            self.prefix + "thread:" + thread_id,
            {"w": self.worker_id, "s": event.seq, "n": event.event, "d": event.data},
        )

    def _send(self, key: str, fields: dict[str, Any], expire: bool = False) -> None:
        if self._outbox is None:
            return
        self._outbox.put_nowait((key, fields, expire))

    async def _write_loop(self) -> None:
        assert self._outbox is not None
        outbox = self._outbox
        while True:
            batch = [await outbox.get()]
            while not outbox.empty() and len(batch) < 500:
                batch.append(outbox.get_nowait())
            try:
                pipe = self.redis.pipeline(transaction=False)
                for key, fields, expire in batch:
                    pipe.xadd(key, fields, maxlen=self.replay_limit, approximate=True)
                    pipe.expire(key, self.keep_seconds if expire else 24 * 3_600)
                await pipe.execute()
            except Exception:
                logger.exception("publishing %d run events to Redis failed", len(batch))
            finally:
                for _ in batch:
                    outbox.task_done()

    # -- what every worker reads --------------------------------------------------------

    def open(self, run_id: str, thread_id: str) -> RunChannel:
        channel = super().open(run_id, thread_id)
        if channel.sink is None:
            channel.sink = self
        if run_id not in self._followers and self._redis is not None and not channel.done:
            task = asyncio.get_running_loop().create_task(
                self._follow_run(channel, "0-0"), name=f"follow-{run_id}"
            )
            self._followers[run_id] = task
            task.add_done_callback(self._forget_follower(run_id))
        return channel

    async def attach(self, run_id: str, thread_id: str) -> RunChannel:
        channel = self.get(run_id)
        if channel is not None or self._redis is None:
            return self.open(run_id, thread_id)
        # A reader joining through this worker first gets what the stream holds so far, so
        # "from now on" means the same thing on every worker.
        channel = super().open(run_id, thread_id)
        channel.sink = self
        entries = await self.redis.xrange(self.prefix + "run:" + run_id)
        last_id = "0-0"
        for entry_id, fields in entries:
            last_id = entry_id
            self._apply(channel, fields, own_too=True)
        if not channel.done:
            task = asyncio.get_running_loop().create_task(
                self._follow_run(channel, last_id), name=f"follow-{run_id}"
            )
            self._followers[run_id] = task
            task.add_done_callback(self._forget_follower(run_id))
        return channel

    def _forget_follower(self, run_id: str) -> Callable[[asyncio.Task[None]], None]:
        def forget(task: asyncio.Task[None]) -> None:
            if self._followers.get(run_id) is task:
                del self._followers[run_id]

        return forget

    def _forget_thread_follower(self, thread_id: str) -> Callable[[asyncio.Task[None]], None]:
        def forget(task: asyncio.Task[None]) -> None:
            if self._thread_followers.get(thread_id) is task:
                del self._thread_followers[thread_id]

        return forget

    def discard(self, run_id: str) -> None:
        super().discard(run_id)
        task = self._followers.pop(run_id, None)
        if task is not None:
            task.cancel()

    def _apply(self, channel: RunChannel, fields: dict[bytes, bytes], own_too: bool) -> None:
        if not own_too and fields.get(b"w", b"").decode() == self.worker_id:
            return
        if b"end" in fields:
            channel.feed_end(fields[b"end"].decode(), fields.get(b"r"))
            return
        channel.feed(RunEvent(int(fields[b"s"]), fields[b"n"].decode(), fields[b"d"]))

    async def _follow_run(self, channel: RunChannel, last_id: str) -> None:
        key = self.prefix + "run:" + channel.run_id
        try:
            while not channel.done:
                answer = await self.redis.xread({key: last_id}, block=BLOCK_MS, count=1000)
                for _key, entries in answer or ():
                    for entry_id, fields in entries:
                        last_id = entry_id
                        self._apply(channel, fields, own_too=False)
            # Ended (on whichever worker): keep it a while for late joiners, as the executing
            # worker does, then let it go.
            self.close_later(channel.run_id, CHANNEL_KEEP_SECONDS)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("following run %s on Redis failed", channel.run_id)

    async def last_seq(self, run_id: str) -> int:
        local = await super().last_seq(run_id)
        entries = await self.redis.xrevrange(self.prefix + "run:" + run_id, count=5)
        seqs = [int(fields[b"s"]) for _id, fields in entries if b"s" in fields]
        return max([local, *seqs])

    def subscribe_thread(self, thread_id: str) -> ThreadSubscription:
        subscription = super().subscribe_thread(thread_id)
        if thread_id not in self._thread_followers and self._redis is not None:
            since = f"{int(time.time() * 1000) - 1000}-0"
            task = asyncio.get_running_loop().create_task(
                self._follow_thread(thread_id, since), name=f"follow-thread-{thread_id}"
            )
            self._thread_followers[thread_id] = task
            task.add_done_callback(self._forget_thread_follower(thread_id))
        return subscription

    def unsubscribe_thread(self, subscription: ThreadSubscription) -> None:
        super().unsubscribe_thread(subscription)
        if subscription.thread_id not in self._threads:
            task = self._thread_followers.pop(subscription.thread_id, None)
            if task is not None:
                task.cancel()

    async def _follow_thread(self, thread_id: str, last_id: str) -> None:
        key = self.prefix + "thread:" + thread_id
        try:
            while thread_id in self._threads:
                answer = await self.redis.xread({key: last_id}, block=BLOCK_MS, count=1000)
                for _key, entries in answer or ():
                    for entry_id, fields in entries:
                        last_id = entry_id
                        if fields.get(b"w", b"").decode() == self.worker_id:
                            continue
                        event = RunEvent(int(fields[b"s"]), fields[b"n"].decode(), fields[b"d"])
                        for subscription in self._threads.get(thread_id, ()):
                            subscription.push(event)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("following thread %s on Redis failed", thread_id)

    # -- cancels and wake-ups -------------------------------------------------------------

    async def request_cancel(self, run_id: str, action: str) -> None:
        message = json.dumps({"run_id": run_id, "action": action})
        await self.redis.set(self.prefix + "cancel:" + run_id, action, ex=self.keep_seconds)
        await self.redis.publish(self.prefix + "cancel", message)

    async def cancel_requested(self, run_id: str) -> str | None:
        value = await self.redis.get(self.prefix + "cancel:" + run_id)
        return value.decode() if value is not None else None

    async def announce_runnable(self) -> None:
        await super().announce_runnable()
        await self.redis.publish(self.prefix + "wake", self.worker_id)

    async def _listen(self, pubsub: Any) -> None:
        try:
            async for message in pubsub.listen():
                if message.get("type") != "message":
                    continue
                channel = message["channel"].decode()
                if channel == self.prefix + "wake":
                    if message["data"].decode() != self.worker_id and self.wake_handler:
                        self.wake_handler()
                    continue
                request = json.loads(message["data"])
                if self.cancel_handler is not None:
                    self.cancel_handler(request["run_id"], request["action"])
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("the Redis cancel listener failed")
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()
