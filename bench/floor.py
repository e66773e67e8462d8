"""The in-process floor: a bench graph run with `graph.astream` in this (fresh) process.

    python bench/floor.py GRAPHS_DIR custom 5000

Prints one JSON line: the seconds the first `astream` took (imports excluded, first run: cold
caches included, as a server's first run of a freshly loaded graph would be) and the number of
`custom` events it yielded. No server, no HTTP, no checkpointer: the least the work can cost.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import time


async def _run(graph: object, n: int) -> tuple[float, int]:
    events = 0
    start = time.perf_counter()
    async for _ in graph.astream({"n": n}, stream_mode="custom"):  # type: ignore[attr-defined]
        events += 1
    return time.perf_counter() - start, events


def main() -> None:
    graphs_dir, graph_name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, graphs_dir)
    module = importlib.import_module("bench_graphs")
    graph = getattr(module, f"{graph_name}_graph")
    seconds, events = asyncio.run(_run(graph, n))
    print(json.dumps({"seconds": seconds, "events": events}))


if __name__ == "__main__":
    main()
