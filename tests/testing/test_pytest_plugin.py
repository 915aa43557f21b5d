"""The users' pytest plugin, as a user's project meets it: a test file of theirs, run by pytest in a subprocess,
finds the fixtures with no configuration (the installed package's `pytest11` entry point), in async tests on
asyncio and trio (anyio's plugin) and in plain sync tests, in virtual time."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = '''
import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param


def open_count(client):
    """The user's own code under test."""
    return len(client.conversations.list(status="open").data)


def test_sync_service_code(leadiosa_sync_client):
    assert open_count(leadiosa_sync_client) == 0
    leadiosa_sync_client.conversations.create(channel="chat", contact={"email": "a@example.com"})
    assert open_count(leadiosa_sync_client) == 1


@pytest.mark.anyio
async def test_async_service_code(leadiosa_client, leadiosa_sandbox):
    conv = await leadiosa_client.conversations.create(channel="chat", contact={"email": "b@example.com"})
    assert (await leadiosa_client.conversations.get(conv.id)).id == conv.id
    assert leadiosa_sandbox.stats()["requests"] == 2


def test_each_test_gets_a_fresh_sandbox(leadiosa_sync_client):
    assert open_count(leadiosa_sync_client) == 0


def test_rate_limits_pass_in_virtual_time(leadiosa_sync_client, leadiosa_clock):
    started = leadiosa_clock.now
    for _ in range(301):  # one more than a window allows: the client waits for the next window
        leadiosa_sync_client.workspace.get()
    assert leadiosa_clock.now - started >= 1 and leadiosa_clock.sleeps
'''


def test_a_users_suite_gets_the_fixtures_without_configuration(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_service=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "anyio", "-q")
    result.assert_outcomes(passed=5)  # the async test on asyncio and on trio
