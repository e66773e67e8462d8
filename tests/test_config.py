"""Settings from langgraph.json, flags and GRAPHPORT_* variables; the `graphport` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphport.impl.cli import cli
from graphport.impl.config import ConfigError, Settings
from helpers import ROOT

EXAMPLE = ROOT / "examples" / "langgraph.json"


def test_example_config_is_read_as_the_cli_reads_it() -> None:
    settings = Settings.load(EXAMPLE)
    assert settings.graphs["echo"] == "./graph.py:graph"
    # The reference's test graphs, under their names, and ours beside them.
    assert {"echo", "chat", "hitl", "boom", "parent"} <= set(settings.graphs)
    assert settings.project_dir == EXAMPLE.parent
    assert settings.dependencies == ["."]
    assert settings.env == {}


def test_defaults() -> None:
    settings = Settings.load(EXAMPLE)
    assert (settings.host, settings.port) == ("127.0.0.1", 2024)
    assert settings.database_url == f"sqlite:///{EXAMPLE.parent}/.graphport/graphport.db"
    assert settings.redis_url is None
    assert settings.heartbeat_interval == 5.0
    assert (settings.workers, settings.run_timeout) == (1, None)


def write_config(tmp_path: Path, **sections: object) -> Path:
    path = tmp_path / "langgraph.json"
    path.write_text(json.dumps({"graphs": {"agent": "./agent.py:graph"}, **sections}))
    return path


def test_env_may_be_a_dotenv_file_next_to_the_config(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("# secrets\nOPENAI_API_KEY=sk-test\nexport MODE='fast'\n")
    settings = Settings.load(write_config(tmp_path, env=".env"))
    assert settings.env == {"OPENAI_API_KEY": "sk-test", "MODE": "fast"}


def test_raw_sections_are_kept_for_later(tmp_path: Path) -> None:
    auth = {"path": "./auth.py:auth"}
    store = {"index": {"dims": 3, "embed": "fake"}}
    settings = Settings.load(write_config(tmp_path, auth=auth, store=store, python_version="3.12"))
    assert (settings.auth, settings.store, settings.http, settings.checkpointer) == (
        auth,
        store,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{", "not valid JSON"),
        ('{"graphs": {}}', "graphs"),
        ('{"graphs": {"a": "./a.py:g"}, "env": "missing.env"}', "missing.env"),
    ],
)
def test_bad_configs_fail_with_a_clear_message(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "langgraph.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        Settings.load(path)


def test_several_workers_need_postgres_and_redis() -> None:
    with pytest.raises(ConfigError, match="needs a PostgreSQL --database-url and a --redis-url"):
        Settings.load(EXAMPLE, workers=2)
    settings = Settings.load(
        EXAMPLE, workers=2, database_url="postgresql://db/graphport", redis_url="redis://cache"
    )
    assert settings.workers == 2


def test_settings_survive_the_trip_to_worker_processes() -> None:
    settings = Settings.load(EXAMPLE, port=8123, redis_url="redis://cache", heartbeat_interval=1)
    assert Settings.from_env(settings.to_env()) == settings


def test_serve_refuses_a_missing_config_before_starting(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--config", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_serve_lists_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--config", "--host", "--port", "--database-url", "--redis-url", "--workers"):
        assert option in result.output
