"""The whole pytest suite on every Python the package claims (3.11, 3.12, 3.13), and at both ends of the
dependency ranges pyproject.toml declares.

`.ci/run` runs `nox -s suites-3.12 suites-3.13 lowest newest` after `make test` (which covers 3.11 with the lint,
type, drift and docs checks). Same suite, same markers: only the docs checks (`-m docs_check`, Go, PHP, Node and
Chromium) stay with `make docs-check`. A missing interpreter fails the run instead of being skipped: the package
claims these versions in pyproject.toml.

- `lowest` (Python 3.11): every runtime dependency and every extra's package at the floor its range allows
  (`httpx>=0.27` runs as `httpx==0.27.0`), with the dev tools at their pins; it fails when a floor is not what
  it installed.
- `newest` (Python 3.13): the same requirements resolved fresh to the newest releases their ranges admit.
Both resolve with uv (the one installer with a lowest-versions resolution) and print what they installed, so a
failure names the versions it ran on.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import nox

nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True

# Dev tools released with a runtime package, installed beside it at the version it resolves to.
COMPANIONS = ["opentelemetry-sdk"]


def _install(session: nox.Session) -> None:
    session.install("--quiet", "-e", ".[dev,sandbox]", "-r", "codegen/requirements.txt")


def _pyproject() -> dict[str, Any]:
    return tomllib.loads(Path("pyproject.toml").read_text())["project"]  # type: ignore[no-any-return]


def runtime_requirements() -> list[str]:
    """The runtime dependencies and every extra's requirements but `dev`'s, as pyproject.toml writes them."""
    project = _pyproject()
    extras = project["optional-dependencies"]
    return [*project["dependencies"], *(r for name, reqs in extras.items() if name != "dev" for r in reqs)]


def dev_tools() -> list[str]:
    """The `dev` extra's pins, less the runtime packages (and their companions) that the range sessions move."""
    from packaging.requirements import Requirement

    moved = {Requirement(r).name for r in runtime_requirements()} | set(COMPANIONS)
    return [r for r in _pyproject()["optional-dependencies"]["dev"] if Requirement(r).name not in moved]


def _python(session: nox.Session) -> str:
    """The session's interpreter, for uv (which installs into whichever it is given)."""
    return str(Path(session.virtualenv.location) / "bin" / "python")


def _install_range(session: nox.Session, *resolution: str) -> dict[str, str]:
    """Install the package, its extras and the dev tools with uv's `resolution`; return what was installed."""
    session.install("--quiet", "uv")
    python = _python(session)
    extras = ",".join(name for name in _pyproject()["optional-dependencies"] if name != "dev")
    session.run(
        "uv", "pip", "install", "--quiet", "--python", python, *resolution, "-e", f".[{extras}]",
        *dev_tools(), *COMPANIONS, "-r", "codegen/requirements.txt",
    )  # fmt: skip
    listing = session.run("uv", "pip", "freeze", "--python", python, silent=True)
    print(listing)
    from packaging.utils import canonicalize_name

    pairs = (line.split("==", 1) for line in str(listing).splitlines() if "==" in line)
    return {canonicalize_name(name): version for name, version in pairs}


@nox.session(python=["3.11", "3.12", "3.13"])
def suites(session: nox.Session) -> None:
    _install(session)
    session.run("python", "-m", "pytest", "-q", *session.posargs)


@nox.session(python="3.11")
def lowest(session: nox.Session) -> None:
    """The whole suite with every runtime requirement at its floor (uv's `lowest-direct` resolution). A floor that the
    dev tools push up fails here, naming it: pyproject.toml's floors are the versions this run tests."""
    installed = _install_range(session, "--resolution", "lowest-direct")
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    from packaging.version import Version

    for text in runtime_requirements():
        requirement = Requirement(text)
        floor = next((Version(spec.version) for spec in requirement.specifier if spec.operator == ">="), None)
        if floor is not None and Version(installed.get(canonicalize_name(requirement.name), "0")) != floor:
            session.error(f"{text}: the lowest run installs {installed.get(requirement.name)}; raise the floor")
    session.run("python", "-m", "pytest", "-q", *session.posargs)


@nox.session(python="3.13")
def newest(session: nox.Session) -> None:
    """The whole suite with every runtime requirement at the newest release its range admits, resolved fresh."""
    _install_range(session, "--upgrade")
    # The generator's pinned openapi-python-client caps httpx below 0.29 for itself (it fetches specs with it):
    # the SDK's own requirements go over it, so the SDK runs on the newest release its ranges admit.
    python = _python(session)
    session.run(
        "uv", "pip", "install", "--quiet", "--python", python, "--upgrade", "--no-deps", *runtime_requirements()
    )
    session.run("uv", "pip", "freeze", "--python", python)
    session.run("python", "-m", "pytest", "-q", *session.posargs)
