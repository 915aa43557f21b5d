"""`make mutate`'s report: the mutation score per module, from mutmut's results in mutants/.

    .venv/bin/python quality/mutation_report.py            # the table and every surviving mutant
    .venv/bin/python quality/mutation_report.py --readme   # also write the table into README.md

A mutant is killed when a test failed (or timed out) with it; survived when every test that reaches it passed
(or no test reaches it). Mutants listed in quality/equivalent_mutants.toml, each with the reason it cannot be
told apart from the original, are counted apart. Score: killed / (killed + survived).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 24, -24, 36, 152, 255, 37, -11, -9}  # failed, pytest error, timeouts, type check, crash
SURVIVED = {0, 5, 33}  # every test passed, or none reaches it


def modules() -> tuple[dict[str, Counter[str]], list[tuple[str, str]]]:
    """{module: Counter(killed=, survived=, equivalent=, unchecked=)} over mutants/**/*.meta, and the surviving
    mutants as (module, name)."""
    equivalent = tomllib.loads((ROOT / "quality" / "equivalent_mutants.toml").read_text("utf-8"))
    found: dict[str, Counter[str]] = {}
    survivors: list[tuple[str, str]] = []
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        module = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        counts: Counter[str] = Counter()
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if name in equivalent:
                counts["equivalent"] += 1
            elif code in KILLED:
                counts["killed"] += 1
            elif code in SURVIVED:
                counts["survived"] += 1
                survivors.append((module, name))
            else:
                counts["unchecked"] += 1
        found[module] = counts
    return found, survivors


TARGET = 0.90  # killed, in each group below (the README's target)
GROUPS = ("leadiosa_async/_transport/", "leadiosa_async/_pagination.py")


def totals(found: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """The counts summed over each group of GROUPS (a folder, or one module)."""
    return {group: sum((c for m, c in found.items() if m.startswith(group)), Counter()) for group in GROUPS}


def score(counts: Counter[str]) -> float | None:
    judged = counts["killed"] + counts["survived"]
    return counts["killed"] / judged if judged else None


def table(found: dict[str, Counter[str]]) -> str:
    """The modules, then a total per folder of GROUPS."""
    rows = {**found, **{f"{g} (all)": c for g, c in totals(found).items() if g.endswith("/")}}
    lines = ["| module | mutants | killed | survived | equivalent | not run | score |", "|---|---|---|---|---|---|---|"]
    for module, c in rows.items():
        value = score(c)
        shown = f"{value:.1%}" if value is not None else "n/a"
        total = c["killed"] + c["survived"] + c["equivalent"] + c["unchecked"]
        cells = f"{total} | {c['killed']} | {c['survived']} | {c['equivalent']} | {c['unchecked']} | {shown}"
        lines.append(f"| `{module}` | {cells} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readme", action="store_true")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when a group of {GROUPS} is under {TARGET:.0%}")
    args = parser.parse_args()
    found, survivors = modules()
    if not found:
        sys.exit("no results in mutants/: run `make mutate` first")
    text = table(found)
    print(text)
    for module, name in sorted(survivors):
        print(f"survived: {name}  ({module})")
    if args.readme:
        readme = ROOT / "README.md"
        pattern = re.compile(r"(<!-- mutation -->\n).*?(<!-- /mutation -->)", re.S)
        content = readme.read_text("utf-8")
        if not pattern.search(content):
            sys.exit("README.md has no <!-- mutation --> block")
        readme.write_text(pattern.sub(lambda m: m.group(1) + "\n" + text + "\n" + m.group(2), content), "utf-8")
    short = [group for group, counts in totals(found).items() if (value := score(counts)) is None or value < TARGET]
    if args.check and short:
        sys.exit(f"under {TARGET:.0%} killed: {', '.join(short)}")


if __name__ == "__main__":
    main()
