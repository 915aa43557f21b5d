"""The MCP server: the allowed tools of `catalog.py`, each call made through one SDK client (the same token
handling, rate-limit gate and store, retries, deadlines and typed errors as the service's own calls), over stdio or
streamable HTTP on 127.0.0.1. Built on the official `mcp` SDK's low-level server.

A result is the JSON of the response (a list tool's one page, with its cursor: pass `after` for the next). An
error is a tool error whose text carries the error's class, code, message and request id (and for a 429, how long
to wait), never the server's crash; an argument the SDK refuses is one too. The token is in no result and no error:
the SDK keeps it out of its messages, and any text that would carry it is refused here as a last guard.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Sequence
from typing import Any

import mcp_types as types
from mcp.server.lowlevel import Server

from .._client import AsyncLeadiosa
from .._exceptions import APIStatusError, LeadiosaError, RateLimitError
from .._version import __version__
from .catalog import Tool

INSTRUCTIONS = (
    "Tools of the Leadiosa REST API v1 (a customer-support platform): conversations, messages, notes, contacts, "
    "the knowledge base, webhooks, the audit log. List tools return one page; pass its next_cursor as `after` for "
    "the next. A rate-limited call says how long to wait."
)


class Session:
    """What the server allows, and the writes made so far (for `max_writes`)."""

    def __init__(
        self,
        client: AsyncLeadiosa,
        tools: Sequence[Tool],
        max_writes: int | None,
        token: str,
        upload_dir: pathlib.Path | None = None,
    ) -> None:
        self.client = client
        self.upload_dir = (upload_dir or pathlib.Path.cwd()).resolve()  # an upload reads files under it only
        self.tools = {tool.name: tool for tool in tools}
        self.max_writes = max_writes
        self.writes = 0
        self._token = token

    def listed(self) -> list[types.Tool]:
        return [_as_mcp(tool) for tool in self.tools.values()]

    async def call(self, name: str, arguments: dict[str, Any] | None) -> types.CallToolResult:
        tool = self.tools.get(name)
        if tool is None:  # not served: refused exactly as an unknown name
            return self._error(f"no tool named {name!r}")
        if tool.kind != "read" and self.max_writes is not None and self.writes >= self.max_writes:
            return self._error(f"{name}: refused: this session's writes are used up (--max-writes {self.max_writes})")
        method = getattr(getattr(self.client, tool.operation.tag), tool.operation.method_name)
        try:
            kwargs = self._arguments(tool, arguments or {})
            self.writes += tool.kind != "read"  # a write refused before this point was never a write
            result = await method(**kwargs)
        except LeadiosaError as exc:
            return self._error(describe(exc))
        except (TypeError, ValueError) as exc:  # refused here or by the SDK's argument checks: nothing was sent
            return self._error(f"{name}: invalid arguments: {exc}")
        plain = result.to_dict() if hasattr(result, "to_dict") else result  # a model or a page; None for a 204
        text = json.dumps(plain, default=str)
        if self._token and self._token in text:  # never: the API does not echo tokens; a last guard
            return self._error(f"{name}: the response was withheld: it contains the API token")
        structured = plain if isinstance(plain, dict) else None
        return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=structured)

    def _arguments(self, tool: Tool, arguments: dict[str, Any]) -> dict[str, Any]:
        """The tool's arguments as the method's keyword arguments; a file field's path as a path (the SDK reads it),
        only under the upload directory: an agent must not send the machine's other files to the API."""
        unknown = sorted(set(arguments) - set(tool.schema["properties"]))
        if unknown:
            raise TypeError(f"unexpected argument(s) {', '.join(unknown)}")
        found = dict(arguments)
        for name in tool.files & set(found):
            if not isinstance(found[name], str):
                raise TypeError(f"{name} must be the path of a local file")
            path = (self.upload_dir / found[name]).resolve()
            if not path.is_relative_to(self.upload_dir):
                raise ValueError(f"{name}: {found[name]!r} is outside the upload directory ({self.upload_dir})")
            found[name] = path
        return found

    def _error(self, text: str) -> types.CallToolResult:
        if self._token and self._token in text:
            text = text.replace(self._token, "[token]")
        return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)


def describe(exc: LeadiosaError) -> str:
    """An SDK error as an agent reads it: class, status and code, message, request id, and how long to wait."""
    parts = [type(exc).__name__]
    if isinstance(exc, APIStatusError):
        parts.append(f"status={exc.status_code} code={exc.code}")
    parts.append(f"message={getattr(exc, 'message', str(exc))}")
    request_id = getattr(exc, "request_id", None)
    if request_id:
        parts.append(f"request_id={request_id}")
    if isinstance(exc, RateLimitError) and exc.retry_after is not None:
        parts.append(f"retry_after={exc.retry_after:.1f}s (wait that long before calling again)")
    return "; ".join(parts)


def _as_mcp(tool: Tool) -> types.Tool:
    annotations = types.ToolAnnotations(
        title=tool.summary,
        read_only_hint=tool.kind == "read",
        destructive_hint=tool.kind == "destructive",
        idempotent_hint=tool.operation.idempotent,
        open_world_hint=False,
    )
    return types.Tool(name=tool.name, description=tool.description, input_schema=tool.schema, annotations=annotations)


def build(session: Session) -> Server[Any]:
    """The MCP server of one session's allowed tools."""

    async def list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return types.ListToolsResult(tools=session.listed())

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        return await session.call(params.name, params.arguments)

    return Server(
        "leadiosa",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def serve_stdio(session: Session) -> None:
    from mcp.server.stdio import stdio_server

    server = build(session)
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


async def serve_http(session: Session, port: int) -> None:
    import uvicorn

    app = build(session).streamable_http_app(host="127.0.0.1")
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    await uvicorn.Server(config).serve()
