"""The body cap at its edges (`read_body`), on a body httpx has read already and on a streamed one: exactly at
the cap is accepted, one byte over is refused (or cut to exactly the cap), the size counted over every chunk."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import httpx
import pytest

from leadiosa_async._transport.limits import RAW_CHUNK, BodyTooLarge, read_body

pytestmark = [pytest.mark.anyio]


def streamed(body: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(200, stream=httpx.ByteStream(body), headers=headers)


def read_already(body: bytes) -> httpx.Response:
    response = httpx.Response(200, content=body)
    assert hasattr(response, "_content")
    return response


@pytest.mark.parametrize("make", [streamed, read_already], ids=["streamed", "read"])
async def test_a_body_exactly_at_the_cap_is_whole(make: Callable[[bytes], httpx.Response]) -> None:
    response = make(b"x" * 100)
    assert await read_body(response, 100, cut=False) is False
    assert response.content == b"x" * 100


@pytest.mark.parametrize("make", [streamed, read_already], ids=["streamed", "read"])
async def test_one_byte_over_is_refused_or_cut_to_the_cap(make: Callable[[bytes], httpx.Response]) -> None:
    with pytest.raises(BodyTooLarge) as caught:
        await read_body(make(b"x" * 101), 100, cut=False)
    assert caught.value.args == (101,)
    response = make(b"x" * 101)
    assert await read_body(response, 100, cut=True) is True
    assert response.content == b"x" * 100


async def test_the_size_counts_every_chunk_and_a_cut_keeps_exactly_the_cap() -> None:
    body = bytes(range(256)) * 160  # 40,960 bytes: three raw chunks of RAW_CHUNK at most
    assert len(body) > 2 * RAW_CHUNK
    with pytest.raises(BodyTooLarge) as caught:
        await read_body(streamed(body), 20_000, cut=False)
    assert caught.value.args == (2 * RAW_CHUNK,)  # where reading stopped: the chunk that crossed the cap
    response = streamed(body)
    assert await read_body(response, 20_000, cut=True) is True
    assert response.content == body[:20_000] and response.is_closed
    whole = streamed(body)
    assert await read_body(whole, len(body), cut=False) is False and whole.content == body


async def test_decoded_bytes_are_what_counts() -> None:
    body = b"y" * 50_000
    small = gzip.compress(body)
    assert len(small) < 1_000
    with pytest.raises(BodyTooLarge):
        await read_body(streamed(small, **{"Content-Encoding": "gzip"}), 10_000, cut=False)
    response = streamed(small, **{"Content-Encoding": "gzip"})
    assert await read_body(response, 50_000, cut=False) is False and response.content == body
