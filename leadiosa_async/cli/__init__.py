"""`leadiosa`: the command line (the `cli` extra: click and rich). Every operation is a command, built from the
operations table and the client's method signatures (so it never drifts from the SDK):

    leadiosa contacts get ct_1
    leadiosa conversations list --status open --all --output jsonl
    leadiosa export audit list --out audit.jsonl [--resume]
    leadiosa bulk contacts update --in updates.jsonl --out results.jsonl [--resume]
    leadiosa sandbox --port 8000
    leadiosa mcp [--allow-writes] [--http 8765]     # the API as MCP tools for agents (the mcp extra)

Token from `LEADIOSA_TOKEN`, or read from the file `LEADIOSA_TOKEN_FILE` names (again after a 401), never
echoed; `--base-url` (or `LEADIOSA_BASE_URL`), `--timeout`, `--max-retries`;
`LEADIOSA_LOG=debug`. Results are JSON on stdout; errors are one line on stderr (with the request id) and an exit
code per error class (`EXIT_CODES`). click builds the commands at run time from the table (typer wants them as
functions); shell completion is click's: `eval "$(_LEADIOSA_COMPLETE=bash_source leadiosa)"`.
"""

from .commands import main
from .output import EXIT_CODES

__all__ = ["EXIT_CODES", "main"]
