"""Alembic's environment: runs on the connection the server (or a test) hands it.

The server applies migrations itself at start (`storage/migrate.py`), so there is no
`alembic.ini` and no URL here: the caller puts a live connection in
`config.attributes["connection"]`.
"""

from __future__ import annotations

from alembic import context

from graphport.impl.storage.migrate import configure_context

configure_context(context)
