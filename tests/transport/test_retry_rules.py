"""The retry decisions on their own: Retry-After parsing, backoff, which failures retry, what a status means for the
call, the budget."""

from __future__ import annotations

import email.utils
import random

import httpx
import pytest

from leadiosa_async._transport.retry import (
    RetryBudget,
    backoff_delay,
    parse_retry_after,
    retry_after_seconds,
    should_retry_error,
    should_retry_status,
    status_retry,
)

NOW = 1_767_225_600.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("7", 7.0),
        (" 2.5 ", 2.5),
        ("0", 0.0),
        ("-3", 0.0),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("Wed, 21 Oct 2015 07:28:00", None),  # no zone: not an HTTP date
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    ("index", "low", "high"), [(0, 0.5, 1), (1, 1, 2), (2, 2, 4), (3, 4, 8), (4, 4, 8), (60, 4, 8)]
)
def test_backoff_is_jittered_within_half_to_full_step(index: int, low: float, high: float) -> None:
    rng = random.Random(7)
    draws = [backoff_delay(index, rng) for _ in range(500)]
    assert all(low <= d <= high for d in draws)
    assert max(draws) - min(draws) > (high - low) / 2  # really jittered, not a constant


@pytest.mark.parametrize(
    ("status", "replay_ok", "expected"),
    [
        (429, False, True),
        (429, True, True),
        (503, True, True),
        (503, False, False),
        (500, False, False),
        (408, True, True),
        (502, True, True),
        (504, True, True),
        (501, True, False),
        (400, True, False),
        (404, True, False),
        (409, True, False),
        (418, True, False),
    ],
)
def test_which_statuses_retry(status: int, replay_ok: bool, expected: bool) -> None:
    assert should_retry_status(status, replay_ok) is expected


@pytest.mark.parametrize(
    ("exc", "replay_ok", "expected"),
    [
        (httpx.ConnectError("refused"), False, True),
        (httpx.ConnectTimeout("slow dns"), False, True),
        (httpx.PoolTimeout("pool"), False, True),
        (httpx.ReadTimeout("slow"), False, False),
        (httpx.ReadTimeout("slow"), True, True),
        (httpx.RemoteProtocolError("dropped"), False, False),
        (httpx.RemoteProtocolError("dropped"), True, True),
        (httpx.ReadError("reset"), True, True),
        (httpx.WriteError("reset"), False, False),
        (httpx.UnsupportedProtocol("ftp"), True, False),
    ],
)
def test_which_connection_errors_retry(exc: httpx.TransportError, replay_ok: bool, expected: bool) -> None:
    assert should_retry_error(exc, replay_ok) is expected


def test_retry_budget_allows_a_burst_then_a_fraction_of_calls() -> None:
    budget = RetryBudget(capacity=3, ratio=0.5)
    assert [budget.try_spend() for _ in range(4)] == [True, True, True, False]
    budget.deposit()
    assert budget.try_spend() is False  # half a token is not a retry
    budget.deposit()
    assert budget.try_spend() is True
    for _ in range(100):
        budget.deposit()
    assert budget.tokens == 3


def test_retry_budget_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="capacity"):
        RetryBudget(capacity=0)
    with pytest.raises(ValueError, match="ratio"):
        RetryBudget(ratio=2)


def test_retry_after_is_read_on_the_servers_clock_when_its_date_shows_it_skewed() -> None:
    ahead = email.utils.formatdate(NOW + 600, usegmt=True)  # the server's clock is ten minutes ahead of ours
    at_its_noon = email.utils.formatdate(NOW + 600 + 30, usegmt=True)
    assert retry_after_seconds(at_its_noon, ahead, NOW) == 30.0  # 30 s on its clock, not 630 on ours
    assert retry_after_seconds(at_its_noon, None, NOW) == 630.0
    assert retry_after_seconds("5", ahead, NOW) == 5.0  # seconds need no clock
    assert retry_after_seconds(None, ahead, NOW) is None


BACKOFF = 0.75


def decide(status: int, **given: object) -> tuple[float | None, float | None, float | None]:
    drawn: list[float] = []

    def backoff() -> float:
        drawn.append(BACKOFF)
        return BACKOFF

    rules = {"retry_after": None, "reset_wait": None, "attempt": 1, "max_retries": 2, "replay_ok": True,
             "max_retry_after": 60.0, **given}  # fmt: skip
    decision = status_retry(status, backoff=backoff, **rules)  # type: ignore[arg-type]
    assert len(drawn) <= 1
    return decision


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"retry_after": 7.0}, (7.0, 7.0, 7.0)),  # its Retry-After: waited, reported, and the whole client pauses
        ({"reset_wait": 12.0}, (12.0, 12.0, 12.0)),  # no Retry-After: until the window's reset
        ({"retry_after": 3.0, "reset_wait": 12.0}, (3.0, 3.0, 3.0)),  # the server's word first
        ({}, (BACKOFF, None, BACKOFF)),  # neither: a backoff, and no wait to report
        ({"retry_after": 60.0}, (60.0, 60.0, 60.0)),  # up to max_retry_after
        ({"retry_after": 61.0}, (None, 61.0, None)),  # over it: given up at once, nothing paused
        ({"reset_wait": 61.0}, (None, 61.0, None)),
        ({"retry_after": 7.0, "attempt": 3}, (None, 7.0, 7.0)),  # no retry left: the client pauses all the same
        ({"retry_after": 7.0, "replay_ok": False}, (7.0, 7.0, 7.0)),  # a 429 was not acted on: any method retries
    ],
)
def test_what_a_429_means(given: dict[str, object], expected: tuple[float | None, ...]) -> None:
    assert decide(429, **given) == expected


@pytest.mark.parametrize(
    ("status", "given", "expected"),
    [
        (503, {}, (BACKOFF, None, None)),
        (503, {"retry_after": 5.0}, (5.0, None, None)),  # its Retry-After wins over the backoff
        (503, {"retry_after": 61.0}, (None, None, None)),  # over max_retry_after: given up
        (503, {"retry_after": 60.0}, (60.0, None, None)),
        (503, {"attempt": 3}, (None, None, None)),  # no retry left
        (503, {"attempt": 2}, (BACKOFF, None, None)),
        (503, {"replay_ok": False}, (None, None, None)),  # a POST the server may have acted on
        (500, {"reset_wait": 12.0}, (BACKOFF, None, None)),  # the window's reset is a 429's business only
        (404, {"retry_after": 1.0}, (None, None, None)),  # not a transient status
        (400, {}, (None, None, None)),
    ],
)
def test_what_any_other_status_means(status: int, given: dict[str, object], expected: tuple[float | None, ...]) -> None:
    assert decide(status, **given) == expected


def test_the_backoff_is_drawn_only_when_it_is_used() -> None:
    rng = random.Random(7)
    state = rng.getstate()
    common = {"reset_wait": None, "attempt": 1, "max_retries": 2, "replay_ok": True, "max_retry_after": 60.0}
    status_retry(429, retry_after=3.0, backoff=lambda: backoff_delay(0, rng), **common)  # type: ignore[arg-type]
    status_retry(404, retry_after=None, backoff=lambda: backoff_delay(0, rng), **common)  # type: ignore[arg-type]
    assert rng.getstate() == state  # the jitter's sequence is left as it was
