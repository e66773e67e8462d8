"""Alembic migrations of the relational schema (tables.py), applied at server start."""
