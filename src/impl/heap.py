"""Keeping the garbage collector's full collections short in a serving process.

Everything imported and built at startup (langchain, langgraph, pydantic models, the spec, the
graphs) lives as long as the process. Left in the collector's generations, every full
collection walks it again: profiled, a streaming run that allocates enough to trigger one
(5,000 `custom` events) paused for ~150 ms, one run in three. Once the server has started,
those objects are moved to the permanent generation (`gc.freeze`), so collections only walk
what requests and runs allocated.

Then the youngest generation is collected every 20,000 allocations instead of every 700. A
run's events are objects that live as long as its stream (5,000 for the big-stream benchmark),
so at 700 they went through the young collections many times and set off a full collection
(6-14 ms, measured with `gc.callbacks`) in one run of four. A young collection now walks at
most 20,000 objects, well under a millisecond.

Only `graphport serve` does this: a process that builds many apps (the tests) would keep each
app's cycles forever.
"""

from __future__ import annotations

import gc

THRESHOLDS = (20_000, 10, 10)
"""`gc.set_threshold` of a serving process (Python's default: 700, 10, 10)."""


def settle_startup_heap() -> None:
    """Collect what startup left behind, then exempt the survivors from later collections."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
