"""`store` in langgraph.json: checked when the settings load, the embedding loaded at startup."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graphport.impl.config import ConfigError, Settings
from graphport.impl.services import Services
from graphport.impl.storage.long_term_store import StoreConfigError
from helpers import ROOT

GRAPH = f"{ROOT / 'examples' / 'store_graph.py'}:graph"


def _settings(tmp_path: Path, store: Any) -> Settings:
    config = tmp_path / "langgraph.json"
    config.write_text(json.dumps({"graphs": {"memory": GRAPH}, "store": store}))
    return Settings.load(config, database_url=f"sqlite:///{tmp_path / 'graphport.db'}")


@pytest.mark.parametrize(
    ("store", "named"),
    [
        ({"index": {"dims": 8}}, "embed"),
        ({"index": {"embed": "./e.py:f", "dims": 0}}, "dims"),
        ({"ttl": {"default_ttl": "soon"}}, "default_ttl"),
        ({"ttl": {"sweep_interval_minutes": -1}}, "sweep_interval_minutes"),
        ({"ttl": {"refresh_on_read": "sometimes"}}, "refresh_on_read"),
    ],
)
def test_a_bad_store_section_fails_to_load(tmp_path: Path, store: Any, named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        _settings(tmp_path, store)


async def test_a_missing_embedding_function_fails_at_startup(tmp_path: Path) -> None:
    settings = _settings(tmp_path, {"index": {"embed": "./nowhere.py:embed", "dims": 8}})
    services = Services(settings)
    with pytest.raises(StoreConfigError, match=r"nowhere\.py"):
        await services.start()
    await services.stop()


async def test_an_embedding_module_function_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "my_embed.py").write_text(
        "def embed(texts):\n    return [[float(len(t)), 1.0] for t in texts]\n"
    )
    settings = _settings(
        tmp_path, {"index": {"embed": "./my_embed.py:embed", "dims": 2, "fields": ["text"]}}
    )
    services = Services(settings)
    await services.start()
    try:
        store = services.store
        assert store is not None
        await store.aput(("docs",), "short", {"text": "ab"})
        await store.aput(("docs",), "long", {"text": "abcdefghijklmnop"})
        found = await store.asearch(("docs",), query="abcdefghijklmno")
        assert [item.key for item in found] == ["long", "short"]
        assert found[0].score is not None
        assert found[0].score > found[1].score  # type: ignore[operator]
    finally:
        await services.stop()
