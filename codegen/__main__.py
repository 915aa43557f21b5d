"""`python -m codegen [generate|check] [--spec PATH] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import DEFAULT_OUT, DEFAULT_SPEC, differences, generate
from .spec_model import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", nargs="?", default="generate", choices=("generate", "check"))
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the generated package folder")
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            generate(args.spec, args.out)
            print(f"generated {args.out} from {args.spec}")
            return 0
        diffs = differences(args.spec, args.out)
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    if diffs:
        print(f"{args.out} is stale; run `make generate` and commit the result:", file=sys.stderr)
        print("\n".join(f"  {d}" for d in diffs), file=sys.stderr)
        return 1
    print(f"{args.out} is up to date with {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
