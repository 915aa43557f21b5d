# leadiosa-async — everything runs from a fresh clone: `make test` and `make demo` install what they need.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-demo
NODE_STAMP := node_modules/.installed
# The Redis tests start their own redis-server on a free 127.0.0.1 port and stop it afterwards.
REDIS_SERVER := $(shell command -v redis-server 2>/dev/null)
# `make docs-check` runs the docs' examples in Go, PHP (Laravel's HTTP client and the curl extension) and Node.js
# and opens the site in Chromium.
DOCS_TOOLS_MISSING := $(shell command -v go >/dev/null && command -v chromium >/dev/null && php -m 2>/dev/null | grep -qx curl \
	&& php -r "require_once 'GuzzleHttp/autoload.php'; require_once 'Illuminate/Http/autoload.php';" 2>/dev/null || echo yes)
export NO_MKDOCS_2_WARNING := 1

.PHONY: test-public mutate docs docs-check docs-tools redis-server install generate check-generated update-spec lint-spec lint security audit typecheck unit test demo bench soak clean

install: $(STAMP)

$(STAMP): pyproject.toml codegen/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,sandbox]' -r codegen/requirements.txt
	touch $@

# The demo needs only the package and its sandbox extra, not the dev toolchain.
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[sandbox]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(STAMP)
	$(PY) -m codegen generate

check-generated: $(STAMP)
	$(PY) -m codegen check

# make update-spec SPEC=<path or https URL>: validate + lint the new document, show the surface diff,
# regenerate, and record the diff in CHANGELOG.md. openapi.json stays as it was if any step fails.
update-spec: $(STAMP) $(NODE_STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or https URL>"; exit 2; }
	$(PY) -m codegen fetch "$(SPEC)" .openapi.candidate.json
	node_modules/.bin/spectral lint .openapi.candidate.json --ruleset .spectral.yaml --fail-severity=error \
		|| { rm -f .openapi.candidate.json; exit 1; }
	$(PY) -m codegen update .openapi.candidate.json; status=$$?; rm -f .openapi.candidate.json; exit $$status

lint-spec: $(STAMP) $(NODE_STAMP)
	$(VENV)/bin/openapi-spec-validator openapi.json
	node_modules/.bin/spectral lint openapi.json --ruleset .spectral.yaml --fail-severity=warn

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	# generated code is linted with the generator's own isolated settings (codegen/generate.py)
	$(VENV)/bin/ruff check --isolated --target-version py311 --line-length 120 --extend-select I,UP,F401 leadiosa_async/_generated

# bandit over the shipped code and the generator; each `nosec` names its check and says why above it.
security: $(STAMP)
	$(VENV)/bin/bandit -q -r leadiosa_async codegen

# pip-audit needs a vulnerability service (PyPI's JSON API or OSV); where none is reachable it cannot
# audit anything, so it is not part of `make test`. --strict fails when a package could not be audited.
audit: $(STAMP)
	$(VENV)/bin/pip-audit --strict --progress-spinner off

typecheck: $(STAMP)
	$(VENV)/bin/mypy

redis-server:
ifeq ($(REDIS_SERVER),)
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server
endif

unit: $(STAMP) $(NODE_STAMP) redis-server
	$(PY) -m pytest

# The documentation site (docs/, mkdocs.yml) into build/site; warnings are errors.
docs: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --quiet

test: lint-spec lint security typecheck check-generated docs unit

docs-tools:
ifneq ($(DOCS_TOOLS_MISSING),)
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-go php-cli php-curl php-illuminate-http php-guzzlehttp-guzzle chromium
endif

# Every reference example in curl, Python, Node.js, Go and PHP (Laravel, curl) against the served sandbox (same effect as the
# SDK's call), the Postman collection with newman, then the built site in headless Chromium: pages, links, search,
# language tabs.
docs-check: $(STAMP) $(NODE_STAMP) docs-tools
	$(PY) -m pytest -m docs_check tests/docs_check

demo: $(DEMO_STAMP)
	$(PY) examples/quickstart.py

# Every benchmark in one run (benchmarks/run.py): outputs in build/bench/, then every figure block of
# docs/development/ written from that run under its stamp. A benchmark runs again (up to three attempts) while the
# machine was busy or a timed target missed; exits non-zero when a target the docs state is missed or not judged.
bench: $(STAMP) redis-server
	$(PY) -m benchmarks.run --write

# Mutation testing of the hand-written core ([tool.mutmut] in pyproject.toml), then the report (quality/): it fails
# when a module is under 90 % killed, when a mutant listed as equivalent did not survive this run, or when the run
# is partial, and writes the table with this run's stamp into docs/development/mutation.md. Not part of `make test`.
# Each mutant runs the tests that reach it, fastest first, each within three times its recorded duration
# (tests/conftest.py; a test past it counts as a timeout, not a kill).
# The transport suite with every private fast path of leadiosa_async/_stacks/ off: the public ways behave the same.
test-public: $(STAMP) redis-server
	LEADIOSA_PUBLIC_ONLY=1 $(PY) -m pytest -q tests/transport -m 'not docs_check and not fast_paths'

mutate: $(STAMP) redis-server
	rm -rf mutants
	start=$$(date +%s); commit=$$(git describe --always --dirty --abbrev=12); \
	LEADIOSA_MUTATION_RUN=1 $(VENV)/bin/mutmut run --max-children 2; \
	$(PY) -m quality.mutation_report --check --write --seconds $$(( $$(date +%s) - start )) --commit $$commit

soak: $(STAMP)
	$(PY) benchmarks/soak.py --calls 10000 --concurrency 32 --seed 7
	$(PY) benchmarks/soak.py --calls 10000 --concurrency 32 --seed 7 --stack aiohttp
	$(PY) benchmarks/cancel_storm.py --rounds 3 --calls 500 --seed 7 --backend asyncio
	$(PY) benchmarks/cancel_storm.py --rounds 3 --calls 500 --seed 7 --backend trio

clean:
	rm -rf $(VENV) node_modules build dist
