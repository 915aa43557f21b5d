"""Namespace and method names for operations: the convention is the default, departures are mapped.

Convention (DESIGN §3): one tag, operationId `<tag>_<method>` in snake_case -> `client.<tag>.<method>`.
Departures are mapped, with a warning, never refused:
- no tag -> the namespace of the path's first segment; several tags -> the first;
- a tag or operationId that is not snake_case -> snake_cased (`get-Weird_thing.v2` -> `get_weird_thing_v2`),
  with a leading `<tag>_` stripped from the method; no operationId -> `<http method>_<path words>`;
- a name that collides with another operation's, or with a RESERVED name -> a deterministic `_2`, `_3`...

Names are stable: the table of the previous generation (`_generated/_names.json`) is read back first, so a
revision never renames an existing method; only new operations are named, in document order.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

# The one list of names operations may not take (tests/codegen/test_naming.py checks it against the code):
# attributes of the clients, which namespaces would shadow...
CLIENT_ATTRIBUTES = frozenset(
    {"aclose", "base_url", "bulk", "close", "max_retries", "paginate", "rate_limit", "request", "timeout",
     "with_options", "with_raw_response"}
)  # fmt: skip
# ...attributes of a namespace, which methods would shadow...
NAMESPACE_ATTRIBUTES = frozenset({"with_options", "with_raw_response"})
# ...and the command line's own commands (`leadiosa <namespace> <method>` sits beside them).
CLI_COMMANDS = frozenset({"bulk", "config", "export", "help", "import", "version"})
RESERVED_NAMESPACES = CLIENT_ATTRIBUTES | CLI_COMMANDS
RESERVED_METHODS = NAMESPACE_ATTRIBUTES


def snake(text: str) -> str:
    """snake_case of any identifier-ish text; never empty, never a keyword, never starting with a digit."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    if not text or text[0].isdigit():
        text = f"op_{text}" if text else "op"
    return f"{text}_" if keyword.iskeyword(text) else text


@dataclass
class Naming:
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (namespace, method)
    warnings: list[str] = field(default_factory=list)


def operation_key(method: str, path: str, op: dict[str, Any]) -> str:
    """What identifies an operation across revisions: its operationId, or `METHOD path` without one."""
    op_id = op.get("operationId")
    return str(op_id) if isinstance(op_id, str) and op_id else f"{method.upper()} {path}"


def derive(method: str, path: str, op: dict[str, Any]) -> tuple[str, str, str | None]:
    """(namespace, method, why it departs from the convention or None)."""
    tags = [t for t in op.get("tags") or [] if isinstance(t, str) and t]
    op_id = op.get("operationId")
    why: list[str] = []
    if tags:
        namespace = snake(tags[0])
        if len(tags) > 1:
            why.append(f"{len(tags)} tags, the first names the namespace")
        elif namespace != tags[0]:
            why.append(f"tag {tags[0]!r} is not snake_case")
    else:
        words = [w for w in path.split("/") if w and not w.startswith("{")]
        namespace = snake(words[0]) if words else "default"
        why.append("no tag: the namespace is the path's first segment")
    if isinstance(op_id, str) and op_id:
        name = snake(op_id)  # the operationId itself when it is snake_case and not a keyword
        if name != op_id:
            why.append(
                f"operationId {op_id!r} is {'a Python keyword' if keyword.iskeyword(op_id) else 'not snake_case'}"
            )
    else:
        name = snake(f"{method}_{path}")
        why.append("no operationId")
    rest = name[len(namespace) + 1 :] if name.startswith(namespace + "_") else ""
    if rest.isidentifier() and not keyword.iskeyword(rest):
        name = rest
    elif rest:  # `x_class`, `x_2fa`: the prefix stays, or the method would be `class`, `2fa`
        why.append(f"{rest!r} alone is not a Python name, so the method keeps the prefix")
    elif not why:
        why.append(f"operationId {op_id!r} does not start with '{namespace}_'")
    return namespace, name, "; ".join(why) or None


def assign(operations: list[tuple[str, str, str, dict[str, Any]]], previous: dict[str, str]) -> Naming:
    """Name every (key, method, path, op), keeping `previous` names ("namespace.method" by key)."""
    naming = Naming()
    taken: set[tuple[str, str]] = set()
    for key, *_ in operations:  # previous names first: they never change
        if key in previous and "." in previous[key]:
            namespace, method = previous[key].split(".", 1)
            naming.names[key] = (namespace, method)
            taken.add((namespace, method))
    for key, http_method, path, op in operations:
        if key in naming.names:
            continue
        namespace, method, why = derive(http_method, path, op)
        base_namespace = namespace
        suffix = 1
        while namespace in RESERVED_NAMESPACES:
            suffix += 1
            namespace = f"{base_namespace}_{suffix}"
        if namespace != base_namespace:
            why = f"{why + '; ' if why else ''}namespace {base_namespace!r} is reserved"
        base_method, suffix = method, 1
        while (namespace, method) in taken or method in RESERVED_METHODS:
            suffix += 1
            method = f"{base_method}_{suffix}"
        if method != base_method:
            why = f"{why + '; ' if why else ''}{namespace}.{base_method} is taken"
        taken.add((namespace, method))
        naming.names[key] = (namespace, method)
        if why:
            naming.warnings.append(f"{http_method.upper()} {path} ({key}) -> client.{namespace}.{method}: {why}")
    return naming
