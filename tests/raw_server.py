"""A scripted raw-socket HTTP/1.1 server on 127.0.0.1, for hostile-server tests.

It runs its own asyncio loop in a thread, so asyncio and trio tests can both use it, and each
connection is handed to a script (`async def script(conn)`) that reads the request and writes
whatever bytes it likes: slow drips, absurd headers, compression bombs, resets mid-body.
Nothing here is an HTTP library: the point is to be impolite.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes

    def header_values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


@dataclass
class Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    server: RawServer

    async def read_request(self) -> Request | None:
        """The next request on this connection (None when the client closed it)."""
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = [tuple(line.split(":", 1)) for line in lines[1:] if line]
        pairs = [(k.strip(), v.strip()) for k, v in headers]
        length = int(next((v for k, v in pairs if k.lower() == "content-length"), "0"))
        body = await self.reader.readexactly(length) if length else b""
        request = Request(method, path, pairs, body)
        self.server.requests.append(request)
        return request

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def respond(
        self, status: int = 200, body: bytes = b"{}", headers: dict[str, str] | None = None, reason: str = "X"
    ) -> None:
        await self.send(head(status, {"Content-Length": str(len(body)), **(headers or {})}, reason) + body)


def head(status: int, headers: dict[str, str], reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


Script = Callable[[Conn], Awaitable[None]]


@dataclass
class RawServer:
    script: Script
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    port: int = 0
    loop: asyncio.AbstractEventLoop | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            with contextlib.suppress(Exception, asyncio.CancelledError):  # a client hung up, or the server stops
                await self.script(Conn(reader, writer, self))
        finally:
            writer.close()


@contextlib.contextmanager
def raw_server(script: Script) -> Iterator[RawServer]:
    server = RawServer(script)
    ready = threading.Event()
    stop: asyncio.Event | None = None

    async def main() -> None:
        nonlocal stop
        stop = asyncio.Event()
        listener = await asyncio.start_server(server._handle, "127.0.0.1", 0)
        server.port = listener.sockets[0].getsockname()[1]
        server.loop = asyncio.get_running_loop()
        ready.set()
        await stop.wait()
        listener.close()
        tasks = asyncio.all_tasks() - {asyncio.current_task()}
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    ready.wait(5)
    try:
        yield server
    finally:
        assert server.loop is not None and stop is not None
        server.loop.call_soon_threadsafe(stop.set)
        thread.join(5)


async def serve_forever(conn: Conn, answer: Callable[[Request], Awaitable[None]]) -> None:
    """Keep-alive loop: answer every request on the connection until the client closes it."""
    while (request := await conn.read_request()) is not None:
        await answer(request)
