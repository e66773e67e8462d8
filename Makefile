# graphport — every command CI and humans run. `make help` lists the targets.
#
# Data flows one way: spec/openapi.yaml -> src/generated/ (make gen) -> src/impl/ (by hand).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
PORT ?= 2024
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SPEC := spec/openapi.yaml
SPEC_COPY := src/generated/openapi.yaml
LINTED := codegen src tests conformance bench
# mypy cannot follow setuptools' editable finder (graphport -> src/); it reads this link instead.
MYPY_LINK := .cache/mypy/graphport
# Node tools (pinned by each folder's package-lock.json) install themselves with `npm ci`; the
# targets that need them say they are skipped when npm is absent.
NPM := $(shell command -v npm 2>/dev/null)
NPM_CI := npm ci --no-audit --no-fund --loglevel=error
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true tools/node_modules/.bin/redocly
# The SDK generators. openapi-python-client lives in its own virtualenv (it pins typer below
# graphport's) and runs ruff, its post_hooks, from PATH: the pinned one of that virtualenv.
SDK_VENV := .venv-sdk
SDK_PY := $(SDK_VENV)/bin/python
SDK_STAMP := $(SDK_VENV)/.installed
TS_SDK := sdk/typescript
TS_DEPS := $(if $(NPM),$(TS_SDK)/node_modules/.installed)
SDK_CHECK := .cache/sdk-check
PY_SDK_GEN = PATH="$(CURDIR)/$(SDK_VENV)/bin:$$PATH" $(SDK_VENV)/bin/openapi-python-client generate \
	--path $(SPEC) --config sdk/openapi-python-client.yaml --meta uv --fail-on-warning --overwrite \
	--output-path

.PHONY: help venv serve test gen check-gen lint typecheck pytest conformance bench \
	lint-spec check-compat release-spec sdk check-sdk ref-venv conformance-record migration \
	test-backends

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

venv: $(STAMP) ## Create .venv and install graphport with its dev extra (again when pyproject changes).

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/pip install --quiet uv
	$(BIN)/uv pip install --python $(PY) -e '.[dev]'
	touch $(STAMP)

serve: venv ## Serve examples/langgraph.json on 127.0.0.1:$(PORT).
	$(BIN)/graphport serve --config examples/langgraph.json --host 127.0.0.1 --port $(PORT)

gen: venv ## Regenerate src/generated/ from the spec.
	$(BIN)/openapi-spec-validator $(SPEC)
	$(BIN)/datamodel-codegen
	$(PY) codegen/gen_routes.py
	cp $(SPEC) $(SPEC_COPY)

check-gen: venv ## Fail if src/generated/ is stale (the spec changed without `make gen`).
	$(BIN)/datamodel-codegen --check
	$(PY) codegen/gen_routes.py --check
	@cmp -s $(SPEC) $(SPEC_COPY) || { echo "$(SPEC_COPY) differs from $(SPEC); run \`make gen\`" >&2; exit 1; }

lint: venv ## ruff (lint + format check) on everything, generated code included; mypy on src/ and codegen/.
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(MAKE) --no-print-directory typecheck

typecheck: venv
	@mkdir -p $(dir $(MYPY_LINK)) && ln -sfn ../../src $(MYPY_LINK)
	$(BIN)/mypy -p graphport
	$(BIN)/mypy codegen

pytest: venv
	$(BIN)/pytest

tools/node_modules/.installed: tools/package.json tools/package-lock.json
	cd tools && $(NPM_CI)
	touch $@

lint-spec: $(if $(NPM),tools/node_modules/.installed) ## Lint the spec (Redocly CLI, redocly.yaml).
ifdef NPM
	$(REDOCLY) lint $(SPEC) --format=stylish
else
	@echo "lint-spec: SKIPPED: npm is not installed (the lint runs @redocly/cli, tools/package.json)" >&2
endif

$(SDK_STAMP): tools/requirements-sdk.txt | $(STAMP)
	test -x $(SDK_PY) || $(BIN)/uv venv --quiet --python $(PY) $(SDK_VENV)
	$(BIN)/uv pip install --quiet --python $(SDK_PY) -r tools/requirements-sdk.txt
	touch $@

$(TS_SDK)/node_modules/.installed: $(TS_SDK)/package.json $(TS_SDK)/package-lock.json
	cd $(TS_SDK) && $(NPM_CI)
	touch $@

sdk: venv $(SDK_STAMP) $(TS_DEPS) ## Regenerate the clients: sdk/python and sdk/typescript.
	$(PY_SDK_GEN) sdk/python
ifdef NPM
	cd $(TS_SDK) && npm pkg set version="$$($(CURDIR)/$(PY) $(CURDIR)/codegen/compat.py version)"
	cd $(TS_SDK) && npm run --silent generate
else
	@echo "sdk: sdk/typescript SKIPPED: npm is not installed (openapi-typescript)" >&2
endif

