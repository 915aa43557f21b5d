"""A canned HTTP/1.1 server for throughput benchmarks: every request gets the same 200 JSON response
(a workspace), keep-alive, no parsing beyond finding each request's end. An asyncio Protocol in a process
of its own, so it costs the client nothing and is far from being the bottleneck.

    python -m benchmarks.canned_server --port 8123   # prints "canned server ready" when listening
"""

from __future__ import annotations

import argparse
import asyncio
import json

BODY = json.dumps(
    {"id": "ws_1", "name": "Acme", "status": "active", "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"}
).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_canned\r\n"
    b"content-length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY
)


class Canned(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        answers = self.buffer.count(b"\r\n\r\n")  # GETs: no bodies
        if answers:
            self.buffer = self.buffer[self.buffer.rfind(b"\r\n\r\n") + 4 :]
            self.transport.write(RESPONSE * answers)


async def serve(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Canned, "127.0.0.1", port, backlog=1024)
    print("canned server ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    asyncio.run(serve(parser.parse_args().port))
