"""Apps for the threaded-server tests (`tests/test_threaded_servers.py`), served by uvicorn in their own process:
FastAPI `def` routes (run in FastAPI's thread pool) sharing one sync `Leadiosa`."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import FastAPI

from leadiosa_async import Leadiosa


def create_fastapi_sync_app() -> FastAPI:
    app = FastAPI()
    client = Leadiosa()

    @app.get("/workspace")
    def workspace() -> dict[str, Any]:  # a plain def: FastAPI runs it in its thread pool
        limit = client.rate_limit
        return {"name": client.workspace.get().name, "remaining": limit.remaining if limit else None}

    @app.get("/threads")
    def threads() -> dict[str, Any]:
        return {"count": threading.active_count(), "names": sorted(t.name for t in threading.enumerate())}

    return app
