"""`leadiosa export`, `leadiosa bulk` and `leadiosa sandbox`: the long-running commands, resumable.

export: every item of a list, one JSON line each, written page by page. After each page, a checkpoint next to
the file (`FILE.state`: the lines written and the cursor after them) is replaced atomically. `--resume` cuts the
file back to the checkpoint's lines (a page half-written when the process died) and continues from its cursor; if
that cursor expired (the listed data changed), it starts over and skips the items already written, by id (their
ids are then held in memory). No duplicate, no gap.

bulk: `client.bulk` over a JSONL file of argument sets; one result line per item (`{"index", "outcome",
"value"|"error"}`) appended as they finish. `--resume` skips every index that already has a result line, "unknown"
ones included (never re-sent): they are listed on stderr for the operator to reconcile.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .._client import AsyncLeadiosa
from .._exceptions import CursorExpiredError
from .._operation import LANES, Lane
from .calls import convert, run
from .output import to_plain


def _method(client: AsyncLeadiosa, tag: str, name: str) -> Any:
    namespace = getattr(client, tag, None)
    method = getattr(namespace, name.replace("-", "_"), None)
    if method is None or not hasattr(method, "__leadiosa_operation__"):
        raise click.UsageError(f"no operation {tag} {name} (see `leadiosa --help`)")
    return method


def _progress(description: str) -> Any:
    """A progress bar on stderr (stdout stays clean for results)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)  # fmt: skip


PRIORITY_HELP = (
    "its calls' lane at the rate-limit gate: background leaves interactive calls the reserve and goes after them"
)


def _filters(pairs: tuple[str, ...]) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="FILTERS")
        filters[name.replace("-", "_")] = convert(int if value.isdigit() else str, value)
    return filters


@click.command()
@click.argument("tag")
@click.argument("method")
@click.argument("filters", nargs=-1)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE.jsonl")
@click.option("--resume", is_flag=True, help="continue an interrupted export of the same list into the same file")
@click.option("--priority", type=click.Choice(LANES), default="background", show_default=True, help=PRIORITY_HELP)
@click.pass_context
def export(
    ctx: click.Context, tag: str, method: str, filters: tuple[str, ...], out: Path, resume: bool, priority: Lane
) -> None:
    """Every item of a list into a JSONL file (filters as NAME=VALUE), resumable."""
    state_path = out.with_name(out.name + ".state")
    params = _filters(filters)
    written, cursor = 0, None
    if resume and state_path.exists():
        state = json.loads(state_path.read_text())
        written, cursor = int(state["lines"]), state["cursor"]
        _truncate_lines(out, written)
    elif out.exists() and not resume:
        out.unlink()

    async def work(client: AsyncLeadiosa) -> int:
        nonlocal written, cursor
        bound = _method(client, tag, method)
        seen: set[Any] = set()  # after an expired cursor: the ids already written
        with out.open("a", encoding="utf-8") as sink, _progress(f"export {tag} {method}") as bar:
            task = bar.add_task("export", total=None, completed=written)
            after = cursor
            while True:
                try:
                    async for page in client.paginate(bound, after=after, priority=priority, **params).pages():
                        for item in page.data:
                            plain = to_plain(item)
                            if seen and plain.get("id") in seen:
                                continue
                            sink.write(json.dumps(plain, default=str) + "\n")
                            written += 1
                        sink.flush()
                        os.fsync(sink.fileno())
                        cursor = page.next_cursor
                        _checkpoint(state_path, written, cursor)
                        bar.update(task, completed=written)
                    return written
                except CursorExpiredError:
                    if after is None:
                        raise
                    click.echo(f"leadiosa: the cursor expired; starting over, skipping the {written} items "
                               "already written (by id)", err=True)  # fmt: skip
                    sink.flush()
                    with out.open(encoding="utf-8") as lines:
                        seen = {json.loads(line).get("id") for line in lines if line.strip()}
                    after = None

    total = run(ctx.obj["settings"], work)
    state_path.unlink(missing_ok=True)
    click.echo(f"leadiosa: exported {total} items to {out}", err=True)


