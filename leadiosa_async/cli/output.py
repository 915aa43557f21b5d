"""What a command writes: its result on stdout (`json`, `jsonl` or a `table`), or its error as one line on stderr
and the exit code of the error's class (`EXIT_CODES`)."""

from __future__ import annotations

import json
import sys
import typing
from typing import Any

import click

from .. import _exceptions as errors

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


def to_plain(value: Any) -> Any:
    """JSON-ready data: models as their API dicts, pages as {data, pagination}."""
    if hasattr(value, "to_dict"):  # a model, or a page (its items as the API's dicts)
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
