"""Quickstart: the calls most integrations start with, against the built-in sandbox.

    make demo                       # or: python examples/quickstart.py
    python examples/quickstart.py --live   # the real API, with LEADIOSA_TOKEN set

The sandbox (leadiosa_async.testing.Sandbox) is an in-memory Leadiosa API: no token, no network.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import sys
import warnings

from leadiosa_async import AsyncLeadiosa, ConflictError, LeadiosaDeprecationWarning, NotFoundError
from leadiosa_async.testing import Sandbox


async def tour(client: AsyncLeadiosa) -> None:
    # A conversation with a contact found by email, or created (a dict or models.ContactInput).
    conv = await client.conversations.create(
        channel="email",
        contact={"email": "ana@example.com", "name": "Ana Souza"},
        subject="Question about invoices",
        message="Hi, where can I download my invoices?",
    )
    print(f"1. created conversation {conv.id} ({conv.status}) with contact {conv.contact_id}")

    for text in ("Settings → Billing → Invoices.", "Anything else I can help with?"):
        await client.messages.create(conv.id, body=text, author_type="agent")
    await client.notes.create(conv.id, body="Customer is on the annual plan.")  # never shown to Ana
    thread = [m async for m in client.paginate(client.messages.list, conv.id, limit=2)]
    print(f"2. the thread has {len(thread)} messages (fetched 2 per page):")
    for message in thread:
        print(f"   {message.author_type:>7}: {message.body}")

    for i in range(3):
        await client.conversations.create(channel="chat", contact={"email": f"lead{i}@example.com"})
    open_ids = [c.id async for c in client.paginate(client.conversations.list, status="open", limit=2)]
    print(f"3. paginated through {len(open_ids)} open conversations: {', '.join(open_ids)}")

    limit = client.rate_limit
    if limit is not None:
        reset = datetime.datetime.fromtimestamp(limit.reset_at, datetime.UTC)
        print(
            f"4. rate limit: {limit.remaining}/{limit.limit} requests left in this window (resets {reset:%H:%M:%S} UTC)"
        )

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LeadiosaDeprecationWarning)
        await client.conversations.assign(conv.id, assignee_id="usr_41")  # deprecated in the spec
    for warning in caught:
        print(f"5. {warning.category.__name__}: {str(warning.message)[:110]}...")

    await client.conversations.update(conv.id, status="closed")
    try:
        await client.conversations.update(conv.id, assignee_id="usr_2")
    except ConflictError as exc:
        print(f"6. typed error: {type(exc).__name__} {exc.status_code} code={exc.code} request_id={exc.request_id}")
    try:
        await client.contacts.get("ct_does_not_exist")
    except NotFoundError as exc:
        print(f"   typed error: {type(exc).__name__} {exc.status_code} code={exc.code}: {exc.message}")

    usage = (await client.billing.get_subscription()).ai_tokens
    print(f"7. AI tokens used this period: {usage.used:,} of {usage.included:,}")


async def main(live: bool) -> None:
    logging.getLogger("leadiosa_async").setLevel(logging.ERROR)  # the demo prints warnings itself
    if live:
        async with AsyncLeadiosa() as client:
            await tour(client)
        return
    async with Sandbox().client() as client:
        await tour(client)


if __name__ == "__main__":
    asyncio.run(main(live="--live" in sys.argv[1:]))
