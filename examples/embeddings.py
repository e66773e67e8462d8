"""A deterministic, local embedding function for `store.index` (no model, no network).

Each lower-cased word is hashed into one of `DIMS` buckets and the counts are L2-normalised,
so texts sharing words have a high cosine similarity. Good enough to show and test semantic
ranking; a real deployment names a model instead (e.g. `"openai:text-embedding-3-small"`).
"""

import hashlib
import math
import re

DIMS = 64
_WORD = re.compile(r"[a-z0-9]+")


def _vector(text: str) -> list[float]:
    counts = [0.0] * DIMS
    for word in _WORD.findall(text.lower()):
        bucket = int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "big") % DIMS
        counts[bucket] += 1.0
    norm = math.sqrt(sum(c * c for c in counts))
    return [c / norm for c in counts] if norm else counts


def embed(texts: list[str]) -> list[list[float]]:
    """Embed each text (the signature langgraph's `store.index.embed` accepts)."""
    return [_vector(text) for text in texts]
