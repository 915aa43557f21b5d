"""`leadiosa mcp`: the API as MCP tools for agents (the `mcp` extra, on the official `mcp` SDK), safe by default.

    leadiosa mcp                                  # stdio; reading tools only
    leadiosa mcp --allow-writes --max-writes 20   # and writes, at most 20 per session
    leadiosa mcp --allow-writes --allow-destructive --tools contacts_get,contacts_delete
    leadiosa mcp --http 8765                      # streamable HTTP on 127.0.0.1:8765/mcp

One tool per operation of the operations table (`catalog.py`); every call goes through one SDK client
(`server.py`), so an agent shares the service's rate-limit budget (and its Redis store, with `LEADIOSA_REDIS_URL`),
in the lane it is given (`--priority`).
"""

from .catalog import Tool, allowed, tools
from .server import Session, build, describe

__all__ = ["Session", "Tool", "allowed", "build", "describe", "tools"]
