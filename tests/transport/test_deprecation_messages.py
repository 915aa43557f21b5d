"""What a deprecation warning says, and the log line beside it, whatever its location (the location is checked
in test_deprecations.py; these run under `make mutate` too, where mutmut's trampolines move the frames)."""

from __future__ import annotations

import logging
import warnings

import pytest
import respx

from leadiosa_async import AsyncLeadiosa, LeadiosaDeprecationWarning, LeadiosaError
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async._transport.deprecation import DeprecationTracker
from tests.conftest import BASE_URL, TOKEN, WORKSPACE

ASSIGN = OPERATIONS["conversations_assign"]
GET = OPERATIONS["conversations_get"]
NOTE = ASSIGN.deprecation_note.removeprefix("Deprecated:").strip()


def test_a_spec_deprecation_quotes_the_spec_without_its_prefix(caplog: pytest.LogCaptureFixture) -> None:
    tracker = DeprecationTracker()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"), pytest.warns(LeadiosaDeprecationWarning) as seen:
        tracker.check_operation(ASSIGN)
        tracker.check_operation(ASSIGN)  # once per operation
        tracker.check_operation(GET)  # not deprecated: nothing
    expected = f"conversations_assign (POST /conversations/{{conversation_id}}/assign) is deprecated: {NOTE}"
    assert [str(w.message) for w in seen] == [expected]
    assert [r.getMessage() for r in caplog.records] == [expected]
    assert ASSIGN.deprecation_note.startswith("Deprecated: ") and not NOTE.startswith("Deprecated")


def test_a_header_deprecation_quotes_the_header_or_says_it_came(caplog: pytest.LogCaptureFixture) -> None:
    tracker = DeprecationTracker()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"), pytest.warns(LeadiosaDeprecationWarning) as seen:
        tracker.check_response(GET, "  moving to v2  ")
        tracker.check_response(ASSIGN, "   ")
        tracker.check_response(GET, None)
    assert [str(w.message) for w in seen] == [
        "conversations_get (GET /conversations/{conversation_id}) is deprecated: moving to v2",
        "conversations_assign (POST /conversations/{conversation_id}/assign) is deprecated: "
        "the API sent X-API-Deprecation",
    ]
    assert [r.getMessage() for r in caplog.records] == [str(w.message) for w in seen]
    assert tracker.seen == {("GET", GET.path), ("POST", ASSIGN.path)}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_with_options_client_shares_its_parent_s_record_of_warnings(
    anyio_backend: str, mock_api: respx.MockRouter
) -> None:
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={"X-API-Deprecation": "use /v2/workspace"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.warns(LeadiosaDeprecationWarning):
            await client.workspace.get()
        child = client.with_options(max_retries=1)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await child.workspace.get()  # warned once already, by the parent: not again


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_calling_a_spec_deprecated_operation_warns_once_by_its_name_before_sending(
    anyio_backend: str, mock_api: respx.MockRouter
) -> None:
    route = mock_api.post("/conversations/c_1/assign").respond(500)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, max_retries=0) as client:
        with pytest.warns(LeadiosaDeprecationWarning) as seen, pytest.raises(LeadiosaError):
            await client.conversations.assign("c_1", assignee_id="u_1")
        assert [str(w.message) for w in seen] == [
            f"conversations_assign (POST /conversations/{{conversation_id}}/assign) is deprecated: {NOTE}"
        ]
        assert route.call_count == 1


class _Frame:
    """A stand-in stack frame: its file, and the frame that called it."""

    def __init__(self, filename: str, back: _Frame | None) -> None:
        self.f_code = type("Code", (), {"co_filename": filename})()
        self.f_back = back


def test_the_stack_level_counts_the_sdk_s_frames_up_to_the_first_one_outside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The frame walk on its own, on stand-in frames (real frames are checked in test_deprecations.py, which
    mutation runs leave out: mutmut's trampolines sit between the SDK's frames)."""
    from leadiosa_async import _warnings

    user = _Frame("/home/someone/app.py", _Frame("/home/someone/main.py", None))
    sdk_outer = _Frame(_warnings.PACKAGE_DIR + "/_client.py", user)
    sdk_inner = _Frame(_warnings.PACKAGE_DIR + "/_transport/pipeline.py", sdk_outer)
    stack = [sdk_inner, sdk_outer, user]  # _getframe(1) is the frame that called caller_stacklevel

    class _Sys:
        @staticmethod
        def _getframe(depth: int) -> _Frame:
            return stack[depth - 1]

    monkeypatch.setattr(_warnings, "sys", _Sys)
    assert _warnings.caller_stacklevel() == 3  # warn()'s caller (1), the SDK frame above it (2), the user (3)
    stack[:] = [user]
    assert _warnings.caller_stacklevel() == 1
    stack[:] = [_Frame(_warnings.PACKAGE_DIR + "/x.py", None)]  # the SDK at the bottom of the stack
    assert _warnings.caller_stacklevel() == 2


def test_a_warning_is_raised_at_the_computed_level_or_relayed_to_the_sync_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leadiosa_async import _warnings

    raised: list[tuple[str, type[Warning], int]] = []
    monkeypatch.setattr(_warnings, "caller_stacklevel", lambda: 7)
    monkeypatch.setattr(warnings, "warn", lambda m, c, stacklevel=1: raised.append((m, c, stacklevel)))
    _warnings.emit_deprecation("gone soon")
    assert raised == [("gone soon", LeadiosaDeprecationWarning, 7)]
    relay: list[str] = []
    token = _warnings.RELAY.set(relay)  # in the sync client's loop thread: handed over, not raised there
    try:
        _warnings.emit_deprecation("gone later")
    finally:
        _warnings.RELAY.reset(token)
    assert relay == ["gone later"] and len(raised) == 1
