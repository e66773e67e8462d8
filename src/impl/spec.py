"""The hand-written OpenAPI document, as the server serves it at `/openapi.json`.

`make gen` copies `spec/openapi.yaml` byte for byte into the package (`graphport/generated/
openapi.yaml`), so an installed wheel serves the very document the code was generated from.
FastAPI never builds its own document for this app: the served one is this file, parsed.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml

SPEC_PACKAGE = "graphport.generated"
SPEC_RESOURCE = "openapi.yaml"

# libyaml's safe loader parses the spec about ten times faster than the pure-Python one.
_Loader: Any = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader


def spec_text() -> str:
    """The packaged spec, exactly as written."""
    return files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")


@cache
def load_spec() -> dict[str, Any]:
    """The packaged spec, parsed once per process."""
    spec: dict[str, Any] = yaml.load(spec_text(), Loader=_Loader)
    return spec
