"""Rate-limit header parsing, out-of-order merging and the throttle decision, on their own."""

from __future__ import annotations

import email.utils
import logging

import pytest

from leadiosa_async._transport.rate_window import POLL, RateLimit, merge, parse_headers, throttle_delay

NOW = 1_767_225_600.0


def _h(limit: str, remaining: str, reset: str) -> dict[str, str]:
    return {"x-ratelimit-limit": limit, "x-ratelimit-remaining": remaining, "x-ratelimit-reset": reset}


def test_parse_headers() -> None:
    absolute = parse_headers(_h("300", "287", "1767225660"), NOW)
    assert absolute == RateLimit(300, 287, 1767225660.0)
    assert absolute is not None and absolute.window == 1767225660.0  # an absolute reset names its window
    delta = parse_headers(_h("300", "287", "60"), NOW)
    assert delta == RateLimit(300, 287, NOW + 60) and delta is not None and delta.window is None  # delta seconds
    assert parse_headers(_h("0", "0", "1"), NOW) == RateLimit(0, 0, NOW + 1)  # a window that allows nothing
    # the edges that are still believed: a reset now, and one exactly 24 h away
    assert parse_headers(_h("300", "0", "0"), NOW) == RateLimit(300, 0, NOW)
    assert parse_headers(_h("300", "300", "86400"), NOW) == RateLimit(300, 300, NOW + 86_400)
    assert parse_headers(_h("300", "1", str(NOW - 86_400)), NOW) == RateLimit(300, 1, NOW - 86_400)
    # the smallest reset read as a Unix time rather than as seconds from now: 1e9 itself
    assert parse_headers(_h("300", "1", "1000000000"), 1e9) == RateLimit(300, 1, 1e9)


def test_parse_headers_moves_an_absolute_reset_by_the_server_clock_skew() -> None:  # (a name `make mutate` runs)
    """The server's clock runs 100 s ahead: its absolute reset is 100 s later than it means locally."""
    date = email.utils.formatdate(NOW + 100, usegmt=True)
    assert parse_headers({**_h("300", "0", str(NOW + 160)), "date": date}, NOW) == RateLimit(300, 0, NOW + 60)
    small = email.utils.formatdate(NOW + 1, usegmt=True)  # within the Date header's resolution: no correction
    assert parse_headers({**_h("300", "0", str(NOW + 60)), "date": small}, NOW) == RateLimit(300, 0, NOW + 60)
    relative = {**_h("300", "0", "60"), "date": date}  # delta seconds need no correction
    assert parse_headers(relative, NOW) == RateLimit(300, 0, NOW + 60)


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({}, None),
        (_h("x", "1", "1767225660"), "not numbers"),
        (_h("300", "-1", "1767225660"), "remaining outside 0..limit"),
        (_h("300", "1", "nan"), "reset negative or not finite"),
        (_h("300", "1", "inf"), "reset negative or not finite"),
        (_h("300", "1", "-5"), "reset negative or not finite"),
        (_h("10", "50", "1767225660"), "remaining outside 0..limit"),  # remaining > limit
        (_h("300", "1", "32503680000"), "reset more than 24 h away"),  # the year 3000
        (_h("300", "1", str(NOW + 86_401)), "reset more than 24 h away"),  # more than 24 h ahead
        (_h("300", "1", "90000"), "reset more than 24 h away"),  # more than 24 h, as delta seconds
        (_h("300", "1", str(NOW - 90_000)), "reset more than 24 h away"),  # more than 24 h ago
        ({"x-ratelimit-limit": "1"}, None),
        # garbled before the others were read: the absent ones are logged as empty
        ({"x-ratelimit-limit": "abc"}, "not numbers"),
        ({"x-ratelimit-limit": "abc", "x-ratelimit-remaining": "1"}, "not numbers"),
    ],
)
def test_parse_headers_ignores_absent_garbled_or_implausible(
    headers: dict[str, str], why: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="leadiosa_async")
    assert parse_headers(headers, NOW) is None
    ignored = [r.getMessage() for r in caplog.records if "ignoring rate-limit headers" in r.getMessage()]
    if why is None:  # absent: nothing to report
        assert ignored == []
    else:
        values = " ".join(f"{name}={headers.get(name, '')!r}" for name in _h("", "", ""))  # limit, remaining, reset
        assert ignored == [f"ignoring rate-limit headers ({why}): {values}"]


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
        (RateLimit(0, 0, NOW + 0.5), 0, 0.0, 0.5),  # a window of limit 0: wait for its reset...
        (RateLimit(0, 0, NOW - 1), 0, 0.0, 0.0),  # ...then one request goes and reports
        (RateLimit(0, 0, NOW - 1), 1, 0.0, POLL),  # (only one)
        (RateLimit(300, 100, NOW + 30), 0, NOW + 4, 4.0),  # paused after a 429
        (None, 0, NOW - 4, 0.0),
    ],
)
def test_throttle_delay(state: RateLimit | None, in_flight: int, paused_until: float, expected: float) -> None:
    assert throttle_delay(state, in_flight, paused_until, NOW, True, "interactive", 0.0) == expected


def test_before_any_response_one_probe_goes_alone() -> None:
    assert throttle_delay(None, 0, 0.0, NOW, False, "interactive", 0.0) == 0.0
    assert throttle_delay(None, 1, 0.0, NOW, False, "interactive", 0.0) == POLL


def test_absolute_resets_name_their_window_even_one_second_apart() -> None:
    """1 s windows: the next window's reset is 1 s later, and it is a new window, not the same one."""
    now = 1_767_225_600.5

    def snapshot(remaining: int, reset: int) -> RateLimit:
        headers = {"x-ratelimit-limit": "200", "x-ratelimit-remaining": str(remaining), "x-ratelimit-reset": str(reset)}
        parsed = parse_headers(headers, now)
        assert parsed is not None
        return parsed

    used_up, next_window = snapshot(0, 1_767_225_601), snapshot(199, 1_767_225_602)
    assert merge(used_up, next_window) == next_window and merge(next_window, used_up) == next_window
    # delta-seconds resets drift with each response's arrival: within SAME_WINDOW they are one window
    drifting = [RateLimit(300, 40, now + 30.0), RateLimit(300, 35, now + 30.6)]
    assert merge(drifting[0], drifting[1]) == drifting[1] and merge(drifting[1], drifting[0]) == drifting[1]