check-sdk: venv $(SDK_STAMP) $(TS_DEPS) ## Fail if sdk/ is stale; install and build both clients.
	rm -rf $(SDK_CHECK) && mkdir -p $(SDK_CHECK)
	$(PY_SDK_GEN) $(SDK_CHECK)/python
	diff -r sdk/python $(SDK_CHECK)/python || { echo "sdk/python is stale: run \`make sdk\`" >&2; exit 1; }
	$(BIN)/uv pip install --quiet --python $(SDK_PY) --reinstall-package graphport-client ./sdk/python
ifdef NPM
	cd $(TS_SDK) && npm run --silent check-generated \
		|| { echo "sdk/typescript is stale: run \`make sdk\`" >&2; exit 1; }
	cd $(TS_SDK) && npm run --silent build  # tsc: type-checks, and emits what the smoke test runs
else
	@echo "check-sdk: sdk/typescript SKIPPED: npm is not installed (openapi-typescript, tsc)" >&2
endif

check-compat: venv ## Fail on a breaking change against the last released contract; print the changelog.
	$(PY) codegen/compat.py check

release-spec: venv ## Snapshot the spec as spec/released/<info.version>.yaml (the gate's new base).
	$(PY) codegen/compat.py release

test: venv check-gen lint lint-spec check-compat check-sdk pytest ## All checks and tests (the SDK smoke tests too).

# The reference server for the differential suite: langgraph-api in-memory, pinned in
# conformance/differential/requirements-ref.txt, in its own virtualenv. GRAPHPORT_REF_VENV names
# one already installed (then nothing is installed).
REF_VENV := $(or $(GRAPHPORT_REF_VENV),.cache/ref-venv)
REF_REQUIREMENTS := conformance/differential/requirements-ref.txt
CONF_NODE := conformance/sdk_replay/node
CONF_NODE_DEPS := $(if $(NPM),$(CONF_NODE)/node_modules/.installed)

ref-venv: ## The reference server's virtualenv (.cache/ref-venv, or GRAPHPORT_REF_VENV as it is).
ifdef GRAPHPORT_REF_VENV
	@test -x $(GRAPHPORT_REF_VENV)/bin/langgraph \
		|| { echo "GRAPHPORT_REF_VENV=$(GRAPHPORT_REF_VENV) has no bin/langgraph" >&2; exit 1; }
else
	@$(MAKE) --no-print-directory .cache/ref-venv/.installed
endif

.cache/ref-venv/.installed: $(REF_REQUIREMENTS) | $(STAMP)
	test -x .cache/ref-venv/bin/python || $(BIN)/uv venv --quiet --python $(PY) .cache/ref-venv
	$(BIN)/uv pip install --quiet --python .cache/ref-venv/bin/python -r $(REF_REQUIREMENTS)
	touch $@

$(CONF_NODE)/node_modules/.installed: $(CONF_NODE)/package.json $(CONF_NODE)/package-lock.json
	cd $(CONF_NODE) && $(NPM_CI)
	touch $@

conformance: venv ref-venv $(CONF_NODE_DEPS) test-backends ## schemathesis (full budget), SDK replay, differential, useStream in Chromium; the API suites on PostgreSQL (+ Redis).
	@# The system Chromium, never a downloaded one; without it (or apt) the browser test skips.
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium; } \
		|| { sudo -n apt-get update -qq && sudo -n apt-get install -y -qq chromium; } \
		|| echo "conformance: cannot install chromium; the browser test will skip" >&2
	GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES=100 GRAPHPORT_REF_VENV=$(abspath $(REF_VENV)) \
		$(BIN)/pytest conformance

conformance-record: venv $(CONF_NODE_DEPS) ## Record the SDK replay cassettes again (the diff is a protocol change).
	GRAPHPORT_CONFORMANCE_RECORD=1 $(BIN)/pytest conformance/sdk_replay

# `make bench` compares with the same reference virtualenv (`make ref-venv`).
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[dev,bench]'
	touch $@

bench: venv $(BENCH_STAMP) ref-venv ## Benchmarks against the reference and the in-process floor (QUICK=1: a short run).
	$(PY) -m bench.run --ref-venv $(abspath $(REF_VENV)) $(if $(filter-out 0,$(QUICK)),--quick)

# `make test` runs the live-server suites on SQLite; this runs them (and the tests that need
# PostgreSQL or Redis: migrations, several workers) on postgres+memory and postgres+redis,
# against 127.0.0.1:5432 / 127.0.0.1:6379 (skipped, with the reason, when those do not answer).
test-backends: venv ## The API suites on PostgreSQL and PostgreSQL + Redis.
	$(BIN)/pytest --backend postgres,postgres-redis -k "postgres or workers" -p no:cacheprovider

migration: venv ## Write a schema migration for the tables.py change: make migration m="what changed".
	$(PY) -m graphport.impl.storage.migrate "$(m)"
	$(BIN)/ruff check --fix --unsafe-fixes --quiet src/impl/storage/migrations/versions
	$(BIN)/ruff format --quiet src/impl/storage/migrations/versions
