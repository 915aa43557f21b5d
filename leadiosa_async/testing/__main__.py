"""`python -m leadiosa_async.testing [--host 127.0.0.1] [--port 8000]`: serve the sandbox over HTTP."""

from __future__ import annotations

import argparse

from ._sandbox import AGENT_TOKEN, OWNER_TOKEN, Sandbox


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m leadiosa_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--rate-limit", type=int, default=300, help="requests per window and token")
    parser.add_argument("--rate-window", type=float, default=60.0, help="window length in seconds")
    args = parser.parse_args()
    try:
        import uvicorn
    except ImportError:
        parser.exit(2, "the sandbox server needs uvicorn: pip install 'leadiosa-async[sandbox]'\n")
    print(f"Leadiosa sandbox on http://{args.host}:{args.port}/api/v1 (tokens: {OWNER_TOKEN}, {AGENT_TOKEN})")
    uvicorn.run(Sandbox(rate_limit=args.rate_limit, rate_window=args.rate_window), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
