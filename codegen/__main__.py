"""`python -m codegen [generate|check|diff|fetch|update] ...` — see `--help` of each command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .diff import render, surface_diff
from .generate import DEFAULT_DOCS, DEFAULT_OUT, DEFAULT_SPEC, differences, generate, load_spec
from .spec_model import SpecError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description="Generate the SDK from openapi.json.")
    commands = parser.add_subparsers(dest="command")
    for name, text in (("generate", "regenerate the package"), ("check", "fail if the package is stale")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document")
        sub.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the generated package folder")
        sub.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="the generated reference docs folder")
    diff = commands.add_parser("diff", help="the API-surface diff between two documents")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    fetch = commands.add_parser("fetch", help="fetch (https) or copy a document, validate it, write it to DEST")
    fetch.add_argument("source")
    fetch.add_argument("dest", type=Path)
    update = commands.add_parser("update", help="adopt a validated document: diff, regenerate, changelog")
    update.add_argument("candidate", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "generate"
    try:
        if command == "generate":
            spec, out = getattr(args, "spec", DEFAULT_SPEC), getattr(args, "out", DEFAULT_OUT)
            for warning in generate(spec, out, getattr(args, "docs", DEFAULT_DOCS)):
                print(f"codegen: warning: named by mapping: {warning}", file=sys.stderr)
            print(f"generated {out} from {spec}")
        elif command == "check":
            return _check(args.spec, args.out, args.docs)
        elif command == "diff":
            old, new = load_spec(args.old), load_spec(args.new)
            changes = surface_diff(old, new)
            print(render(changes, str(args.old), str(args.new)))
            return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0
        elif command == "fetch":
            from .update import fetch

            args.dest.write_text(json.dumps(fetch(args.source), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{args.source}: a valid OpenAPI document, written to {args.dest}")
        elif command == "update":
            from .update import update

            print(update(args.candidate, docs=DEFAULT_DOCS))
            print("openapi.json replaced, leadiosa_async/_generated regenerated, CHANGELOG.md updated")
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    return 0


def _check(spec: Path, out: Path, docs: Path) -> int:
    diffs = differences(spec, out, docs)
    if diffs:
        print(f"{out} is stale; run `make generate` and commit the result:", file=sys.stderr)
        print("\n".join(f"  {d}" for d in diffs), file=sys.stderr)
        return 1
    print(f"{out} is up to date with {spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
