"""`serde.dumps` returns bytes of their own size.

orjson returns its whole output buffer (4 KiB with orjson 3.13) even for a few bytes of JSON;
a run's events are kept while its channel lives, so a 5,000-event run held 20 MB. Measured with
tracemalloc: the allocations that survive, per encoded event.
"""

from __future__ import annotations

import tracemalloc

from graphport.impl.serde import dumps


def test_encoded_events_keep_only_their_own_size() -> None:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [dumps({"i": i}) for i in range(5000)]
        per_event = (tracemalloc.get_traced_memory()[0] - before) / len(kept)
    finally:
        tracemalloc.stop()
    assert kept[1234] == b'{"i":1234}'
    assert per_event < 200, f"{per_event:.0f} bytes kept per 10-byte event"
