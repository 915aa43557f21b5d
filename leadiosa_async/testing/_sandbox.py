"""Sandbox: an in-memory Leadiosa API, as an ASGI application, driven by openapi.json.

    sandbox = Sandbox()
    async with sandbox.client() as client:       # AsyncLeadiosa wired to it in-process
        conv = await client.conversations.create(channel="chat", contact={"email": "a@b.co"})

Served over HTTP by `python -m leadiosa_async.testing --port 8000` (needs the [sandbox] extra).
Per request: route (from the spec) -> faults -> auth -> rate limit -> validate (from the spec) ->
handler -> headers (X-RateLimit-*, X-Request-Id, X-API-Deprecation on deprecated operations).
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
import time
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

import attrs
import httpx

from .._client import AsyncLeadiosa
from .._sync import Leadiosa
from .._transport.auth import TokenProvider
from ..webhooks import sign
from . import _inbox, _knowledge, _workspace
from ._deliveries import Delivery, on_this_machine, send_in_background
from ._faults import ConnectionDropped, FaultInjector, Faults
from ._handlers import HANDLERS, Ctx
from ._http import ApiError, Receive, Request, Response, Scope, Send, read_request, send_response
from ._schema import SchemaChecker
from ._store import OWNER_ID, Store
from ._validate import validate_body, validate_query

# Well-known tokens of the in-memory sandbox: they unlock nothing real.
# public sandbox token (bandit B105)
OWNER_TOKEN = "sandbox-owner-token"  # noqa: S105  # nosec B105
# public sandbox token (bandit B105)
AGENT_TOKEN = "sandbox-agent-token"  # noqa: S105  # nosec B105
BASE_PATH = "/api/v1"
MAX_BODY = 11 * 1024 * 1024


@attrs.define
class _Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]


def _path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


def load_spec() -> dict[str, Any]:
    text = resources.files("leadiosa_async._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


class Sandbox:
    """An ASGI app implementing every operation of openapi.json in memory: `sandbox.client()` talks to it
    in-process; `python -m leadiosa_async.testing` serves it over HTTP.

    Args:
        rate_limit: Requests per window and token, with the API's rate-limit headers and 429s; None for no limit.
        rate_window: The window's length, in seconds (any length: 1.5 makes windows that end off whole seconds,
            and resets with a fraction).
        rate_window_start: Where windows start: at this Unix time plus whole multiples of `rate_window` (0: at
            multiples of the window; 0.37 shifts every window by 0.37 s, as a server whose windows start when it
            did).
        faults: Faults to inject (`Faults`); none by default.
        clock: Wall time for timestamps and windows (`FakeClock().time` for virtual time).
        tokens: Token to workspace member id; by default `OWNER_TOKEN` (the owner) and `AGENT_TOKEN` (an agent).
        examples: Start with the resources the spec's examples name, so documented examples work as written.
        forward_to: Also send every webhook delivery to this URL, which must be on this machine (a loopback
            host), as the API would send it to the endpoint: signed, and again while the answer is a 5xx. Every
            delivery is recorded in `deliveries` (and at `GET /_sandbox/deliveries`), with each attempt's status.
    """

    def __init__(
        self,
        *,
        rate_limit: int | None = 300,
        rate_window: float = 60.0,
        rate_window_start: float = 0.0,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.time,
        tokens: Mapping[str, str] | None = None,
        examples: bool = False,
        forward_to: str | None = None,
    ) -> None:
        if forward_to is not None and not on_this_machine(forward_to):
            raise ValueError(f"forward_to must be an http(s) URL on this machine (a loopback host), got {forward_to!r}")
        self.spec = load_spec()
        self.checker = SchemaChecker(self.spec)
        self.store = Store(clock)
        self.clock = clock
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.rate_window_start = rate_window_start
        self.faults = faults or Faults()
        self.injector = FaultInjector(self.faults)
        self.writes: dict[tuple[str, str, str], int] = {}  # (method, path, body digest) -> times applied
        self.duplicate_writes = 0
        self.tokens = dict(tokens or {OWNER_TOKEN: OWNER_ID, AGENT_TOKEN: "usr_41"})
        self.deliveries: list[Delivery] = []
        self.forward_to = forward_to
        self.requests = 0
        self._windows: dict[tuple[str, int], int] = {}
        self._routes = [
            _Route(op["operationId"], method.upper(), _path_pattern(path), op)
            for path, item in self.spec["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op
        ]

        self.examples = examples
        if examples:
            self.load_examples()

    def load_examples(self) -> None:
        """Add the resources the spec's examples name (conv_8f3c12, ct_5d2a90, art_19fe3c...), so the
        documented examples work against the sandbox as written."""
        s, paths = self.store, self.spec["paths"]

        def example(path: str, method: str = "get") -> Any:
            op = paths[path][method]
            status = next(code for code in op["responses"] if code.startswith("2"))
            return copy.deepcopy(op["responses"][status]["content"]["application/json"]["example"])

        contact = example("/contacts/{contact_id}")
        conv = example("/conversations/{conversation_id}")
        article = example("/knowledge/articles/{article_id}")
        webhook = example("/webhooks")["data"][0]
        s.contacts[contact["id"]] = contact
        s.conversations[conv["id"]] = conv
        s.messages[conv["id"]] = example("/conversations/{conversation_id}/messages")["data"]
        s.notes[conv["id"]] = example("/conversations/{conversation_id}/notes")["data"]
        s.articles[article["id"]] = article
        s.chunks[article["id"]] = example("/knowledge/articles/{article_id}/chunks")["data"]
        s.webhooks[webhook["id"]] = webhook
        s.secrets[webhook["id"]] = example("/webhooks", "post")["secret"]
        s.workspace = {**example("/workspace"), "owner_id": OWNER_ID}

    def reset(self) -> None:
        """Forget every resource, delivery and counted request: a fresh workspace."""
        self.store = Store(self.clock)
        self.deliveries.clear()
        self._windows.clear()
        self.injector.reset()
        self.writes.clear()
        self.duplicate_writes = 0
        if self.examples:
            self.load_examples()

    def client(self, token: str | TokenProvider | None = None, **kwargs: Any) -> AsyncLeadiosa:
        """An `AsyncLeadiosa` talking to this sandbox in-process (no network).

        Args:
            token: The token to use, or a provider of it; the owner's by default (`AGENT_TOKEN` for an agent).
            **kwargs: More `AsyncLeadiosa` options (`clock`, `max_retries`, `hooks`, ...).
        """
        http_client = httpx.AsyncClient(transport=_SandboxTransport(app=self))
        client = AsyncLeadiosa(token or OWNER_TOKEN, base_url="http://sandbox.localhost/api/v1",
                               http_client=http_client, **kwargs)  # fmt: skip
        client._owns_http_client = True
        return client

    def sync_client(self, token: str | TokenProvider | None = None, **kwargs: Any) -> Leadiosa:
        """A `Leadiosa` (the sync client) talking to this sandbox in-process (no network).

        Args:
            token: The token to use, or a provider of it; the owner's by default.
            **kwargs: More `Leadiosa` options.
        """
        http_client = httpx.AsyncClient(transport=_SandboxTransport(app=self))
        client = Leadiosa(token or OWNER_TOKEN, base_url="http://sandbox.localhost/api/v1",
                          http_client=http_client, **kwargs)  # fmt: skip
        client._async_client._owns_http_client = True
        return client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        self.requests += 1
        request = await read_request(scope, receive, MAX_BODY)
        request_id = f"req_{self.requests:08d}"
        headers = {"X-Request-Id": request_id}
        try:
            response = await self._handle(request, headers)
        except ApiError as exc:
            envelope = {"error": {"code": exc.code, "message": exc.message, "request_id": request_id}}
            response = Response(exc.status, envelope, exc.headers)
        except ConnectionDropped:
            # Over real HTTP: start the response, then break off, so the client sees the connection die.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})
            raise
        response.headers.update(headers)
        await send_response(send, response)

    async def _handle(self, request: Request, headers: dict[str, str]) -> Response:
        if request.method == "GET" and request.path == BASE_PATH + "/openapi.json":
            return Response(200, self.spec)  # the docs: "downloadable from /api/v1/openapi.json"
        if request.method == "GET" and request.path == "/_sandbox/stats":
            return Response(200, self.stats())
        if request.method == "GET" and request.path == "/_sandbox/state":  # what the calls so far did
            return Response(200, self.store.state())
        if request.method == "GET" and request.path == "/_sandbox/deliveries":  # the webhook deliveries so far
            return Response(200, {"data": [d.summary() for d in self.deliveries]})
        if request.method == "POST" and request.path == "/_sandbox/reset":  # for test runners
            self.reset()
            return Response(204)
        route, path_params = self._route(request)
        fault = await self.injector.before(route.operation_id, _request_key(request))
        member = self._authenticate(request)
        headers.update(self._count_request(request))
        if route.operation.get("deprecated"):
            headers["X-API-Deprecation"] = f"{route.operation_id} is deprecated: {route.operation['description']}"
        query = validate_query(self.checker, route.operation, request.query, self.spec)
        body = validate_body(self.checker, route.operation, request)
        ctx = Ctx(self.store, member, path_params, query, body, self._emit)
        handler = HANDLERS.get(route.operation_id)
        response = handler(ctx) if handler else _documented_example(route.operation)
        if request.method in ("POST", "PATCH") and response.status < 300:
            self._count_write(request)
        return self.injector.after(fault, route.operation_id, response)

    def _count_write(self, request: Request) -> None:
        """Count applied writes by (method, path, body): a non-idempotent write applied twice is a bug
        in whatever retried it (assuming, as the soak does, that every intended write is unique)."""
        key = (request.method, request.path, hashlib.sha256(request.body).hexdigest())
        self.writes[key] = self.writes.get(key, 0) + 1
        if self.writes[key] == 2:
            self.duplicate_writes += 1

    def stats(self) -> dict[str, int]:
        """Counters for soak tests (also served at GET /_sandbox/stats)."""
        return {"requests": self.requests, "writes": len(self.writes), "duplicate_writes": self.duplicate_writes}

    def _route(self, request: Request) -> tuple[_Route, dict[str, str]]:
        if not request.path.startswith(BASE_PATH + "/"):
            raise ApiError(404, "route_not_found", f"No route {request.path}; the API lives under {BASE_PATH}.")
        path = request.path.removeprefix(BASE_PATH)
        allowed = []
        for route in self._routes:
            match = route.pattern.match(path)
            if match and route.method == request.method:
                return route, match.groupdict()
            if match:
                allowed.append(route.method)
        if allowed:
            raise ApiError(405, "method_not_allowed", f"{request.method} is not allowed on {path}.",
                           {"Allow": ", ".join(sorted(allowed))})  # fmt: skip
        raise ApiError(404, "route_not_found", f"No route {request.method} {path}.")

    def _authenticate(self, request: Request) -> str:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        member = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if member is None:
            raise ApiError(401, "unauthorized", "Missing or invalid bearer token.")
        return member

    def _count_request(self, request: Request) -> dict[str, str]:
        """Fixed-window rate limit per token; the X-RateLimit-* headers of this response."""
        if self.rate_limit is None:
            return {}
        now = self.clock()
        index = self._window_index(now)
        key = (request.headers.get("authorization", ""), index)
        used = self._windows.get(key, 0) + 1
        self._windows = {k: v for k, v in self._windows.items() if k[1] == index}
        self._windows[key] = used
        reset = self._window_end(index)  # exactly where this window ends: the next starts there
        headers = {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": str(max(0, self.rate_limit - used)),
            "X-RateLimit-Reset": str(int(reset)) if reset == int(reset) else repr(reset),
        }
        if used > self.rate_limit:
            retry_after = str(max(1, int(reset - now + 0.999)))
            raise ApiError(429, "rate_limited", f"Rate limit exceeded; retry after {retry_after} seconds.",
                           {**headers, "Retry-After": retry_after})  # fmt: skip
        return headers

    def _window_end(self, index: int) -> float:
        return self.rate_window_start + (index + 1) * self.rate_window

    def _window_index(self, now: float) -> int:
        """The window `now` falls in: the one whose end (as reported) is after `now`, and the one before's is not."""
        index = math.floor((now - self.rate_window_start) / self.rate_window)
        while now >= self._window_end(index):  # the division's rounding, settled by the reported ends themselves
            index += 1
        while now < self._window_end(index - 1):
            index -= 1
        return index

    def _emit(self, event_type: str, data: dict[str, Any]) -> None:
        for endpoint in self.store.webhooks.values():
            if event_type not in endpoint["events"]:
                continue
            msg_id = self.store.new_id("msg")
            payload = json.dumps({"id": msg_id, "type": event_type, "timestamp": self.store.now(), "data": data},
                                 separators=(",", ":")).encode()  # fmt: skip
            secret = self.store.secrets[endpoint["id"]]
            headers = sign(payload, secret, msg_id=msg_id, timestamp=int(self.clock()))
            delivery = Delivery(endpoint["id"], endpoint["url"], event_type, headers, payload)
            self.deliveries.append(delivery)
            if self.forward_to is not None:
                send_in_background(delivery, self.forward_to)


def _request_key(request: Request) -> str:
    """What identifies a request for fault decisions: a retry of it is the same request."""
    digest = hashlib.sha256(request.body).hexdigest()[:16]
    query = "&".join(f"{k}={v}" for k, vs in sorted(request.query.items()) for v in vs)
    return f"{request.method} {request.path}?{query} {digest} {request.headers.get('x-request-key', '')}"


def _documented_example(operation: dict[str, Any]) -> Response:
    """For an operation the sandbox has no handler for (added to the spec later): its documented example."""
    for status, response in sorted(operation["responses"].items()):
        if status.startswith("2"):
            example = response.get("content", {}).get("application/json", {}).get("example")
            return Response(int(status), example)
    return Response(204)


HANDLER_MODULES = (_inbox, _knowledge, _workspace)  # importing them registers their handlers


class _SandboxTransport(httpx.ASGITransport):
    """In-process transport that turns a dropped-connection fault into what httpx would raise."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from exc
