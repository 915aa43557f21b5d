"""Request URLs appended to the base URL parsed once (`_transport/urls.py`) are exactly the URLs httpx's own
parser makes of the same text, for the paths the SDK builds, for paths it could never build, and for odd base
URLs; and the shortcut is in use with the httpx the SDK is installed with."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadiosa_async._client_options import DEFAULT_BASE_URL
from leadiosa_async._protocol import path_segment
from leadiosa_async._transport.urls import UrlBuilder

BASES = [
    DEFAULT_BASE_URL,
    "https://leadiosa.com/api/v1/",
    "http://127.0.0.1:8080",
    "https://user:p%40ss@leadiosa.com:443/api/v1",
    "https://[::1]:9000/base path/ü",
    "https://bücher.example/api",
    "https://leadiosa.com/a/../v1",  # httpx's parser resolves the base's dot segments itself
    "https://leadiosa.com/api/..",  # ... and resolved alone, this one would end in '/'
    "https://leadiosa.com/api?key=1",  # a query or fragment in the base: httpx parses every URL
    "https://leadiosa.com/api#top",
]

segment_values = st.one_of(
    st.text(min_size=1, max_size=20).filter(lambda s: s not in (".", "..")),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.dates(),
)
literal_parts = st.sampled_from(["conversations", "messages", "workspace:restore", "a.b", "~x", "%41", "%zz", "é", " "])
param_values = st.one_of(
    st.text(max_size=15), st.integers(), st.booleans(), st.lists(st.text(max_size=5), max_size=3), st.none()
)


def httpx_url(base: str, path: str, params: Any) -> httpx.URL:
    return httpx.URL(base.rstrip("/") + path, params=params)


def same(built: httpx.URL, expected: httpx.URL) -> None:
    assert built._uri_reference == expected._uri_reference  # every component, as httpx stores it
    assert str(built) == str(expected) and built.raw_path == expected.raw_path


@pytest.mark.fast_paths
@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(BASES),
    parts=st.lists(st.one_of(literal_parts, segment_values.map(lambda v: path_segment("p", v))), max_size=4),
    params=st.none() | st.dictionaries(st.text(min_size=1, max_size=8), param_values, max_size=4),
)
def test_a_built_url_is_the_url_httpx_parses_from_the_same_text(
    base: str, parts: list[str], params: dict[str, Any] | None
) -> None:
    path = "".join("/" + part for part in parts)
    same(UrlBuilder(base)(path, params), httpx_url(base, path, params))


@pytest.mark.parametrize(
    "path",
    ["/a/./b", "/a/../b", "/.well-known", "/with space", "/bad%escape", "/%e9t%C3%A9", "/ü", "/q?x=1", "", "/a//b"],
)
def test_paths_httpx_would_change_take_httpx_s_parser_and_agree(path: str) -> None:
    same(UrlBuilder(DEFAULT_BASE_URL)(path, {"limit": 5}), httpx_url(DEFAULT_BASE_URL, path, {"limit": 5}))


@pytest.mark.fast_paths
def test_the_shortcut_is_in_use_for_the_default_base_url_and_not_for_a_base_with_a_query() -> None:
    """If an httpx release changed its URL internals, this fails (rather than every call silently
    parsing twice)."""
    assert UrlBuilder(DEFAULT_BASE_URL).fast
    assert UrlBuilder("http://127.0.0.1:8080/").fast
    assert not UrlBuilder("https://leadiosa.com/api?key=1").fast
    assert not UrlBuilder("https://leadiosa.com/a/../v1").fast
    assert not UrlBuilder("/relative/base").fast


@pytest.mark.fast_paths
def test_a_path_the_sdk_builds_is_appended_without_parsing_and_any_other_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builder = UrlBuilder("https://leadiosa.com/api/X/")  # parsed here, once
    assert builder.base == "https://leadiosa.com/api/X"  # only the trailing slash goes

    def no_parsing(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed again")

    monkeypatch.setattr(httpx._urls, "urlparse", no_parsing)
    url = builder("/contacts/c_1", {"limit": 5})
    assert str(url) == "https://leadiosa.com/api/X/contacts/c_1?limit=5"
    with pytest.raises(AssertionError, match="parsed again"):
        builder("/contacts/a b")  # a space to quote: httpx's parser


def test_an_invalid_base_url_fails_as_httpx_reports_it_when_a_url_is_built() -> None:
    builder = UrlBuilder("https://leadiosa.com:notaport/api")
    assert not builder.fast
    with pytest.raises(httpx.InvalidURL):
        builder("/conversations")


def test_empty_and_missing_params_give_no_query() -> None:
    builder = UrlBuilder(DEFAULT_BASE_URL)
    no_params: tuple[dict[str, Any] | None, ...] = (None, {})
    for params in no_params:
        assert builder("/conversations", params).query == b""
        same(builder("/conversations", params), httpx_url(DEFAULT_BASE_URL, "/conversations", params))
    assert str(builder("/x", {"on": True, "n": None, "d": datetime.date(2026, 1, 2).isoformat()})) == (
        "https://leadiosa.com/api/v1/x?on=true&n=&d=2026-01-02"
    )
