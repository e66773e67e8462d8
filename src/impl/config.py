"""Settings: one typed object built from `langgraph.json`, command-line flags and the environment.

`langgraph.json` is read the way the official CLI reads it: `graphs` maps a graph id to
`"./file.py:attribute"` (paths relative to the file), `env` is a mapping or the path of a
`.env` file, and the sections later issues interpret (`dependencies`, `store`, `auth`, `http`,
`checkpointer`) are kept raw. Server options (host, port, back-ends, workers, timings) come from
flags; `graphport serve` hands them to the worker processes through `GRAPHPORT_*` variables, so
every worker builds the same settings (`Settings.from_env`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

from dotenv import dotenv_values
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from graphport.impl.store_config import StoreConfig

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 2024
DATA_DIR = ".graphport"
ENV_PREFIX = "GRAPHPORT_"


class ConfigError(Exception):
    """The configuration cannot be used; the message says what to fix."""


class LanggraphJson(BaseModel):
    """The sections of `langgraph.json` graphport reads; unknown keys are accepted and ignored."""

    model_config = ConfigDict(extra="allow", frozen=True)

    graphs: dict[str, str | dict[str, Any]] = Field(min_length=1)
    env: dict[str, str] | str = Field(default_factory=dict)
    dependencies: list[str] = Field(default_factory=list)
    store: dict[str, Any] | None = None
    auth: dict[str, Any] | None = None
    http: dict[str, Any] | None = None
    checkpointer: dict[str, Any] | None = None
    webhooks: dict[str, Any] | None = None


class Settings(BaseModel):
    """Everything the server needs to start. Built once; never mutated."""

    model_config = ConfigDict(frozen=True)

    config_path: Path | None = None
    """The `langgraph.json` read, or None (no graphs: tests, the spec and system endpoints)."""
    project_dir: Path = Field(default_factory=Path.cwd)
    """The directory of `langgraph.json`; graph paths and the default database live there."""
    graphs: dict[str, str | dict[str, Any]] = Field(default_factory=dict)
    env: dict[str, str] = Field(default_factory=dict)
    dependencies: list[str] = Field(default_factory=list)
    store: dict[str, Any] | None = None
    auth: dict[str, Any] | None = None
    http: dict[str, Any] | None = None
    checkpointer: dict[str, Any] | None = None
    webhooks: dict[str, Any] | None = None
    """`webhooks` of langgraph.json: the outbound URL policy and headers (runtime/webhooks.py)."""

    host: str = DEFAULT_HOST
    port: int = Field(default=DEFAULT_PORT, ge=0, le=65535)
    database_url: str = ""
    """SQLAlchemy URL; empty means an SQLite file in `<project_dir>/.graphport/`."""
    redis_url: str | None = None
    """Stream broker and run queue on Redis; None keeps them in memory (one worker only)."""
    workers: int = Field(default=1, ge=1)
    jobs_per_worker: int = Field(default=10, ge=1)
    heartbeat_interval: float = Field(default=5.0, gt=0)
    """Seconds between SSE `: heartbeat` comments (the reference sends one every 5 s)."""
    run_timeout: float | None = Field(default=None, gt=0)
    """Seconds a run may take before it ends with `timeout`; None for no limit."""
    run_lease_seconds: float = Field(default=60.0, gt=0)
    """How long a worker's claim on a run lasts unless renewed (renewed every third of it);
    a run whose worker died is retried once its lease has expired."""
    run_max_attempts: int = Field(default=3, ge=1)
    """Attempts a run gets when its workers die under it; then it ends `error`."""
    shutdown_grace: float = Field(default=5.0, ge=0)
    """Seconds running runs get to finish on shutdown; the rest go back to the queue."""

    @model_validator(mode="before")
    @classmethod
    def _default_database(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("database_url"):
            database = Path(data.get("project_dir") or Path.cwd()) / DATA_DIR / "graphport.db"
            data = {**data, "database_url": f"sqlite:///{database}"}
        return data

    @model_validator(mode="after")
    def _store_section(self) -> Self:
        """`store` (index, ttl) is checked at startup, so a typo fails before serving."""
        if self.store is not None:
            StoreConfig.model_validate(self.store)
        return self

    @model_validator(mode="after")
    def _one_process_unless_shared_backends(self) -> Self:
        if self.workers > 1 and (self.database_url.startswith("sqlite") or not self.redis_url):
            raise ValueError(
                f"--workers {self.workers} needs a PostgreSQL --database-url and a --redis-url: "
                "SQLite and the in-memory broker cannot be shared between processes"
            )
        return self

    @classmethod
    def load(cls, config_path: Path | None = None, **options: Any) -> Settings:
        """Read `langgraph.json` (if given) and combine it with server options."""
        sections: dict[str, Any] = {}
        if config_path is not None:
            sections = read_langgraph_json(config_path)
        try:
            return cls(**{**sections, **{k: v for k, v in options.items() if v is not None}})
        except ValidationError as exc:
            raise ConfigError(_one_line(exc)) from exc

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from `GRAPHPORT_*` variables (what `to_env` wrote)."""
        environ = os.environ if environ is None else environ
        values = {
            key[len(ENV_PREFIX) :].lower(): value
            for key, value in environ.items()
            if key.startswith(ENV_PREFIX)
        }
        config = values.pop("config", None)
        if "auth" in values:  # the CLI's auth flags, as JSON
            values["auth"] = json.loads(values["auth"])
        return cls.load(Path(config) if config else None, **values)

    def to_env(self) -> dict[str, str]:
        """`GRAPHPORT_*` variables from which `from_env` rebuilds these settings."""
        values: dict[str, Any] = {
            "config": self.config_path,
            "host": self.host,
            "port": self.port,
            "database_url": self.database_url,
            "redis_url": self.redis_url,
            "workers": self.workers,
            "jobs_per_worker": self.jobs_per_worker,
            "heartbeat_interval": self.heartbeat_interval,
            "run_timeout": self.run_timeout,
            "run_lease_seconds": self.run_lease_seconds,
            "run_max_attempts": self.run_max_attempts,
            "shutdown_grace": self.shutdown_grace,
            "auth": json.dumps(self.auth) if self.auth is not None else None,
        }
        return {
            f"{ENV_PREFIX}{key.upper()}": str(value)
            for key, value in values.items()
            if value is not None
        }


def read_langgraph_json(path: Path) -> dict[str, Any]:
    """The settings fields a `langgraph.json` provides (graphs, env, raw sections)."""
    path = path.resolve()
    try:
        raw = json.loads(path.read_text())
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file (pass --config path/to/langgraph.json)") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc})") from None
    try:
        parsed = LanggraphJson.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_one_line(exc)}") from None
    sections = parsed.model_dump(exclude={"env"}, exclude_unset=True)
    sections = {key: sections[key] for key in LanggraphJson.model_fields if key in sections}
    return {
        **sections,
        "config_path": path,
        "project_dir": path.parent,
        "env": _read_env(parsed.env, path.parent),
    }


def _read_env(env: dict[str, str] | str, base: Path) -> dict[str, str]:
    if isinstance(env, dict):
        return dict(env)
    env_file = base / env
    if not env_file.is_file():
        raise ConfigError(f"env file {env_file} (from langgraph.json `env`) does not exist")
    return {key: value for key, value in dotenv_values(env_file).items() if value is not None}


def _one_line(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or 'settings'}: {error['msg']}"
        for error in exc.errors()
    )
