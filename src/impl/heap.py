"""Keeping the garbage collector's full collections short in a serving process.

Everything imported and built at startup (langchain, langgraph, pydantic models, the spec, the
graphs) lives as long as the process. Left in the collector's generations, every full
collection walks it again: profiled, a streaming run that allocates enough to trigger one
(5,000 `custom` events) paused for ~150 ms, one run in three. Once the server has started,
those objects are moved to the permanent generation (`gc.freeze`), so collections only walk
what requests and runs allocated.

Only `graphport serve` does this: a process that builds many apps (the tests) would keep each
app's cycles forever.
"""

from __future__ import annotations

import gc


def settle_startup_heap() -> None:
    """Collect what startup left behind, then exempt the survivors from later collections."""
    gc.collect()
    gc.freeze()
