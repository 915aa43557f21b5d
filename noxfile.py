"""The unit, operation and transport suites on every Python the package claims (3.11, 3.12, 3.13).

`.ci/run` runs `nox` after `make test` (which covers 3.11 with everything else). A missing interpreter
fails the run instead of being skipped: the package claims these versions in pyproject.toml.
"""

from __future__ import annotations

import nox

nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True

SUITES = [
    "tests/test_operations.py",
    "tests/test_client.py",
    "tests/test_arguments.py",
    "tests/test_options.py",
    "tests/test_raw_response.py",
    "tests/test_pagination.py",
    "tests/test_usability.py",
    "tests/test_sync_client.py",
    "tests/transport",
]


@nox.session(python=["3.11", "3.12", "3.13"])
def suites(session: nox.Session) -> None:
    session.install("--quiet", "-e", ".[dev,sandbox]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITES, *session.posargs)
