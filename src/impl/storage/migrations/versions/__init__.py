"""Alembic revisions, oldest first (`make migration m="..."` writes a new one)."""
