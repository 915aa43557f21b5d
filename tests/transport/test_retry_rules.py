"""The retry decisions on their own: Retry-After parsing, backoff, which failures retry, the budget."""

from __future__ import annotations

import email.utils
import random

import httpx
import pytest

from leadiosa_async._transport.retry import (
    RetryBudget,
    backoff_delay,
    parse_retry_after,
    should_retry_error,
    should_retry_status,
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
