"""Rate-limit header parsing, out-of-order merging and the throttle decision, on their own."""

from __future__ import annotations

import pytest

from leadiosa_async._transport.ratelimit import POLL, RateLimit, merge, parse_headers, throttle_delay

NOW = 1_767_225_600.0


def _h(limit: str, remaining: str, reset: str) -> dict[str, str]:
    return {"x-ratelimit-limit": limit, "x-ratelimit-remaining": remaining, "x-ratelimit-reset": reset}


def test_parse_headers() -> None:
    assert parse_headers(_h("300", "287", "1767225660"), NOW) == RateLimit(300, 287, 1767225660.0)
    assert parse_headers(_h("300", "287", "60"), NOW) == RateLimit(300, 287, NOW + 60)  # delta seconds
    assert parse_headers(_h("10", "50", "1767225660"), NOW) == RateLimit(10, 10, 1767225660.0)  # clamped


@pytest.mark.parametrize(
    "headers",
    [{}, _h("x", "1", "1767225660"), _h("300", "-1", "1767225660"), _h("300", "1", "nan"), {"x-ratelimit-limit": "1"}],
)
def test_parse_headers_ignores_absent_or_garbled(headers: dict[str, str]) -> None:
    assert parse_headers(headers, NOW) is None


def test_merge_newest_window_wins_and_lowest_remaining_within_a_window() -> None:
    old = RateLimit(300, 5, NOW + 10)
    new = RateLimit(300, 299, NOW + 70)
    assert merge(None, old) == old
    assert merge(old, new) == new  # the window reset
    assert merge(new, old) == new  # a late response from the old window
    same_window_older = RateLimit(300, 9, NOW + 10)
    assert merge(old, same_window_older) == old  # out of order within the window: keep the lower
    assert merge(same_window_older, old) == old


@pytest.mark.parametrize(
    ("state", "in_flight", "paused_until", "expected"),
    [
        (None, 50, 0.0, 0.0),  # responses came, none reported a limit: nothing to throttle on
        (RateLimit(300, 10, NOW + 30), 0, 0.0, 0.0),
        (RateLimit(300, 10, NOW + 30), 9, 0.0, 0.0),
        (RateLimit(300, 10, NOW + 30), 10, 0.0, 30.0),
        (RateLimit(300, 0, NOW + 30), 0, 0.0, 30.0),
        (RateLimit(300, 0, NOW - 1), 0, 0.0, 0.0),  # window already reset
        (RateLimit(3, 0, NOW - 1), 2, 0.0, 0.0),  # a fresh window counts as full: 3 - 2 in flight
        (RateLimit(3, 0, NOW - 1), 3, 0.0, POLL),  # ...and once all of it is in flight, wait for news
        (RateLimit(300, 100, NOW + 30), 0, NOW + 4, 4.0),  # paused after a 429
        (None, 0, NOW - 4, 0.0),
    ],
)
def test_throttle_delay(state: RateLimit | None, in_flight: int, paused_until: float, expected: float) -> None:
    assert throttle_delay(state, in_flight, paused_until, NOW) == expected


def test_before_any_response_one_probe_goes_alone() -> None:
    assert throttle_delay(None, 0, 0.0, NOW, responded=False) == 0.0
    assert throttle_delay(None, 1, 0.0, NOW, responded=False) == POLL
