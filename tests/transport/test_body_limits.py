"""The body cap at its edges (`read_body`), on a body httpx has read already and on a streamed one: exactly at
the cap is accepted, one byte over is refused (or cut to exactly the cap), the size counted over every chunk."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import httpx
import pytest

from leadiosa_async._transport.attempt_bounds import RAW_CHUNK, BodyTooLarge, read_body

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
    response, over = await read_body(response, 100, cut=False)
    assert over is False
    assert response.content == b"x" * 100


@pytest.mark.parametrize("make", [streamed, read_already], ids=["streamed", "read"])
async def test_one_byte_over_is_refused_or_cut_to_the_cap(make: Callable[[bytes], httpx.Response]) -> None:
    with pytest.raises(BodyTooLarge) as caught:
        await read_body(make(b"x" * 101), 100, cut=False)
    assert caught.value.args == (101,)
    response = make(b"x" * 101)
    response, over = await read_body(response, 100, cut=True)
    assert over is True
    assert response.content == b"x" * 100


async def test_the_size_counts_every_chunk_and_a_cut_keeps_exactly_the_cap() -> None:
    body = bytes(range(256)) * 160  # 40,960 bytes: three raw chunks of RAW_CHUNK at most
    assert len(body) > 2 * RAW_CHUNK
    with pytest.raises(BodyTooLarge) as caught:
        await read_body(streamed(body), 20_000, cut=False)
    assert caught.value.args == (2 * RAW_CHUNK,)  # where reading stopped: the chunk that crossed the cap
    response = streamed(body)
    response, over = await read_body(response, 20_000, cut=True)
    assert over is True
    assert response.content == body[:20_000] and response.is_closed
    whole = streamed(body)
    whole, over = await read_body(whole, len(body), cut=False)
    assert over is False and whole.content == body


async def test_decoded_bytes_are_what_counts() -> None:
    body = b"y" * 50_000
    small = gzip.compress(body)
    assert len(small) < 1_000
    with pytest.raises(BodyTooLarge):
        await read_body(streamed(small, **{"Content-Encoding": "gzip"}), 10_000, cut=False)
    response = streamed(small, **{"Content-Encoding": "gzip"})
    response, over = await read_body(response, 50_000, cut=False)
    assert over is False and response.content == body


class Chunks(httpx.AsyncByteStream):
    """A streamed body of ten 10-byte chunks that records when its generator has finished."""

    def __init__(self) -> None:
        self.finished = False

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        try:
            for _ in range(10):
                yield b"0123456789"
        finally:
            self.finished = True


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])  # trio in mutation runs too: asyncio's loop
@pytest.mark.parametrize(  # finalizes a dropped generator itself, so only trio shows one left half-way
    ("headers", "error"),
    [({}, None), ({"content-encoding": "gzip"}, httpx.DecodingError)],
    ids=["over-the-cap", "not-the-gzip-it-claims"],
)
async def test_a_body_left_half_read_is_run_out_before_read_body_returns(
    headers: dict[str, str], error: type[Exception] | None
) -> None:
    """Refused over the cap or on a decoding error, the stream chain is run to its end (a closed connection ends
    at once), not left to the garbage collector half-way (which trio reports as a ResourceWarning)."""
    body = Chunks()
    response = httpx.Response(200, stream=body, headers=headers)
    if error is None:
        response, over = await read_body(response, 15, cut=True)
        assert over is True
        assert response.content == b"0123456789" + b"01234"
    else:
        with pytest.raises(error):
            await read_body(response, 1000, cut=False)
    assert body.finished  # before any other task could run a finalizer
