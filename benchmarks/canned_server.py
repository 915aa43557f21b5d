"""A canned HTTP/1.1 server for throughput benchmarks: every request gets the same 200 JSON response
(a workspace), keep-alive, no parsing beyond finding each request's end. An asyncio Protocol in a process
of its own, so it costs the client nothing and is far from being the bottleneck. With `--gzip`, a request that
accepts gzip (every client benchmarked does, by default) gets the body gzip-compressed, as a compressing API
gateway would send it; the others get it as is.

    python -m benchmarks.canned_server --port 8123 [--gzip]   # prints "canned server ready" when listening
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json

BODY = json.dumps(
    {"id": "ws_1", "name": "Acme", "status": "active", "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"}
).encode()


def response(body: bytes, *headers: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_canned\r\n" + b"".join(headers)
    return head + b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body


RESPONSE = response(BODY)
GZIP_RESPONSE = response(gzip.compress(BODY, mtime=0), b"content-encoding: gzip\r\n")


class Canned(asyncio.Protocol):
    compress = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        *requests, self.buffer = self.buffer.split(b"\r\n\r\n")  # GETs: no bodies
        if requests:
            self.transport.write(b"".join(self.answer(request) for request in requests))

    def answer(self, request: bytes) -> bytes:
        return GZIP_RESPONSE if self.compress and b"gzip" in request.lower() else RESPONSE


class CannedGzip(Canned):
    compress = True


async def serve(port: int, compress: bool = False) -> None:
    protocol = CannedGzip if compress else Canned
    server = await asyncio.get_running_loop().create_server(protocol, "127.0.0.1", port, backlog=1024)
    print("canned server ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--gzip", action="store_true", help="compress the body for clients that accept gzip")
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.gzip))
