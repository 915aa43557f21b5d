"""A Flask service on the sync client: one `Leadiosa` for the whole process, shared by every request thread of a
threaded server. The client's connection pool and rate-limit state are shared too, so all threads together keep to
the token's budget (calls wait their turn rather than meet 429s).

    LEADIOSA_TOKEN=... gunicorn --threads 8 'examples.flask_service:create_app()'

Build the client in the worker process, not before a fork: `create_app()` runs in each gunicorn worker (without
`--preload`). A client made before `os.fork()` and used in the child is refused with an error naming this.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from flask import Flask

from leadiosa_async import Leadiosa


def create_app() -> Flask:
    app = Flask(__name__)
    client = Leadiosa()  # token and base URL from the environment; one client for every thread
    atexit.register(client.close)

    @app.get("/conversations")
    def open_conversations() -> list[dict[str, Any]]:
        page = client.conversations.list(status="open", limit=20)
        return [{"id": c.id, "subject": c.subject or None} for c in page.data]

    @app.get("/workspace")
    def workspace() -> dict[str, Any]:
        limit = client.rate_limit
        return {"name": client.workspace.get().name, "remaining": limit.remaining if limit else None}

    @app.get("/threads")
    def threads() -> dict[str, Any]:
        return {"count": threading.active_count(), "names": sorted(t.name for t in threading.enumerate())}

    return app
