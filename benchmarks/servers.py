"""Local servers for benchmarks and tests: the sandbox over HTTP (uvicorn) and a redis-server.

Both listen on a free 127.0.0.1 port, announce readiness through their own log line (no sleeping
and polling), and are stopped when the `with` block ends.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _process(command: list[str], ready: str, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)  # noqa: S603
    drain = None
    try:
        assert process.stdout is not None
        for line in process.stdout:  # the server's own "ready" line, not a timer
            if ready in line:
                break
        else:
            raise RuntimeError(f"{command[0]} exited before it was ready")
        # Keep draining its output so the pipe never fills up and stalls the server.
        drain = subprocess.Popen(["cat"], stdin=process.stdout, stdout=subprocess.DEVNULL)  # noqa: S607
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
        if drain is not None:
            drain.wait(timeout=10)


@contextmanager
def served_sandbox(*options: str) -> Iterator[str]:
    """`python -m leadiosa_async.testing` with `options`; yields its base URL (without /api/v1)."""
    port = free_port()
    command = [sys.executable, "-m", "leadiosa_async.testing", "--port", str(port), *options]
    with _process(command, "Uvicorn running on"):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server (`make test` installs the Debian package); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is missing: `make test` installs it (Debian package redis-server)")
    port = free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    with _process(command, "Ready to accept connections"):
        yield f"redis://127.0.0.1:{port}/0"


@contextmanager
def canned_server(*options: str) -> Iterator[str]:
    """`benchmarks/canned_server.py` (one 200 JSON answer to everything; `--gzip` compresses it) in its own process;
    yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "benchmarks.canned_server", "--port", str(port), *options]
    with _process(command, "canned server ready"):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def served_app(target: str, port: int, env: dict[str, str]) -> Iterator[str]:
    """`uvicorn TARGET --factory` on 127.0.0.1:`port` with `env` added to this environment; yields its URL. Leaving
    stops it with SIGTERM, so its lifespan shuts down as in production."""
    command = [sys.executable, "-m", "uvicorn", target, "--factory", "--host", "127.0.0.1", "--port", str(port)]
    with _process(command, "Uvicorn running on", env={**os.environ, **env}):
        yield f"http://127.0.0.1:{port}"