def _checkpoint(path: Path, lines: int, cursor: str | None) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"lines": lines, "cursor": cursor}))
    os.replace(temporary, path)


def _truncate_lines(path: Path, lines: int) -> None:
    """Keep the first `lines` lines of `path` (what the checkpoint vouches for)."""
    if not path.exists():
        if lines:
            raise click.ClickException(f"{path} is gone but its checkpoint says {lines} lines were written")
        return
    with path.open("r+b") as handle:
        for _ in range(lines):
            if not handle.readline():
                raise click.ClickException(f"{path} has fewer lines than its checkpoint ({lines})")
        handle.truncate()


@click.command()
@click.argument("tag")
@click.argument("method")
@click.option("--in", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="results, one JSON line per item (default: FILE.results.jsonl)")  # fmt: skip
@click.option("--concurrency", type=int, default=None)
@click.option("--resume", is_flag=True, help="skip the items that already have a result")
@click.option("--priority", type=click.Choice(LANES), default="background", show_default=True, help=PRIORITY_HELP)
@click.pass_context
def bulk(
    ctx: click.Context,
    tag: str,
    method: str,
    source: Path,
    out: Path | None,
    concurrency: int | None,
    resume: bool,
    priority: Lane,
) -> None:
    """Run one operation over a JSONL file of argument sets; non-zero exit when any item failed."""
    out = out or source.with_name(source.stem + ".results.jsonl")
    done: dict[int, str] = {}
    if resume and out.exists():
        for line in out.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                done[int(row["index"])] = row["outcome"]
        unknown = sorted(index for index, outcome in done.items() if outcome == "unknown")
        if unknown:
            click.echo(f"leadiosa: not re-sent, reconcile by hand (outcome unknown): items {unknown}", err=True)
    elif out.exists():
        out.unlink()
    with source.open(encoding="utf-8") as lines:
        total = sum(1 for line in lines if line.strip())
    counts = {"ok": 0, "failed": 0, "unknown": 0}

    def items() -> Iterator[tuple[int, dict[str, Any]]]:
        with source.open(encoding="utf-8") as lines:
            index = 0
            for line in lines:
                if not line.strip():
                    continue
                if index not in done:
                    yield index, json.loads(line)
                index += 1

    async def work(client: AsyncLeadiosa) -> None:
        bound = _method(client, tag, method)
        indices: list[int] = []  # input positions of the items sent, by bulk index (grows with the file)

        def numbered() -> Iterator[dict[str, Any]]:
            for index, item in items():
                indices.append(index)
                yield item

        with out.open("a", encoding="utf-8") as sink, _progress(f"bulk {tag} {method}") as bar:
            task = bar.add_task("bulk", total=total, completed=len(done))
            async with client.bulk(bound, numbered(), concurrency=concurrency, priority=priority) as results:
                async for result in results:
                    row: dict[str, Any] = {"index": indices[result.index], "outcome": result.outcome}
                    if result.error is not None:
                        row["error"] = f"{type(result.error).__name__}: {result.error}"
                    else:
                        row["value"] = to_plain(result.value)
                    sink.write(json.dumps(row, default=str) + "\n")
                    sink.flush()
                    counts[result.outcome] += 1
                    bar.advance(task)

    try:
        run(ctx.obj["settings"], work)
    finally:
        click.echo(f"leadiosa: {counts['ok']} ok, {counts['failed']} failed, {counts['unknown']} unknown "
                   f"({len(done)} skipped as done before); results in {out}", err=True)  # fmt: skip
    if counts["failed"] or counts["unknown"]:
        sys.exit(1)


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("options", nargs=-1, type=click.UNPROCESSED)
def sandbox(options: tuple[str, ...]) -> None:
    """Serve the sandbox (the options of `python -m leadiosa_async.testing`, e.g. --port 8000)."""
    from ..testing.__main__ import main as serve

    sys.argv = ["leadiosa sandbox", *options]
    serve()


__all__ = ["bulk", "export", "sandbox"]
