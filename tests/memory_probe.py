"""Run in a fresh interpreter by test_hostile_memory.py: one hostile body, then print peak RSS growth.

    python -m tests.memory_probe body|bomb

`body` serves a 300 MB body, `bomb` a gzip stream that inflates to 1 GiB (made on the fly, so the
server itself stays small). The client runs with the default `max_response_bytes` (64 MiB).
"""

from __future__ import annotations

import json
import resource
import sys
import zlib

import anyio

from leadiosa_async import AsyncLeadiosa, LeadiosaError
from tests.raw_server import Conn, raw_server

MB = 1024 * 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def body(conn: Conn) -> None:
    await conn.read_request()
    await conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 300000000\r\n\r\n")
    for _ in range(300):
        await conn.send(b"x" * 1_000_000)


async def bomb(conn: Conn) -> None:
    await conn.read_request()
    await conn.send(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    zeros = b"\0" * MB
    for _ in range(1024):  # 1 GiB inflated
        data = compressor.compress(zeros)
        if data:
            await conn.send(b"%x\r\n%s\r\n" % (len(data), data))
    tail = compressor.flush()
    await conn.send(b"%x\r\n%s\r\n0\r\n\r\n" % (len(tail), tail))


async def main(case: str) -> None:
    with raw_server(body if case == "body" else bomb) as server:
        async with AsyncLeadiosa("tok", base_url=server.base_url, max_retries=0) as client:
            before = peak_rss_mb()
            try:
                await client.workspace.get()
                error = "none"
            except LeadiosaError as exc:
                error = type(exc).__name__
            print(json.dumps({"error": error, "growth_mb": peak_rss_mb() - before}))


if __name__ == "__main__":
    anyio.run(main, sys.argv[1])
