"""CORS for browser clients (`useStream`), from `langgraph.json`'s `http.cors`.

Without configuration everything is allowed, as `langgraph dev` allows it, and the headers
the SDKs read are exposed: `content-location` (the run a stream belongs to), `location`
(where to reconnect — the reference does not expose it, so browsers never reconnect there)
and the pagination headers.
"""

from __future__ import annotations

from typing import Any

from starlette.middleware.cors import CORSMiddleware

EXPOSED_HEADERS = ["x-pagination-total", "x-pagination-next", "content-location", "location"]


def cors_options(http: dict[str, Any] | None, *, open_by_default: bool = True) -> dict[str, Any]:
    """Arguments for Starlette's CORSMiddleware from the `http.cors` section.

    Without a section, every origin is allowed only when `open_by_default` (authentication off);
    with authentication on, browsers are let in only from the origins `http.cors` names.
    """
    section = dict((http or {}).get("cors") or {})
    exposed = list(dict.fromkeys([*EXPOSED_HEADERS, *section.get("expose_headers", [])]))
    return {
        "allow_origins": section.get("allow_origins", ["*"] if open_by_default else []),
        "allow_origin_regex": section.get("allow_origin_regex"),
        "allow_methods": section.get("allow_methods", ["*"]),
        "allow_headers": section.get("allow_headers", ["*"]),
        "allow_credentials": section.get("allow_credentials", False),
        "expose_headers": exposed,
        "max_age": section.get("max_age", 600),
        # Chrome's Private Network Access preflight, allowed as the dev server allows it.
        "allow_private_network": section.get("allow_private_network", True),
    }


def install_cors(app: Any, http: dict[str, Any] | None, *, open_by_default: bool = True) -> None:
    app.add_middleware(CORSMiddleware, **cors_options(http, open_by_default=open_by_default))
