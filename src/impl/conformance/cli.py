"""The body of `graphport conform`, kept out of cli.py so `serve` never imports the kit."""

from __future__ import annotations

from pathlib import Path

import typer

from graphport.impl.conformance.conform import AllowListError, conform, load_manifest


def run_conform(
    url: str,
    graphs: Path | None,
    report_dir: Path,
    allow: list[Path],
    profiles: list[str] | None,
    schema: bool,
) -> int:
    """Run, print the table, write the three reports; 0 when nothing failed, 1 otherwise."""
    try:
        mapping = load_manifest(graphs)
        report = conform(
            url,
            mapping,
            allow,
            profiles,
            schema=schema,
            progress=lambda line: typer.echo(line, err=True),
        )
    except (AllowListError, ValueError, RuntimeError) as exc:
        typer.echo(f"graphport conform: {exc}", err=True)
        return 2
    typer.echo(report.table())
    for path in report.write(report_dir):
        typer.echo(f"wrote {path}")
    return 1 if report.failed else 0
