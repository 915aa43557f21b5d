"""`python -m leadiosa_async.testing [--port 8000] [fault options]`: serve the sandbox over HTTP.

python -m leadiosa_async.testing --port 8000
python -m leadiosa_async.testing --port 8000 --seed 7 --error-rates 500=0.02,503=0.02,429=0.02 --drop-rate 0.01
"""

from __future__ import annotations

import argparse

from ._faults import Faults
from ._sandbox import AGENT_TOKEN, OWNER_TOKEN, Sandbox


def _rates(text: str) -> dict[int, float]:
    try:
        return {int(k): float(v) for k, v in (item.split("=") for item in text.split(",") if item)}
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected STATUS=RATE,..., got {text!r}") from exc


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m leadiosa_async.testing", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--rate-limit", type=int, default=300, help="requests per window and token (0: none)")
    parser.add_argument("--rate-window", type=float, default=60.0, help="window length in seconds")
    parser.add_argument(
        "--rate-window-start",
        type=float,
        default=0.0,
        help="windows start at this Unix time plus multiples of the window (0.37: off whole seconds)",
    )
    parser.add_argument("--examples", action="store_true", help="start with the resources the spec's examples name")
    forward = "also send every webhook delivery to URL, a local endpoint (a loopback host), as the API would"
    parser.add_argument("--forward-to", metavar="URL", help=forward)
    faults = parser.add_argument_group("fault injection (seeded)")
    faults.add_argument("--seed", type=int, default=0)
    faults.add_argument("--error-rates", type=_rates, default={}, help="STATUS=RATE,... e.g. 500=0.02,429=0.01")
    for name in ("retry-after-rate", "latency", "drop-rate", "slow-rate", "slow-seconds", "truncate-rate",
                 "garbage-rate"):  # fmt: skip
        faults.add_argument(f"--{name}", type=float, default=1.0 if name == "retry-after-rate" else 0.0)
    args = parser.parse_args()
    try:
        import uvicorn
    except ImportError:
        parser.exit(2, "the sandbox server needs uvicorn: pip install 'leadiosa-async[sandbox]'\n")
    plan = Faults(
        seed=args.seed, error_rates=args.error_rates, retry_after_rate=args.retry_after_rate, latency=args.latency,
        drop_rate=args.drop_rate, slow_rate=args.slow_rate, slow_seconds=args.slow_seconds,
        truncate_rate=args.truncate_rate, garbage_rate=args.garbage_rate,
    )  # fmt: skip
    sandbox = Sandbox(rate_limit=args.rate_limit or None, rate_window=args.rate_window,
                      rate_window_start=args.rate_window_start, faults=plan, examples=args.examples,
                      forward_to=args.forward_to)  # fmt: skip
    print(f"Leadiosa sandbox on http://{args.host}:{args.port}/api/v1 (tokens: {OWNER_TOKEN}, {AGENT_TOKEN})")
    uvicorn.run(sandbox, host=args.host, port=args.port, access_log=not plan.active)


if __name__ == "__main__":
    main()
