"""Benchmarks: graphport against the reference server and the in-process floor (`make bench`)."""
