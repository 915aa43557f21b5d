"""Quickstart: the calls most integrations start with.

Run it with `make demo`. Until the built-in sandbox lands it talks to a mocked API that answers
with the examples documented in openapi.json (see examples/mock_api.py); point it at the real
API by setting LEADIOSA_TOKEN and passing --live.
"""

from __future__ import annotations

import asyncio
import sys

from leadiosa_async import AsyncLeadiosa, NotFoundError


async def tour(client: AsyncLeadiosa) -> None:
    conv = await client.conversations.create(
        channel="email",
        contact={"email": "ana@example.com", "name": "Ana Souza"},  # a dict or models.ContactInput
        subject="Question about invoices",
        message="Hi, where can I download my invoices?",
    )
    print(f"created conversation {conv.id} ({conv.status}) with contact {conv.contact_id}")

    reply = await client.messages.create(conv.id, body="Settings → Billing → Invoices.", author_type="agent")
    print(f"appended message {reply.id} at {reply.created_at:%Y-%m-%d %H:%M}")

    page = await client.conversations.list(status="open", limit=50)
    print(f"first page: {len(page.data)} open conversation(s), has_more={page.has_more}")
    for c in page.data:
        print(f"  - {c.id}: {c.subject or '(no subject)'} [{c.channel}]")

    seen = 0
    async for _ in client.paginate(client.conversations.list, status="open", max_items=100):
        seen += 1
    print(f"paginated through {seen} open conversation(s)")

    subscription = await client.billing.get_subscription()
    usage = subscription.ai_tokens
    print(f"plan {subscription.plan} ({subscription.billing_cycle}), AI tokens {usage.used:,}/{usage.included:,}")

    try:
        await client.conversations.get("missing_conv")
    except NotFoundError as exc:
        print(f"typed error: {type(exc).__name__} code={exc.code} request_id={exc.request_id}")


async def main(live: bool) -> None:
    if live:
        async with AsyncLeadiosa() as client:
            await tour(client)
        return
    from mock_api import BASE_URL, mock_router

    with mock_router():
        async with AsyncLeadiosa("demo-token", base_url=BASE_URL) as client:
            await tour(client)


if __name__ == "__main__":
    asyncio.run(main(live="--live" in sys.argv[1:]))
