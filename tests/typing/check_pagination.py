"""Type-checked by mypy in `make test` (never run): paginate() keeps the item type."""

from __future__ import annotations

from typing import assert_type

from leadiosa_async import APIResponse, AsyncLeadiosa, Leadiosa, Page
from leadiosa_async.models import Article, Contact, Conversation, Message


async def item_types(client: AsyncLeadiosa) -> None:
    async for conv in client.paginate(client.conversations.list, status="open"):
        assert_type(conv, Conversation)
    async for message in client.paginate(client.messages.list, "conv_1", limit=100):
        assert_type(message, Message)
    async for page in client.paginate(client.knowledge.list_articles).pages():
        assert_type(page, Page[Article])
    async with client.paginate(client.contacts.list, prefetch=1) as contacts:
        async for contact in contacts:
            assert_type(contact, Contact)


async def list_calls_are_awaitable_and_iterable(client: AsyncLeadiosa) -> None:
    assert_type(await client.conversations.list(status="open"), Page[Conversation])
    async for conv in client.conversations.list(status="open"):
        assert_type(conv, Conversation)
    async for page in client.messages.list("conv_1").pages():
        assert_type(page, Page[Message])


async def with_options_keeps_the_client_type(client: AsyncLeadiosa) -> None:
    assert_type(client.with_options(timeout=5.0, default_headers={"x": "y"}), AsyncLeadiosa)


async def raw_responses_are_typed(client: AsyncLeadiosa) -> None:
    raw = await client.conversations.with_raw_response.get("conv_1")
    assert_type(raw, APIResponse[Conversation])
    assert_type(raw.parse(), Conversation)
    assert_type((await client.messages.with_raw_response.list("conv_1")).parse(), Page[Message])


def the_sync_client_has_the_same_types(client: Leadiosa) -> None:
    assert_type(client.conversations.get("conv_1"), Conversation)
    assert_type(client.conversations.list().page, Page[Conversation])
    for conv in client.conversations.list(status="open"):
        assert_type(conv, Conversation)
    for page in client.paginate(client.messages.list, "conv_1").pages():
        assert_type(page, Page[Message])
    for message in client.paginate(client.messages.list, "conv_1"):
        assert_type(message, Message)
    assert_type(client.with_options(max_retries=0), Leadiosa)
    assert_type(client.conversations.with_raw_response.get("conv_1"), APIResponse[Conversation])
