"""`make mutate`'s report: the list of equivalent mutants is checked against the run, timeouts are told apart
from kills, and only a complete run is written into the docs."""

from __future__ import annotations

from collections import Counter

from quality import mutation_report as report

RUN: dict[str, dict[str, int | None]] = {
    "leadiosa_async/_transport/retry.py": {"r_1": 1, "r_2": 0, "r_3": 36, "r_4": 0, "r_5": 255},
    "leadiosa_async/_transport/clock.py": {"c_1": 1, "c_2": 33, "c_3": 1},
    "leadiosa_async/webhooks.py": {"w_1": 1, "w_2": None},
}


def test_a_listed_mutant_counts_as_equivalent_only_when_it_survived() -> None:
    listed = {"r_2": "why", "c_2": "unreached"}
    counts = report.count(RUN, listed)
    assert counts["leadiosa_async/_transport/retry.py"] == Counter(
        {"killed": 1, "equivalent": 1, "timed out": 2, "survived": 1}
    )
    assert counts["leadiosa_async/_transport/clock.py"] == Counter({"killed": 2, "equivalent": 1})
    assert report.wrong_entries(RUN, listed) == []


def test_a_wrong_entry_is_named_with_what_the_run_says_of_it() -> None:
    listed = {"r_1": "said equivalent", "r_3": "said equivalent", "gone_7": "renamed since", "r_4": "right"}
    assert report.wrong_entries(RUN, listed) == [
        "r_1: listed as equivalent, but killed (exit code 1)",
        "r_3: listed as equivalent, but timed out (exit code 36)",
        "gone_7: listed as equivalent, but this run has no such mutant",
    ]
    assert report.count(RUN, listed)["leadiosa_async/_transport/retry.py"]["killed"] == 1  # not counted equivalent


def test_timeouts_are_apart_from_kills_and_not_in_the_score() -> None:
    counts = report.count(RUN, {})
    retry = counts["leadiosa_async/_transport/retry.py"]
    assert (retry["killed"], retry["timed out"], retry["survived"]) == (1, 2, 2)
    assert report.score(retry) == 1 / 5
    assert report.score(Counter({"equivalent": 3})) is None


def test_the_table_has_every_module_and_each_folder_of_several() -> None:
    text = report.table(report.count(RUN, {"r_2": ""}))
    assert text.splitlines()[0] == (
        "| module | mutants | killed | timed out | survived | equivalent | not run | score |"
    )
    assert "| `leadiosa_async/_transport/retry.py` | 5 | 1 | 2 | 1 | 1 | 0 | 25.0% |" in text
    assert "| `leadiosa_async/_transport/ (all)` | 8 | 3 | 2 | 2 | 1 | 0 | 42.9% |" in text
    assert "| `leadiosa_async/webhooks.py` | 2 | 1 | 0 | 0 | 0 | 1 | 100.0% |" in text
    assert "leadiosa_async/ (all)" not in text  # one module there: no folder total


def test_check_covers_every_module_of_the_table() -> None:
    assert report.short_modules(report.count(RUN, {})) == [
        "leadiosa_async/_transport/retry.py",
        "leadiosa_async/_transport/clock.py",  # 2 of 3: one no test reaches counts as survived
        "leadiosa_async/_transport/ (all)",
    ]
