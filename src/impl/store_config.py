"""The `store` section of `langgraph.json`, typed: semantic-search index and item TTLs.

The platform's shape is kept: `store.index = {"embed": "./file.py:fn", "dims": 64,
"fields": ["text"]}` and `store.ttl = {"refresh_on_read": true, "default_ttl": 60,
"sweep_interval_minutes": 5}` (minutes). Unknown keys are accepted and ignored, as the
official CLI does; wrong types fail at startup with a message naming the field.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StoreIndexConfig(BaseModel):
    """`store.index`: how items are embedded for `query` searches."""

    model_config = ConfigDict(extra="allow", frozen=True)

    embed: str = Field(min_length=1)
    """`"./file.py:function"` (relative to langgraph.json), `"module:function"`, or a
    LangChain `"provider:model"` name (needs that provider's package)."""
    dims: int = Field(gt=0)
    fields: list[str] | None = None
    """Field paths embedded by default (`["$"]`, the whole value, when omitted)."""


class StoreTtlConfig(BaseModel):
    """`store.ttl`: item expiry, in minutes."""

    model_config = ConfigDict(extra="allow", frozen=True)

    refresh_on_read: bool = True
    default_ttl: float | None = Field(default=None, gt=0)
    sweep_interval_minutes: float = Field(default=5, gt=0)


class StoreConfig(BaseModel):
    """The whole `store` section; both parts are optional."""

    model_config = ConfigDict(extra="allow", frozen=True)

    index: StoreIndexConfig | None = None
    ttl: StoreTtlConfig = Field(default_factory=StoreTtlConfig)
