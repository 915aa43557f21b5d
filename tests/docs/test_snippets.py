"""Every Python snippet in docs/ and the README runs, as written, against the sandbox served over HTTP
(with the resources the spec's examples name), so a snippet that stops working fails the build."""

from __future__ import annotations

import ast
import inspect
import urllib.request
import warnings
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from benchmarks.servers import redis_server, served_sandbox
from leadiosa_async import LeadiosaDeprecationWarning
from leadiosa_async.testing import OWNER_TOKEN
from tests.conftest import ROOT
from tests.docs.fences import fences


def snippets() -> list[tuple[str, str]]:
    return [found for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
            for found in fences(path, "python", ROOT)]  # fmt: skip


SNIPPETS = snippets()


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    with served_sandbox("--examples", "--rate-limit", "0") as sandbox, redis_server() as redis:
        yield sandbox, redis


def test_the_docs_have_snippets_to_run() -> None:
    assert len(SNIPPETS) > 40  # 27 reference examples and the guides'
    assert {name.split(":")[0] for name, _ in SNIPPETS} >= {"README.md", "docs/index.md", "docs/reference/audit.md"}


@pytest.mark.parametrize(("where", "code"), SNIPPETS, ids=[name for name, _ in SNIPPETS])
def test_snippet_runs(where: str, code: str, servers: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox, redis = servers
    monkeypatch.setenv("LEADIOSA_TOKEN", OWNER_TOKEN)
    monkeypatch.setenv("LEADIOSA_BASE_URL", sandbox + "/api/v1")
    monkeypatch.setenv("REDIS_URL", redis)
    request = urllib.request.Request(sandbox + "/_sandbox/reset", method="POST")  # noqa: S310 - loopback
    urllib.request.urlopen(request, timeout=10).close()  # noqa: S310 - our own loopback sandbox
    compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

    async def run() -> None:
        namespace: dict[str, Any] = {"__name__": "__snippet__"}
        result = eval(compiled, namespace)  # noqa: S307 - our own documentation
        if inspect.iscoroutine(result):
            await result

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LeadiosaDeprecationWarning)  # reference examples of deprecated operations
        if "asyncio.run(" in code:  # a complete script: it runs its own event loop
            exec(compile(code, where, "exec"), {"__name__": "__main__"})  # noqa: S102 - our own documentation
        else:
            anyio.run(run)
