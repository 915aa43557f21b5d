"""Type-checked by mypy in `make test` (never run): the signatures of token providers, `request()`, the extras,
file arguments and unknown union variants."""

from __future__ import annotations

import io
import pathlib
from typing import Any, assert_type

from leadiosa_async import AsyncLeadiosa, File, Leadiosa
from leadiosa_async.models import Article, Conversation, UnknownVariant


def sync_token() -> str:
    return "lds_x"


async def async_token() -> str:
    return "lds_x"


async def token_providers() -> None:
    assert_type(AsyncLeadiosa(token=sync_token), AsyncLeadiosa)
    assert_type(AsyncLeadiosa(token=async_token, token_refresh=600), AsyncLeadiosa)
    assert_type(Leadiosa(token=async_token), Leadiosa)
    assert_type(AsyncLeadiosa(token="lds_x").with_options(token=sync_token), AsyncLeadiosa)


async def requests_and_extras(client: AsyncLeadiosa, sync: Leadiosa) -> None:
    assert_type(await client.request("GET", "/widgets", params={"limit": 5}), Any)
    assert_type(await client.request("GET", "/conversations/c1", cast_to=Conversation, timeout=5.0), Any)
    assert_type(sync.request("POST", "/widgets", json={"a": 1}), Any)
    page = await client.conversations.list(status="open", extra_query={"label": "vip"})
    assert_type(page.data, list[Conversation])
    made = await client.conversations.create(channel="chat", contact={"email": "a@b.co"}, extra_body={"x": 1})
    assert_type(made, Conversation)


async def file_arguments(client: AsyncLeadiosa, sync: Leadiosa) -> None:
    assert_type(await client.knowledge.ingest(file=pathlib.Path("faq.md")), Article)
    assert_type(await client.knowledge.ingest(file=b"# FAQ"), Article)
    assert_type(await client.knowledge.ingest(file=io.BytesIO(b"# FAQ")), Article)
    assert_type(await client.knowledge.ingest(file=File(payload=pathlib.Path("faq.md"))), Article)
    assert_type(sync.knowledge.ingest(file=pathlib.Path("faq.md")), Article)


def unknown_variants(variant: UnknownVariant) -> None:
    assert_type(variant.to_dict(), dict[str, Any])
    assert_type(variant.discriminator, str)
    assert_type(variant["name"], Any)
