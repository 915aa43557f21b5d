"""The sandbox's handler registry and what handlers share; the handlers live in _inbox.py, _knowledge.py and
_workspace.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ._http import ApiError, Response
from ._store import MEMBERS, OWNER_ID, Store


@attrs.define
class Ctx:
    store: Store
    actor: str  # the member the token belongs to
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    emit: Callable[[str, dict[str, Any]], None]


Handler = Callable[[Ctx], Response]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


def ok(body: Any, status: int = 200) -> Response:
    return Response(status, body)


def get_or_404(table: dict[str, dict[str, Any]], key: str, kind: str) -> dict[str, Any]:
    if key not in table:
        raise ApiError(404, f"{kind}_not_found", f"{kind.capitalize()} {key} does not belong to this workspace.")
    return table[key]


def owner_only(ctx: Ctx) -> None:
    if ctx.actor != OWNER_ID:
        raise ApiError(403, "owner_only", "Only the workspace owner's token may do this.")


def check_member(assignee: str) -> None:
    if assignee not in MEMBERS:
        raise ApiError(422, "assignee_not_member", f"assignee_id {assignee} is not a member of this workspace.")
