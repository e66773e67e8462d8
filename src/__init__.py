"""graphport: serve LangGraph graphs over the LangGraph Platform (Agent Server) HTTP protocol.

`graphport.generated` is produced from `spec/openapi.yaml` by `make gen` and never edited;
`graphport.impl` is written by hand and implements the generated Protocols.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("graphport")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
