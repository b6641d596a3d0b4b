"""A local web view of a storyline store: timeline, events with their quotes, articles, stories.

Imports of FastAPI and uvicorn wait until they are needed, so the exporters can reuse
this package's helpers without the web stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def create_app(db_path: str | Path, *, csp: bool = True) -> Any:
    """The ASGI app serving the store at db_path (read-only use of the Store API)."""
    from storyline.web.app import build_app

    return build_app(db_path, csp=csp)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted (what `storyline serve` calls)."""
    import uvicorn

    from storyline.errors import StoreError

    if not Path(db_path).is_file():
        raise StoreError(f"no store at {str(db_path)!r}; build one first with `storyline build --db {db_path} ...`")
    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")


__all__ = ["create_app", "serve"]
