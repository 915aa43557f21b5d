"""Discriminated unions: openapi-python-client ignores `discriminator`, so codegen reads it from the
document and the union template (`templates/property_templates/union_property.py.jinja`) dispatches on
it — at any depth: responses, nested fields, list items, request bodies.

The variant is the one the discriminator's `mapping` names for the value, or (without a mapping) the
schema whose name is the value. An unknown value raises `ValueError` naming it and the known ones, which
the transport reports as `ResponseValidationError` (a variant the API adds later needs a regeneration:
a new oneOf member is a new type, not a new value of a known one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData

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
        names = frozenset(
            str(p.class_info.name) for p in getattr(prop, "inner_properties", []) if hasattr(p, "class_info")
        )
        return table.get(names)

    return lookup
