"""`leadiosa mcp`: serve the API to agents as MCP tools (`leadiosa_async.mcp_server`; the `mcp` extra), safe by
default: reading tools only, unless told."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import anyio
import click

from .._operation import LANES


@click.command("mcp")
@click.option("--allow-writes", is_flag=True, help="also serve the operations that change data (POST, PATCH)")
@click.option("--allow-destructive", is_flag=True,
              help="also serve deletions and closing the workspace (needs --allow-writes)")  # fmt: skip
@click.option("--tools", "only", default=None, metavar="A,B,C", help="serve only these operations (by operationId)")
@click.option("--max-writes", type=click.IntRange(min=0), default=None, help="writes allowed in one session")
@click.option("--http", "port", type=click.IntRange(1, 65535), default=None,
              help="serve streamable HTTP on 127.0.0.1:PORT/mcp instead of stdio")  # fmt: skip
@click.option("--priority", type=click.Choice(LANES), default="interactive", show_default=True,
              help="the lane of the agent's calls at the rate-limit gate")  # fmt: skip
@click.option("--upload-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="the directory an upload may read files from (default: the working directory)")  # fmt: skip
@click.option("--redis-url", envvar="LEADIOSA_REDIS_URL", default=None,
              help="share the token's rate budget through this Redis (the redis extra)")  # fmt: skip
@click.pass_context
def mcp(
    ctx: click.Context,
    allow_writes: bool,
    allow_destructive: bool,
    only: str | None,
    max_writes: int | None,
    port: int | None,
    priority: str,
    upload_dir: Path | None,
    redis_url: str | None,
) -> None:
    """Serve the API as MCP tools over stdio (or --http), reading tools only unless told."""
    try:
        from ..mcp_server import Session, allowed, tools
        from ..mcp_server.server import serve_http, serve_stdio
    except ImportError as exc:
        raise click.ClickException(
            f"leadiosa mcp needs the mcp extra: pip install 'leadiosa-async[mcp]' ({exc})"
        ) from None
    names = [name.strip() for name in only.split(",") if name.strip()] if only is not None else None
    try:
        served = allowed(tools(), allow_writes=allow_writes, allow_destructive=allow_destructive, only=names)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None

    async def main() -> None:
        settings: dict[str, Any] = {**ctx.obj["settings"], "priority": priority}
        redis = None
        if redis_url:
            from redis.asyncio import Redis

            from ..redis_ratelimit import RedisRateStore

            redis = Redis.from_url(redis_url)
            settings["rate_store"] = RedisRateStore(redis)
        from .._client import AsyncLeadiosa

        try:
            async with AsyncLeadiosa(**settings) as client:
                session = Session(client, served, max_writes, os.environ.get("LEADIOSA_TOKEN", ""), upload_dir)
                await (serve_stdio(session) if port is None else serve_http(session, port))
        finally:
            if redis is not None:
                await redis.aclose()

    try:
        anyio.run(main)
    except ValueError as exc:  # no token, a bad base URL: before anything is served
        raise click.UsageError(str(exc)) from None
