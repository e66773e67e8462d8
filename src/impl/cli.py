"""The `graphport` command.

    graphport serve [--config langgraph.json] [--host 127.0.0.1] [--port 2024]
                    [--database-url URL] [--redis-url URL] [--workers N]
                    [--auth none|api_key|jwt] [--api-key KEY=ID ...] [--jwt-secret S] ...

Settings are validated here, before uvicorn starts, so a bad flag or `langgraph.json` fails with
one clear line; the workers rebuild the same settings from `GRAPHPORT_*` variables. Several
workers each listen on a socket of their own (graphport.impl.supervisor).

    graphport conform --url http://host:port [--graphs manifest.json] [--report out/]
                      [--allow accepted.json] [--profile core ...]

measures any LangGraph-compatible server (graphport.impl.conformance); imported only when run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn

from graphport.impl.auth.backends import load_backend
from graphport.impl.auth.flags import auth_section
from graphport.impl.config import DEFAULT_HOST, DEFAULT_PORT, ConfigError, Settings
from graphport.impl.logs import log_config
from graphport.impl.supervisor import reuse_port_available, serve_workers

APP_FACTORY = "graphport.impl.app:create_app_from_env"

cli = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.split("\n")[0])


@cli.callback()
def _root() -> None:
    """Serve LangGraph graphs over the LangGraph Platform HTTP protocol."""


@cli.command()
def serve(
    config: Annotated[Path, typer.Option("--config", "-c", help="Path of langgraph.json.")] = Path(
        "langgraph.json"
    ),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = DEFAULT_PORT,
    database_url: Annotated[
        str | None,
        typer.Option(help="SQLite or PostgreSQL URL (default: .graphport/graphport.db)."),
    ] = None,
    redis_url: Annotated[
        str | None, typer.Option(help="Redis URL for the stream broker and run queue.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Server processes (>1 needs Postgres + Redis).")] = 1,
    auth: Annotated[
        str | None, typer.Option(help="Authentication: none, api_key or jwt (over langgraph.json).")
    ] = None,
    api_key: Annotated[
        list[str] | None, typer.Option(help="KEY=IDENTITY for --auth api_key (repeatable).")
    ] = None,
    jwt_secret: Annotated[str | None, typer.Option(help="HS256 secret for --auth jwt.")] = None,
    jwt_jwks_file: Annotated[str | None, typer.Option(help="JWKS file (RS256 keys).")] = None,
    jwt_public_key_file: Annotated[str | None, typer.Option(help="RS256 PEM key.")] = None,
    jwt_issuer: Annotated[str | None, typer.Option(help="Required `iss` of tokens.")] = None,
    jwt_audience: Annotated[str | None, typer.Option(help="Required `aud` of tokens.")] = None,
) -> None:
    """Serve the graphs of a langgraph.json."""
    try:
        settings = Settings.load(
            config,
            host=host,
            port=port,
            database_url=database_url,
            redis_url=redis_url,
            workers=workers,
        )
        flags = auth_section(
            settings.auth,
            mode=auth,
            api_keys=api_key,
            jwt_secret=jwt_secret,
            jwt_jwks_file=jwt_jwks_file,
            jwt_public_key_file=jwt_public_key_file,
            jwt_issuer=jwt_issuer,
            jwt_audience=jwt_audience,
        )
        if flags != settings.auth:
            settings = settings.model_copy(update={"auth": flags})
        load_backend(settings.auth, settings.project_dir)  # fail here, not in every worker
    except ConfigError as exc:
        typer.echo(f"graphport: {exc}", err=True)
        raise typer.Exit(2) from None
    os.environ.update(settings.to_env())
    options: dict[str, Any] = {
        "factory": True,
        "host": settings.host,
        "port": settings.port,
        "workers": settings.workers,
        "log_config": log_config(),
    }
    if settings.workers > 1 and reuse_port_available():
        serve_workers(uvicorn.Config(APP_FACTORY, **options))
    else:
        uvicorn.run(APP_FACTORY, **options)


@cli.command()
def conform(
    url: Annotated[str, typer.Option(help="Base URL of the server under test.")],
    graphs: Annotated[
        Path | None,
        typer.Option(help="JSON manifest mapping our graph names to the target's."),
    ] = None,
    report: Annotated[
        Path, typer.Option(help="Folder for conformance.txt, junit.xml and report.html.")
    ] = Path("conformance-report"),
    allow: Annotated[
        list[Path] | None,
        typer.Option(help="Reviewed accepted differences (allowed.py or JSON); repeatable."),
    ] = None,
    profile: Annotated[
        list[str] | None, typer.Option(help="Profiles to measure (default: all); repeatable.")
    ] = None,
    schema: Annotated[bool, typer.Option(help="Run schemathesis over the spec.")] = True,
) -> None:
    """Measure any LangGraph-compatible server against the protocol (exit 1 on failures)."""
    from graphport.impl.conformance.cli import run_conform

    raise typer.Exit(run_conform(url, graphs, report, allow or [], profile, schema))


def main() -> None:
    """Console-script entry point (`graphport`)."""
    cli()
