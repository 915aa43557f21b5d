"""Private names of the HTTP stacks and asyncio are used only in `leadiosa_async/_stacks/`, each behind a version
check with a public way beside it (CI runs the transport suite with `LEADIOSA_PUBLIC_ONLY=1` to prove those): so a
release of httpx, httpx2, httpcore, aiohttp or asyncio that renames one breaks one file's fast path, not the SDK.

Outside `_stacks/`, the check refuses: importing a private module or name of those libraries; reading or writing
an attribute whose name is private in their sources and that the SDK does not define itself; and any private
attribute of an HTTP client or transport (an expression named `http...`), whose name may collide with the SDK's own
(`_transport`)."""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import cache
from pathlib import Path

import pytest

from leadiosa_async._stacks import PUBLIC_ONLY, httpx2_transport, httpx_private, known_release

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leadiosa_async"
STACKS = PACKAGE / "_stacks"
LIBRARIES = ("httpx", "httpx2", "httpcore", "httpcore2", "aiohttp", "httpx_aiohttp", "asyncio", "yarl", "h11")
PRIVATE = re.compile(r"\b(_[A-Za-z]\w*)")


def _sources(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.py"))


@cache
def library_private_names() -> frozenset[str]:
    """Every single-underscore identifier in the libraries' own sources."""
    names: set[str] = set()
    for library in LIBRARIES:
        spec = importlib.util.find_spec(library)
        assert spec is not None and spec.origin is not None, library
        for path in _sources(Path(spec.origin).parent):
            text = path.read_text("utf-8", errors="replace")
            names.update(n for n in PRIVATE.findall(text) if not n.startswith("__"))
    return frozenset(names)


@cache
def sdk_defined_names() -> frozenset[str]:
    """Private names the SDK defines itself: functions, classes, assigned names and attributes, outside `_stacks/`."""
    names: set[str] = set()
    for path in _sources(PACKAGE):
        if STACKS in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.alias) and node.asname:
                names.add(node.asname)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return frozenset(n for n in names if n.startswith("_") and not n.startswith("__"))


def _terminal(node: ast.expr) -> str:
    """The last name of an expression: `self._http` -> `_http`, `http_client` -> `http_client`."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _root(node: ast.expr) -> str:
    """The first name of an expression: `httpx.AsyncClient` -> `httpx`."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str) -> list[str]:
    """What `source` uses of the libraries' private names, as `line: text`."""
    found = []
    borrowed = library_private_names() - sdk_defined_names()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in LIBRARIES:
            parts = node.module.split(".")
            if any(p.startswith("_") for p in parts) or any(a.name.startswith("_") for a in node.names):
                found.append(f"{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] in LIBRARIES and any(p.startswith("_") for p in parts):
                    found.append(f"{node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ClassDef) and any(_root(base) in LIBRARIES for base in node.bases):
            methods = [m for m in node.body if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef)]
            for method in methods:  # overriding a library class's private method is using it
                if _private(method.name) and method.name in library_private_names():
                    found.append(f"{method.lineno}: def {method.name} (overrides {ast.unparse(node.bases[0])}'s)")
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            owner = _terminal(node.value).lstrip("_").lower()
            if owner == "sys":  # sys._getframe is documented: not a stack's
                continue
            if node.attr in borrowed or owner.startswith("http") or owner in LIBRARIES:
                found.append(f"{node.lineno}: .{node.attr} (of {ast.unparse(node.value)})")
    return sorted(found, key=lambda use: int(use.split(":")[0]))


def test_the_check_finds_what_it_is_for() -> None:
    source = (
        "import asyncio\nfrom httpx._urlparse import ParseResult\nimport httpcore._models\n"
        "response._content = b''\ndecoder = response._get_content_decoder()\n"
        "transport = http_client._transport\npool = self._http._mounts\nloop = asyncio._get_running_loop()\n"
        "self._transport = None\nvalue = self._private_of_ours\n"
        "class C(httpx.AsyncClient):\n    def _init_transport(self): ...\n    def _ours(self): ...\n"
    )
    assert [use.split(":")[0] for use in private_uses(source)] == ["2", "3", "4", "5", "6", "7", "8", "12"]


@pytest.mark.parametrize(
    "path", [p for p in _sources(PACKAGE) if STACKS not in p.parents], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_private_name_of_a_stack_outside_the_stacks_modules(path: Path) -> None:
    assert private_uses(path.read_text("utf-8")) == []


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.28.1", True), ("0.29", True), ("0.27.2", False), ("0.30.0", False), ("1.0.0", False),
     ("0.29rc1", False), ("dev", False)],
)  # fmt: skip
def test_a_fast_path_is_taken_only_on_the_minor_releases_it_was_tested_on(version: str, expected: bool) -> None:
    assert known_release(version, (0, 28), (0, 29)) is expected


def test_the_installed_stacks_are_releases_the_fast_paths_were_tested_on() -> None:
    """The versions this suite pins are inside `TESTED`, so the suite runs the fast paths (and the public-only run
    the public ways)."""
    assert httpx_private.FAST is not PUBLIC_ONLY and httpx_private.httpcore_fast() is not PUBLIC_ONLY
    assert httpx2_transport.FAST is not PUBLIC_ONLY
