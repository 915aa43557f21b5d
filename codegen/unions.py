"""Discriminated unions: openapi-python-client ignores `discriminator`, so codegen reads it from the
document and the union template (`templates/property_templates/union_property.py.jinja`) dispatches on
it — at any depth: responses, nested fields, list items, request bodies.

The variant is the one the discriminator's `mapping` names for the value, or (without a mapping) the
schema whose name is the value. A value the document does not list is a variant the API added later — additive,
by the API's versioning rule — and arrives as `UnknownVariant` (generated `types.py`), which keeps the whole
payload; so the union's type gains `| UnknownVariant` wherever it is declared (`unknown_variants`). A missing or
non-string discriminator raises `ValueError`, which the transport reports as `ResponseValidationError`; known
variants validate as strictly as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode

from .spec_model import SpecError

REF = "#/components/schemas/"


@dataclass(frozen=True)
class Discriminator:
    name: str  # the property that tells the variants apart
    cases: tuple[tuple[str, str], ...]  # (value, class name)

    @property
    def known(self) -> str:
        return ", ".join(repr(value) for value, _ in self.cases)


def _walk(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def discriminators(spec: dict[str, Any], data: GeneratorData) -> dict[frozenset[str], Discriminator]:
    """Every discriminated oneOf/anyOf of the document, keyed by the class names of its variants."""
    classes = {str(root): str(m.class_info.name) for m in data.models for root in m.roots if isinstance(root, str)}
    found: dict[frozenset[str], Discriminator] = {}
    for node, where in _walk(spec, "#"):
        variants = node.get("oneOf") or node.get("anyOf")
        disc = node.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(variants, list):
            continue
        name = disc.get("propertyName")
        refs = [v.get("$ref", "") for v in variants if isinstance(v, dict) and v.get("type") != "null"]
        if not isinstance(name, str) or not all(r.startswith(REF) and r[len(REF) :] in classes for r in refs):
            raise SpecError(f"{where}: a discriminator needs propertyName and $ref variants of components/schemas")
        mapping = disc.get("mapping") or {r[len(REF) :]: r for r in refs}
        cases = []
        for value, target in mapping.items():
            schema = target[len(REF) :] if str(target).startswith(REF) else str(target)
            if schema not in classes or REF + schema not in refs:
                raise SpecError(f"{where}: discriminator mapping {value!r} -> {target!r} is not one of the variants")
            cases.append((str(value), classes[schema]))
        key = frozenset(classes[r[len(REF) :]] for r in refs)
        if key in found and found[key].cases != tuple(cases):
            raise SpecError(f"{where}: the same variants are discriminated two different ways")
        found[key] = Discriminator(name, tuple(cases))
    return found


def discriminator_filter(table: dict[frozenset[str], Discriminator]) -> Any:
    """The jinja filter `property | discriminator`: the union's Discriminator, or None."""

    def lookup(prop: Any) -> Discriminator | None:
        return table.get(_names(prop))

    return lookup


def _names(prop: Any) -> frozenset[str]:
    return frozenset(str(p.class_info.name) for p in getattr(prop, "inner_properties", []) if hasattr(p, "class_info"))


@contextlib.contextmanager
def unknown_variants(table: dict[frozenset[str], Discriminator]) -> Iterator[None]:
    """While rendering: every discriminated union's Python type also names `UnknownVariant` wherever the union is
    declared (model fields, return types, arguments; the templates import it, and ruff drops the import where it
    is not used). The pinned generator builds a union's type from its members; this adds the one member no schema
    describes."""
    inner = UnionProperty._get_inner_type_strings

    def inner_with_unknown(self: UnionProperty, json: bool) -> set[PythonCode]:
        found: set[PythonCode] = inner(self, json)
        if not json and _names(self) in table:
            found.add(PythonCode("UnknownVariant"))
        return found

    UnionProperty._get_inner_type_strings = inner_with_unknown  # type: ignore[method-assign]
    try:
        yield
    finally:
        UnionProperty._get_inner_type_strings = inner  # type: ignore[method-assign]
