"""`leadiosa`: the command line (the `cli` extra: click and rich). Every operation is a command, built from the
operations table and the client's method signatures (so it never drifts from the SDK):

    leadiosa contacts get ct_1
    leadiosa conversations list --status open --all --output jsonl
    leadiosa export audit list --out audit.jsonl [--resume]
    leadiosa bulk contacts update --in updates.jsonl --out results.jsonl [--resume]
    leadiosa sandbox --port 8000

Token from `LEADIOSA_TOKEN`, or read from the file `LEADIOSA_TOKEN_FILE` names (again after a 401), never
echoed; `--base-url` (or `LEADIOSA_BASE_URL`), `--timeout`, `--max-retries`;
`LEADIOSA_LOG=debug`. Results are JSON on stdout; errors are one line on stderr (with the request id) and an exit
code per error class (`EXIT_CODES`). click builds the commands at run time from the table (typer wants them as
functions); shell completion is click's: `eval "$(_LEADIOSA_COMPLETE=bash_source leadiosa)"`.
"""

from __future__ import annotations

import datetime
import inspect
import json
import os
import pathlib
import sys
import typing
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
import click

from . import _exceptions as errors
from ._client import AsyncLeadiosa
from ._generated import _operations
from ._protocol import Operation, Page

EXIT_CODES: dict[type[Exception], int] = {  # one per error class, most specific first; 2 is usage (click)
    errors.AuthenticationError: 3,
    errors.PermissionDeniedError: 4,
    errors.NotFoundError: 5,
    errors.ConflictError: 6,
    errors.CursorExpiredError: 16,
    errors.BadRequestError: 7,
    errors.UnprocessableEntityError: 13,
    errors.PayloadTooLargeError: 14,
    errors.RateLimitError: 8,
    errors.InternalServerError: 9,
    errors.APIStatusError: 17,  # any other status
    errors.APITimeoutError: 11,
    errors.APIConnectionError: 10,
    errors.ResponseValidationError: 12,
    errors.ResponseTooLargeError: 15,
    errors.APIError: 18,  # any other error about a response
    errors.TokenProviderError: 19,  # LEADIOSA_TOKEN_FILE unreadable or empty
    errors.LeadiosaError: 1,
}
OUTPUTS = click.Choice(["json", "jsonl", "table"])


def operations() -> list[Operation]:
    return list(_operations.OPERATIONS.values())


def to_plain(value: Any) -> Any:
    """JSON-ready data: models as their API dicts, pages as {data, pagination}."""
    if isinstance(value, Page):
        pagination = {"has_more": value.has_more, "next_cursor": value.next_cursor}
        return {"data": [to_plain(item) for item in value.data], "pagination": pagination}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value


def emit(value: Any, output: str) -> None:
    plain = to_plain(value)
    if plain is None:
        return
    rows = plain if isinstance(plain, list) else None
    if isinstance(plain, dict) and "data" in plain and output != "json":
        rows = plain["data"]
    if output == "jsonl":
        for row in rows if rows is not None else [plain]:
            click.echo(json.dumps(row, default=str))
    elif output == "table":
        _table(rows if rows is not None else [plain])
    else:
        click.echo(json.dumps(plain, indent=2, default=str))


def _table(rows: list[Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    columns = list(dict.fromkeys(key for row in rows if isinstance(row, dict) for key in row))
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    Console().print(table)


def _cell(value: Any) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value, default=str)


def fail(exc: Exception) -> typing.NoReturn:
    """One line on stderr, with the request id when there is one; the exit code of the error's class."""
    request_id = getattr(exc, "request_id", None)
    suffix = f" (request_id={request_id})" if request_id and str(request_id) not in str(exc) else ""
    click.echo(f"leadiosa: {type(exc).__name__}: {exc}{suffix}", err=True)
    code = next((code for cls, code in EXIT_CODES.items() if isinstance(exc, cls)), 1)
    sys.exit(code)


def run(settings: dict[str, Any], work: Callable[[AsyncLeadiosa], Coroutine[Any, Any, Any]]) -> Any:
    """`work(client)` with a client made from the command line's settings; errors end the process."""

    async def main() -> Any:
        async with AsyncLeadiosa(**settings) as client:
            return await work(client)

    try:
        return anyio.run(main)
    except errors.LeadiosaError as exc:
        fail(exc)
    except (TypeError, ValueError) as exc:  # the SDK's argument checks
        raise click.UsageError(str(exc)) from None


def convert(annotation: Any, value: str) -> Any:
    """A command-line string as the parameter's type: numbers, booleans, dates; JSON for objects and lists; a path
    for a file."""
    kinds = set(typing.get_args(annotation)) | {annotation}
    if os.PathLike in {typing.get_origin(kind) or kind for kind in kinds}:  # a file argument: the value is its path
        return pathlib.Path(value)
    if int in kinds and value.lstrip("-").isdigit():
        return int(value)
    if float in kinds:
        try:
            return float(value)
        except ValueError:
            pass
    if datetime.datetime in kinds:
        return datetime.datetime.fromisoformat(value)
    if datetime.date in kinds:
        return datetime.date.fromisoformat(value)
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise click.BadParameter(f"not valid JSON: {exc}") from None
    return value


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
    from ._cli_jobs import bulk, export, sandbox

    main.add_command(export)
    main.add_command(bulk)
    main.add_command(sandbox)


_build()
