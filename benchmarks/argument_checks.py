"""What the generated argument checks cost per call.

Each scenario calls the same operation twice over: through the namespace method (argument checks,
then the generated call) and through the generated call directly (no checks), on one
`httpx.MockTransport`, interleaved round by round (which goes first alternates). The checks' cost is the median
over the rounds of each round's own difference: the two sides of a round run within milliseconds of each other,
while the host's speed changes from one stretch of time to the next (`make bench` records by how much: the
steadiness line of its targets), so a difference of two separate medians could come out larger than the checks,
or below zero. It is reported as a share of the per-call time of `get`, the cheapest operation. A list method
also wraps the generated call in a `PageCall` (awaitable for the first page, iterable for every item): that wrapper
is on both sides of the list scenario, and its own cost is the second table.

    .venv/bin/python benchmarks/argument_checks.py [--rounds 120] [--calls 50]

Many short rounds rather than a few long ones: the two sides of a round are then milliseconds apart.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from typing import Any, cast

import httpx

from benchmarks.overhead import BASE_URL, TOKEN, Call, bodies, make_transport, time_calls
from leadiosa_async import AsyncLeadiosa
from leadiosa_async._generated.api.conversations import conversations_get, conversations_list
from leadiosa_async._generated.api.messages import messages_create
from leadiosa_async._generated.models.message_create import MessageCreate
from leadiosa_async._protocol import PageCall

WRAPPER = "list's PageCall wrapper"


def wrapped(first: Any) -> PageCall[Any]:
    """The generated call in a `PageCall`, built the way list methods build theirs."""
    return PageCall(None, (), lambda: {}, first)  # type: ignore[arg-type]


def make_transport_with_message(payloads: dict[str, bytes]) -> httpx.MockTransport:
    plain = make_transport(payloads)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = b'{"id": "msg_1", "conversation_id": "conv_1", "direction": "outbound", "author_type": "agent",'
            body += b' "body": "hi", "created_at": "2026-05-12T07:28:25Z"}'
            return httpx.Response(201, content=body, headers={"content-type": "application/json"})
        return cast(httpx.Response, plain.handler(request))  # a sync handler

    return httpx.MockTransport(handler)


async def measure(rounds: int, calls: int) -> dict[str, tuple[float, float, float]]:
    """Per scenario: the median per-call time with the checks, without, and the median of the rounds' differences."""
    transport = make_transport_with_message(bodies())
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as sdk:
        t = sdk._transport
        list_args: dict[str, Any] = {"status": "open", "limit": 1, "assignee_id": "usr_1", "after": "cur_x"}
        scenarios: dict[str, tuple[Call, Call]] = {
            "get (1 path parameter)": (
                lambda: sdk.conversations.get("conv_1"),
                lambda: conversations_get.call(t, {}, "conv_1"),
            ),
            "list (4 query parameters)": (
                lambda: sdk.conversations.list(**list_args),
                lambda: wrapped(lambda: conversations_list.call(t, {}, **list_args)),  # as the list method wraps it
            ),
            "messages.create (body fields, 2 enums)": (
                lambda: sdk.messages.create("conv_1", body="hi", direction="outbound", author_type="agent"),
                lambda: messages_create.call(
                    t, {}, "conv_1", body=MessageCreate(body="hi", direction="outbound", author_type="agent")
                ),
            ),
        }
        scenarios[WRAPPER] = (
            scenarios["list (4 query parameters)"][1],
            lambda: conversations_list.call(t, {}, **list_args),
        )
        samples = {name: ([], []) for name in scenarios}  # type: dict[str, tuple[list[float], list[float]]]
        for pair in scenarios.values():
            for call in pair:
                await call()
        for r in range(rounds):
            for name, (checked, direct) in scenarios.items():
                order = [(0, checked), (1, direct)] if r % 2 == 0 else [(1, direct), (0, checked)]
                for index, call in order:
                    samples[name][index].append(await time_calls(call, calls))
    return {
        name: (statistics.median(a), statistics.median(b), statistics.median(x - y for x, y in zip(a, b, strict=True)))
        for name, (a, b) in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=120)
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()
    results = asyncio.run(measure(args.rounds, args.calls))
    get_time = results["get (1 path parameter)"][0]
    print(f"argument checks, median of {args.rounds} rounds x {args.calls} calls (µs per call; the cost: the median of")
    print("the rounds' own differences)\n")
    print("| scenario | with checks | generated call alone | checks cost | share of a get call |")
    print("|---|---|---|---|---|")
    for name, (checked, direct, cost) in results.items():
        if name != WRAPPER:
            print(f"| {name} | {checked:.1f} | {direct:.1f} | {cost:+.2f} | {cost / get_time * 100:+.1f} % |")
    wrapper, alone, cost = results[WRAPPER]
    print("\n| not a check | with it | generated call alone | cost | share of a get call |")
    print("|---|---|---|---|---|")
    print(f"| {WRAPPER} (list methods) | {wrapper:.1f} | {alone:.1f} | {cost:+.2f} | {cost / get_time * 100:+.1f} % |")


if __name__ == "__main__":
    main()
