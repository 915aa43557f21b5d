"""The whole pytest suite on every Python the package claims (3.11, 3.12, 3.13).

`.ci/run` runs `nox -s suites-3.12 suites-3.13` after `make test` (which covers 3.11 with the lint, type,
drift and docs checks). Same suite, same markers: only the docs checks (`-m docs_check`, Go, PHP, Node and
Chromium) stay with `make docs-check`. A missing interpreter fails the run instead of being skipped: the package
claims these versions in pyproject.toml.
"""

from __future__ import annotations

import nox

nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True


@nox.session(python=["3.11", "3.12", "3.13"])
def suites(session: nox.Session) -> None:
    session.install("--quiet", "-e", ".[dev,sandbox]", "-r", "codegen/requirements.txt")
    session.run("python", "-m", "pytest", "-q", *session.posargs)
