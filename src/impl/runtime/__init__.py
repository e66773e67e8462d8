"""Running graphs: the graph registry, the run executor, the stream broker and event encoding."""
