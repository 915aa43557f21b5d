"""The commands: one per operation, built from the operations table and the client's method signatures, in a
group per tag, beside the long-running ones of `jobs.py`; `main` is the `leadiosa` entry point."""

from __future__ import annotations

import inspect
import json
import typing
from typing import Any

import click

from .._client import AsyncLeadiosa
from .._generated import _operations
from .._operation import Operation
from .agent import mcp
from .calls import convert, run
from .jobs import bulk, export, sandbox
from .output import emit, to_plain

OUTPUTS = click.Choice(["json", "jsonl", "table"])


def operations() -> list[Operation]:
    return list(_operations.OPERATIONS.values())


def arg_docs(doc: str) -> dict[str, str]:
    """The `Args:` section of a Google-style docstring: {name: description}."""
    found: dict[str, str] = {}
    lines = doc.splitlines()
    if "Args:" not in lines:
        return found
    name = None
    for line in lines[lines.index("Args:") + 1 :]:
        if not line.strip() or (not line.startswith(" ") and line.rstrip().endswith(":")):
            break
        head, sep, text = line.strip().partition(": ")
        if line.startswith("    ") and not line.startswith("        ") and sep and head.isidentifier():
            name = head
            found[name] = text
        elif name is not None:
            found[name] += " " + line.strip()
    return found


def _command(op: Operation) -> click.Command:
    method = getattr(getattr(AsyncLeadiosa, op.tag).fget(_Probe()), op.method_name)
    hints = typing.get_type_hints(method)
    helps = arg_docs(inspect.getdoc(method) or "")
    params: list[click.Parameter] = []
    names: list[tuple[str, bool]] = []  # (python name, positional)
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        positional = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        names.append((name, positional))
        if positional:
            params.append(click.Argument([name]))
        elif hints.get(name) is bool or hints.get(name) == bool | None:
            flag = name.replace("_", "-")
            params.append(click.Option([f"--{flag}/--no-{flag}", name], default=None, help=helps.get(name)))
        else:
            params.append(click.Option([f"--{name.replace('_', '-')}", name], default=None, metavar="VALUE",
                                       help=helps.get(name)))  # fmt: skip
    if op.paginated:
        params.append(click.Option(["--all", "every_page"], is_flag=True, help="every item of every page"))

    @click.pass_context
    def callback(ctx: click.Context, /, **given: Any) -> None:
        every_page = given.pop("every_page", False)
        args = [convert(hints.get(name), given[name]) for name, positional in names if positional]
        kwargs = {
            name: given[name] if isinstance(given[name], bool) else convert(hints.get(name), given[name])
            for name, positional in names
            if not positional and given.get(name) is not None
        }
        settings, output = ctx.obj["settings"], ctx.obj["output"]

        async def work(client: AsyncLeadiosa) -> Any:
            bound = getattr(getattr(client, op.tag), op.method_name)
            if every_page:
                items = []
                async for item in client.paginate(bound, *args, **kwargs):
                    if output == "jsonl":
                        click.echo(json.dumps(to_plain(item), default=str))
                    else:
                        items.append(item)
                return None if output == "jsonl" else items
            return await bound(*args, **kwargs)

        result = run(settings, work)
        if result is not None:
            emit(result, output)

    doc = (inspect.getdoc(method) or op.operation_id).split("\n\n")[0]
    return click.Command(op.method_name.replace("_", "-"), params=params, callback=callback, help=doc)


class _Probe:
    """Enough of a client to reach the namespace objects (their methods carry the signatures)."""

    _transport = None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "LEADIOSA"})
@click.option("--base-url", envvar="LEADIOSA_BASE_URL", default=None, help="the API's base URL")
@click.option("--timeout", type=float, default=None, help="seconds per attempt")
@click.option("--max-retries", type=int, default=None)
@click.option("--output", "-o", type=OUTPUTS, default="json", show_default=True)
@click.pass_context
def main(ctx: click.Context, base_url: str | None, timeout: float | None, max_retries: int | None, output: str) -> None:
    """The Leadiosa REST API v1 from the command line (token from LEADIOSA_TOKEN or LEADIOSA_TOKEN_FILE)."""
    settings: dict[str, Any] = {}
    if base_url:
        settings["base_url"] = base_url
    if timeout is not None:
        settings["timeout"] = timeout
    if max_retries is not None:
        settings["max_retries"] = max_retries
    ctx.obj = {"settings": settings, "output": output}


def _build() -> None:
    groups: dict[str, click.Group] = {}
    for op in sorted(operations(), key=lambda o: (o.tag, o.method_name)):
        group = groups.get(op.tag)
        if group is None:
            group = groups[op.tag] = click.Group(op.tag, help=f"{op.tag} operations")
            main.add_command(group)
        group.add_command(_command(op))
    main.add_command(export)
    main.add_command(bulk)
    main.add_command(sandbox)
    main.add_command(mcp)


_build()
