"""The browser suite reuses the test suite's helpers (tests/ on sys.path: live_server, helpers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
