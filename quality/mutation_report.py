"""`make mutate`'s report: the mutation score per module, from mutmut's results in mutants/, and a check of the
list of equivalent mutants against the same run.

    .venv/bin/python -m quality.mutation_report                 # the table and every surviving mutant
    .venv/bin/python -m quality.mutation_report --check         # exit 1 on a wrong list entry or a module under 90 %
    .venv/bin/python -m quality.mutation_report --check --write --seconds 1200  # and write the docs' table

A mutant is killed when a test failed with it; timed out when a test ran past its deadline (tests/conftest.py
ends the mutant's run with exit code 36, mutmut's own limit gives 24 or 255); survived when every test that
reaches it passed (or no test reaches it). Mutants listed in quality/equivalent_mutants.toml, each with the
reason it cannot be told apart from the original, are counted apart, and only when this run shows them surviving:
a listed mutant that was killed or timed out, or that the run does not have, is a wrong entry and fails --check
by name. Score: killed / (killed + timed out + survived): a timeout is not counted as a kill.

--write puts the table, with the run's stamp (commit, date, duration, Python, cores), between
`<!-- mutation -->` and `<!-- /mutation -->` in docs/development/mutation.md. It refuses a run that fails its checks
(a partial run, a wrong entry, a module under 90 %): the page shows the last complete run that passed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from quality.stamp import stamp

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "development" / "mutation.md"
KILLED = {1, 3, 37, -11, -9}  # a test failed, pytest's internal error, caught by the type check, a crash
TIMED_OUT = {24, -24, 36, 152, 255}  # our per-test deadline (36), mutmut's own limit (SIGXCPU, 255)
SURVIVED = {0, 5, 33}  # every test passed, or none reaches it
TARGET = 0.90  # killed, in every module and folder of the table


def equivalents() -> dict[str, str]:
    return tomllib.loads((ROOT / "quality" / "equivalent_mutants.toml").read_text("utf-8"))


def results() -> dict[str, dict[str, int | None]]:
    """{module: {mutant name: exit code}} over mutants/**/*.meta."""
    return {
        str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta"): json.loads(meta.read_text("utf-8"))[
            "exit_code_by_key"
        ]
        for meta in sorted((ROOT / "mutants").rglob("*.py.meta"))
    }


def classify(code: int | None, listed: bool) -> str:
    """What one mutant's exit code says: killed, timed out, survived, not run, or (when listed as equivalent and
    it survived) equivalent."""
    if code in KILLED:
        return "killed"
    if code in TIMED_OUT:
        return "timed out"
    if code in SURVIVED:
        return "equivalent" if listed else "survived"
    return "not run"


def count(found: dict[str, dict[str, int | None]], listed: dict[str, str]) -> dict[str, Counter[str]]:
    return {m: Counter(classify(code, name in listed) for name, code in codes.items()) for m, codes in found.items()}


def wrong_entries(found: dict[str, dict[str, int | None]], listed: dict[str, str]) -> list[str]:
    """Each entry of the list that this run does not show surviving, with what the run says of it instead."""
    codes = {name: code for by_name in found.values() for name, code in by_name.items()}
    wrong = []
    for name in listed:
        if name not in codes:
            wrong.append(f"{name}: listed as equivalent, but this run has no such mutant")
        elif (verdict := classify(codes[name], True)) != "equivalent":
            wrong.append(f"{name}: listed as equivalent, but {verdict} (exit code {codes[name]})")
    return wrong


def folders(counts: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """The counts summed per folder that holds more than one mutated module."""
    parents = Counter(str(Path(m).parent) for m in counts)
    return {
        f"{folder}/ (all)": sum((c for m, c in counts.items() if str(Path(m).parent) == folder), Counter())
        for folder, n in sorted(parents.items())
        if n > 1
    }


def score(c: Counter[str]) -> float | None:
    judged = c["killed"] + c["timed out"] + c["survived"]
    return c["killed"] / judged if judged else None


COLUMNS = ("killed", "timed out", "survived", "equivalent", "not run")


def table(counts: dict[str, Counter[str]]) -> str:
    lines = ["| module | mutants | " + " | ".join(COLUMNS) + " | score |", "|---" * (len(COLUMNS) + 3) + "|"]
    for module, c in {**counts, **folders(counts)}.items():
        value = score(c)
        cells = " | ".join(str(c[k]) for k in COLUMNS)
        lines.append(f"| `{module}` | {c.total()} | {cells} | {f'{value:.1%}' if value is not None else 'n/a'} |")
    return "\n".join(lines) + "\n"


def short_modules(counts: dict[str, Counter[str]]) -> list[str]:
    rows = {**counts, **folders(counts)}
    return [m for m, c in rows.items() if (value := score(c)) is not None and value < TARGET]


def write(text: str) -> None:
    pattern = re.compile(r"(<!-- mutation -->\n).*?(<!-- /mutation -->)", re.S)
    content = PAGE.read_text("utf-8")
    if not pattern.search(content):
        sys.exit(f"{PAGE.relative_to(ROOT)} has no <!-- mutation --> block")
    PAGE.write_text(pattern.sub(lambda m: m.group(1) + "\n" + text + "\n" + m.group(2), content), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 on a wrong list entry or a module under 90 %%")
    parser.add_argument("--write", action="store_true", help="write the table into docs/development/mutation.md")
    parser.add_argument("--seconds", type=float, help="how long the run took (for the stamp)")
    parser.add_argument("--commit", help="the commit the run started from (for the stamp; default: now's)")
    args = parser.parse_args()
    found, listed = results(), equivalents()
    if not found:
        sys.exit("no results in mutants/: run `make mutate` first")
    counts = count(found, listed)
    text = table(counts)
    print(text)
    for module, codes in sorted(found.items()):
        for name, code in codes.items():
            if classify(code, name in listed) in ("survived", "timed out"):
                print(f"{classify(code, False)}: {name}  ({module})")
    wrong, short = wrong_entries(found, listed), short_modules(counts)
    not_run = sum(c["not run"] for c in counts.values())
    for line in wrong:
        print(f"wrong entry in quality/equivalent_mutants.toml: {line}")
    problems = []
    if wrong:
        problems.append(f"{len(wrong)} wrong entries in quality/equivalent_mutants.toml")
    if short:
        problems.append(f"under {TARGET:.0%} killed: {', '.join(short)}")
    if not_run:
        problems.append(f"{not_run} mutants not run")
    if args.write:  # only a complete run that passes its checks is the page's run
        if problems:
            sys.exit(f"not writing {PAGE.relative_to(ROOT)}: " + "; ".join(problems))
        write(stamp("make mutate", args.seconds, args.commit) + "\n\n" + text)
    if args.check and problems:
        sys.exit("; ".join(problems))


if __name__ == "__main__":
    main()
