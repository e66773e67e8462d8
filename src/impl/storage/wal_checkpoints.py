"""SQLite WAL checkpoints on a thread of their own, not inside the commit that needs one.

By default the commit that grows the write-ahead log past 1,000 pages copies the log back into
the database file itself, before it returns. Our commits run on the event loop's thread
(storage/sqlite_inline.py), so that copy stalled everything: every third or fourth end of a
5,000-event run took 12-14 ms instead of 1.5-2 ms, and the streams and runs of the whole
process waited with it.

Every connection of the process turns that off (`PRAGMA wal_autocheckpoint=0`,
`NO_AUTOCHECKPOINT`), and this thread checkpoints instead, a few times a second while the log
changes. It uses PASSIVE checkpoints, which never wait for readers or writers and never make
them wait: a writer goes on appending while earlier pages are copied, and once everything is
copied the next writer starts the log from its beginning again, so it stays small. SQLite's
sqlite3 module releases the GIL while the checkpoint runs. When the last connection closes,
SQLite checkpoints whatever is left.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

NO_AUTOCHECKPOINT = "PRAGMA wal_autocheckpoint=0"
"""For every connection to the embedded database (the checkpoints are this module's job)."""

INTERVAL = 0.25
"""Seconds between looks at the log."""


class WalCheckpointer:
    def __init__(self, path: Path, *, interval: float = INTERVAL) -> None:
        self.path = path
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0
        """How many checkpoints ran (tests read it)."""

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name="sqlite-wal-checkpoints", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        wal = Path(f"{self.path}-wal")
        seen: tuple[int, int] | None = None
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=1000")
            while not self._stop.wait(self.interval):
                try:
                    stat = os.stat(wal)
                except FileNotFoundError:
                    continue
                if (stat.st_size, stat.st_mtime_ns) == seen:
                    continue  # nothing written since the last checkpoint
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
                except sqlite3.Error:
                    logger.warning("WAL checkpoint of %s failed", self.path, exc_info=True)
                    continue
                stat = os.stat(wal)
                seen = (stat.st_size, stat.st_mtime_ns)
        finally:
            conn.close()
