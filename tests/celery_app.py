"""A Celery app for `tests/test_celery_worker.py`: its sync client is made at import, in the worker's main process,
before the prefork pool forks its children — as a module-level client in a user's tasks module is."""

from __future__ import annotations

import os
from typing import Any

from celery import Celery

from leadiosa_async import Leadiosa

app = Celery("leadiosa_tests", broker=os.environ["CELERY_BROKER_URL"], backend=os.environ["CELERY_BROKER_URL"])
client = Leadiosa()  # token and base URL from the environment
client.workspace.get()  # used before the fork too: a kept-alive connection and a loop in the parent


@app.task(name="workspace_name")
def workspace_name() -> dict[str, Any]:
    return {"name": client.workspace.get().name, "pid": os.getpid()}
