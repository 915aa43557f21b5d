"""The Python API reference (mkdocstrings, docs/api/ and the namespace sections of docs/reference/) stays whole:
every public name has a page, and every documented object says what each of its parameters is, in Google
style. `mkdocs build --strict` (in `make test`) then fails on a parameter documented that does not exist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import griffe
import pytest

import leadiosa_async
from leadiosa_async import testing, webhooks
from tests.conftest import ROOT

DIRECTIVE = re.compile(r"^::: ([\w.]+)", re.M)
NOT_PAGES = {"UNSET", "Unset", "__version__"}  # constants, shown in the models page's text


def directives() -> list[str]:
    return sorted({m for p in (ROOT / "docs").rglob("*.md") for m in DIRECTIVE.findall(p.read_text("utf-8"))})


@pytest.fixture(scope="module")
def package() -> griffe.Module:
    loaded = griffe.load("leadiosa_async", search_paths=[str(ROOT)], docstring_parser="google")
    assert isinstance(loaded, griffe.Module)
    return loaded


def _documented(obj: Any, *sections: str) -> set[str]:
    names: set[str] = set()
    if obj is not None and obj.docstring is not None:
        for section in obj.docstring.parsed:
            if section.kind.value in sections:
                names |= {item.name.lstrip("*") for item in section.value}
    return names


def _params(function: Any) -> list[str]:
    return [p.name for p in function.parameters if p.name not in ("self", "cls") and not p.name.startswith("_")]


def gaps(obj: Any, path: str) -> Iterator[str]:
    """What `obj` (a class, function or module, as mkdocstrings renders it) leaves undocumented."""
    if obj.is_alias:
        obj = obj.final_target
    if not obj.docstring or not obj.docstring.value.strip():
        yield f"{path}: no docstring"
    if obj.is_module:
        for name in obj.exports or ():
            member = obj.members.get(str(name))
            if member is not None and (member.is_class or member.is_function or member.is_module):
                yield from gaps(member, f"{path}.{name}")
        return
    if obj.is_function:
        missing = [p for p in _params(obj) if p not in _documented(obj, "parameters", "other parameters")]
        if missing:
            yield f"{path}: parameters not described: {missing}"
        return
    init = obj.members.get("__init__")
    if init is not None and not init.is_alias and init.is_function:
        # a value class's `Attributes:` describe its constructor's arguments of the same names
        said = _documented(obj, "parameters", "other parameters", "attributes") | _documented(
            init, "parameters", "other parameters"
        )
        missing = [p for p in _params(init) if p not in said]
        if missing:
            yield f"{path}: constructor parameters not described: {missing}"
    public = {n: m for n, m in obj.members.items() if not n.startswith("_") and not m.is_alias}
    for name, member in public.items():
        if "property" in member.labels and not member.docstring:
            yield f"{path}.{name}: no docstring"
    fields = [n for n, m in public.items() if m.is_attribute and not m.docstring and "property" not in m.labels
              and (m.annotation is not None or "class-attribute" not in m.labels)]  # fmt: skip
    if init is None and fields:  # attrs classes, dataclasses: the annotated fields are the constructor's
        missing = [f for f in fields if f not in _documented(obj, "attributes", "parameters")]
        if missing:
            yield f"{path}: fields not described: {missing}"
    for name, member in public.items():
        if member.is_function and "property" not in member.labels:
            yield from gaps(member, f"{path}.{name}")


def test_every_public_name_has_a_reference_entry() -> None:
    listed = set(directives())
    wanted = {f"leadiosa_async.{n}" for n in leadiosa_async.__all__ if n not in NOT_PAGES}
    wanted |= {f"leadiosa_async.testing.{n}" for n in testing.__all__ if not n.isupper()}
    wanted |= {"leadiosa_async.redis_ratelimit.RedisRateStore", "leadiosa_async.otel.LeadiosaInstrumentor"}
    assert "leadiosa_async.webhooks" in listed and set(webhooks.__all__) > {"verify", "WebhookReceiver"}
    assert "leadiosa_async._generated.models" in listed
    assert not wanted - listed, f"public names without a reference entry: {sorted(wanted - listed)}"
    namespaces = {f"leadiosa_async._generated.namespaces.{t}" for t in ("conversations", "contacts", "billing")}
    assert {d.rsplit(".", 1)[0] for d in listed} >= namespaces


def test_every_parameter_of_the_reference_is_described(package: griffe.Module) -> None:
    problems = []
    for path in directives():
        obj = package[path.removeprefix("leadiosa_async.")] if path != "leadiosa_async" else package
        problems += list(gaps(obj, path))
    assert not problems, "\n".join(problems)
