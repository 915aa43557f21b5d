"""The sandbox's in-memory workspace: resources as API-shaped dicts, IDs, versions and cursors."""

from __future__ import annotations

import base64
import datetime
import itertools
import json
from collections.abc import Callable
from typing import Any

from ._http import ApiError

OWNER_ID = "usr_owner"
MEMBERS = {OWNER_ID: "Owner", "usr_41": "Agent 41", "usr_2": "Agent 2"}


def iso(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts, datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """All resources of one workspace. Lists keep insertion order (oldest first)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._ids = itertools.count(1)
        created = iso(clock())
        self.workspace: dict[str, Any] = {
            "id": "ws_sandbox", "name": "Sandbox Workspace", "status": "active", "owner_id": OWNER_ID,
            "created_at": created,
        }  # fmt: skip
        self.closed_at: str | None = None
        self.contacts: dict[str, dict[str, Any]] = {}
        self.conversations: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.notes: dict[str, list[dict[str, Any]]] = {}
        self.articles: dict[str, dict[str, Any]] = {}
        self.chunks: dict[str, list[dict[str, Any]]] = {}
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.secrets: dict[str, str] = {}
        self.audit: list[dict[str, Any]] = []
        self.ai_tokens_used = 0
        self.versions: dict[str, int] = {}

    def state(self) -> dict[str, Any]:
        """Every resource as the API shows it, plus what the API keeps out of view (webhook secrets,
        AI tokens used): what a test compares to see what a call did (GET /_sandbox/state)."""
        return {
            "workspace": dict(self.workspace, closed_at=self.closed_at),
            "contacts": self.contacts, "conversations": self.conversations, "messages": self.messages,
            "notes": self.notes, "articles": self.articles, "chunks": self.chunks, "webhooks": self.webhooks,
            "webhook_secrets": self.secrets, "audit": self.audit, "ai_tokens_used": self.ai_tokens_used,
        }  # fmt: skip

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    def now(self) -> str:
        return iso(self.clock())

    def changed(self, *listings: str) -> None:
        """The listed data changed: cursors handed out for these listings expire."""
        for listing in listings:
            self.versions[listing] = self.versions.get(listing, 0) + 1

    def record(self, action: str, actor_id: str, resource_type: str, resource_id: str | None) -> None:
        event = {"id": self.new_id("aud"), "action": action, "actor_type": "user", "actor_id": actor_id,
                 "resource_type": resource_type, "occurred_at": self.now()}  # fmt: skip
        if resource_id:
            event["resource_id"] = resource_id
        self.audit.append(event)
        self.changed("audit")

    # -- cursor pagination ------------------------------------------------------------------
    def page(self, listing: str, items: list[dict[str, Any]], query: dict[str, Any]) -> dict[str, Any]:
        """A page of `items` (already filtered by `query`); cursors name the listing and its filters."""
        limit = query.get("limit", 25)
        filters = sorted((k, str(v)) for k, v in query.items() if k not in ("limit", "after"))
        scope = listing + "?" + "&".join(f"{k}={v}" for k, v in filters)
        offset = self._offset(listing, scope, query.get("after"))
        chunk = items[offset : offset + limit]
        pagination: dict[str, Any] = {"has_more": offset + limit < len(items)}
        if pagination["has_more"]:
            token = json.dumps({"l": scope, "v": self.versions.get(listing, 0), "o": offset + limit})
            pagination["next_cursor"] = "cur_" + base64.urlsafe_b64encode(token.encode()).decode().rstrip("=")
        return {"data": chunk, "pagination": pagination}

    def _offset(self, listing: str, scope: str, cursor: str | None) -> int:
        if cursor is None:
            return 0
        try:
            raw = cursor.removeprefix("cur_")
            state = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
            offset, version, owner = int(state["o"]), int(state["v"]), state["l"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ApiError(400, "cursor_invalid", "after is not a cursor this API handed out.") from exc
        if owner != scope or offset < 0:
            raise ApiError(400, "cursor_invalid", "after belongs to a different listing.")
        if version != self.versions.get(listing, 0):
            raise ApiError(400, "cursor_expired", "The listed data changed; start again from the first page.")
        return offset
