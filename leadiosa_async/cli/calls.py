"""How a command calls the API: a client made from the command line's settings, and each argument's text as the
parameter's type."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import typing
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
import click

from .. import _exceptions as errors
from .._client import AsyncLeadiosa
from .output import fail


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
