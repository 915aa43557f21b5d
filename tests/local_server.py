"""Real HTTP servers on 127.0.0.1 in a thread, for tests that need real sockets (httpcore, pools) or a real ASGI
server (uvicorn) in front of an app."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.conftest import WORKSPACE


class LocalServer:
    def __init__(self) -> None:
        self.received = threading.Event()  # set when a /hang request arrives
        self.release = threading.Event()  # set to let hanging handlers finish
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base_url = ""


@contextmanager
def local_server() -> Iterator[LocalServer]:
    state = LocalServer()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers)))
            if self.path.endswith("/hang"):
                state.received.set()
                state.release.wait(timeout=10)
                return
            status = 503 if self.path.endswith("/down") else 200
            body = json.dumps(WORKSPACE if status == 200 else {"error": {"code": "down", "message": "down",
                                                                          "request_id": "r"}}).encode()  # fmt: skip
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-RateLimit-Limit", "300")
            self.send_header("X-RateLimit-Remaining", "299")
            self.send_header("X-RateLimit-Reset", "60")
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def uvicorn_serving(app: Any) -> Iterator[str]:
    """`app` served by uvicorn (lifespan on) in a thread on a free port; yields its base URL. Leaving stops it the
    way a signal does, so the app's lifespan shuts down."""
    import uvicorn

    from benchmarks.servers import free_port

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", log_level="warning"))
    thread = threading.Thread(target=server.run)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
