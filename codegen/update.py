"""`make update-spec`: fetch a new openapi.json, validate it, show the surface diff, regenerate, and
record the diff in CHANGELOG.md. Nothing is lost on failure: the old document stays in place unless
the new one validated and generated."""

from __future__ import annotations

import datetime
import json

# runs only this interpreter's mypy (bandit B404)
import subprocess  # nosec B404
import sys
from pathlib import Path
from typing import Any

import httpx

from .diff import changelog_entry, render, surface_diff
from .generate import DEFAULT_OUT, DEFAULT_SPEC, ROOT, generate, load_spec
from .spec_model import SpecError

CHANGELOG = ROOT / "CHANGELOG.md"
UNRELEASED = "## [Unreleased]"


def fetch(source: str) -> dict[str, Any]:
    """The document at an https URL or a local path, parsed and validated."""
    if source.startswith("https://"):
        try:
            response = httpx.get(source, timeout=30.0, follow_redirects=True)
            response.raise_for_status()
            doc = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise SpecError(f"cannot fetch {source}: {exc}") from exc
    elif "://" in source:
        raise SpecError(f"{source}: only https:// URLs or local paths are accepted")
    else:
        doc = load_spec(Path(source))
    validate(doc, source)
    return doc  # type: ignore[no-any-return]


def validate(doc: Any, source: str) -> None:
    from openapi_spec_validator import validate as validate_spec  # a dev dependency, as codegen is

    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise SpecError(f"{source}: not an OpenAPI 3.x document")
    try:
        validate_spec(doc)
    except Exception as exc:
        raise SpecError(f"{source}: not a valid OpenAPI document: {str(exc).splitlines()[0]}") from exc


def prepend_changelog(entry: str, changelog: Path = CHANGELOG) -> None:
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    if UNRELEASED not in text:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{UNRELEASED}\n{rest}"
    head, _, tail = text.partition(UNRELEASED + "\n")
    changelog.write_text(f"{head}{UNRELEASED}\n\n{entry}{tail}", encoding="utf-8")


def typecheck(out: Path) -> None:
    """Run the project's type check (mypy --strict) over the package `out` belongs to; SpecError if it fails."""
    package = out.parent
    # this interpreter's mypy on our own package (bandit B603)
    done = subprocess.run(  # noqa: S603  # nosec B603
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--no-incremental", package.name],
        cwd=package.parent, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SpecError(f"the generated code fails the project's type check (mypy --strict):\n{done.stdout[-4000:]}")


def update(
    candidate: Path,
    spec_path: Path = DEFAULT_SPEC,
    out: Path = DEFAULT_OUT,
    changelog: Path = CHANGELOG,
    today: str | None = None,
    docs: Path | None = None,
    check_types: bool | None = None,
) -> str:
    """Replace `spec_path` with `candidate`, regenerate `out`, type-check it (by default when `out` is a
    package's `_generated` folder), and prepend the diff to `changelog`. Nothing changes on failure."""
    if check_types is None:
        check_types = out.name == "_generated" and (out.parent / "__init__.py").exists()
    new = load_spec(candidate)
    validate(new, str(candidate))
    old_text = spec_path.read_text(encoding="utf-8")
    old = json.loads(old_text)
    changes = surface_diff(old, new)
    versions = (str(old.get("info", {}).get("version", "?")), str(new.get("info", {}).get("version", "?")))
    spec_path.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        warnings = generate(spec_path, out, docs)
    except BaseException:
        spec_path.write_text(old_text, encoding="utf-8")  # generation failed: keep what worked
        raise
    if check_types:
        try:
            typecheck(out)
        except SpecError:
            spec_path.write_text(old_text, encoding="utf-8")
            generate(spec_path, out, docs)  # the code that passed, back in place
            raise
    date = today or datetime.date.today().isoformat()
    mapped = "".join(f"- named by mapping: {w}\n" for w in warnings)
    notice = f"\nOperations named by mapping (the convention is `<tag>_<method>`):\n{mapped}" if mapped else ""
    prepend_changelog(
        changelog_entry(changes, *versions, date) + notice.lstrip("\n") + ("\n" if notice else ""), changelog
    )
    return render(changes, *versions) + notice
