"""Header merging: one case-insensitive rule for SDK defaults, generated header parameters and extra_headers."""

from __future__ import annotations

import pytest

from leadiosa_async._transport.headers import merge_headers


def test_later_layers_replace_earlier_ones_whatever_the_case() -> None:
    base = {"Authorization": "Bearer sdk", "Accept": "application/json"}
    params = {"x-idempotency-key": "k1", "ACCEPT": "text/plain"}  # a generated header parameter layer
    extra = {"authorization": "Bearer caller", "X-Idempotency-Key": "k2"}
    merged = merge_headers(base, params, extra)
    assert merged == {"ACCEPT": "text/plain", "authorization": "Bearer caller", "X-Idempotency-Key": "k2"}
    assert base == {"Authorization": "Bearer sdk", "Accept": "application/json"}  # the defaults are untouched
    assert merge_headers(base, None, {}) == base


@pytest.mark.parametrize(
    ("layer", "error", "message"),
    [
        ({"X-A": "ok\r\nX-B: injected"}, ValueError, "header 'X-A' has a value that cannot be sent"),
        ({"X-A\n": "v"}, ValueError, "not a valid HTTP header name"),
        ({"": "v"}, ValueError, "not a valid HTTP header name"),
        ({"X-A": "tab\tinside is fine but not at the end\t"}, ValueError, "leading/trailing whitespace"),
        ({"X-A": "é"}, ValueError, "non-ASCII"),
        ({"X-A": 5}, TypeError, "must have a str value"),
        ({5: "v"}, TypeError, "header names must be str"),
        (["X-A", "v"], TypeError, "headers must be a mapping"),
    ],
)
def test_headers_that_cannot_be_sent_are_refused_naming_the_header(
    layer: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message) as info:
        merge_headers({"Authorization": "Bearer secret-token"}, layer)  # type: ignore[arg-type]
    assert "secret-token" not in str(info.value)
