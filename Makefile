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
LINTED := codegen src tests
# mypy cannot follow setuptools' editable finder (graphport -> src/); it reads this link instead.
MYPY_LINK := .cache/mypy/graphport

.PHONY: help venv serve test gen check-gen lint typecheck pytest conformance bench \
	check-compat release-spec

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

check-compat: venv ## Fail on a breaking change against the last released contract; print the changelog.
	$(PY) codegen/compat.py check

release-spec: venv ## Snapshot the spec as spec/released/<info.version>.yaml (the gate's new base).
	$(PY) codegen/compat.py release

test: venv check-gen lint check-compat pytest ## check-gen, lint, mypy, the compat gate, the test suite.

conformance: venv ## schemathesis over the implemented operations, with a bigger budget.
	GRAPHPORT_SCHEMATHESIS_MAX_EXAMPLES=500 $(BIN)/pytest tests/test_conformance.py

bench: ## Benchmarks (not built yet).
	@echo "bench: not built yet (issue 12)" >&2; exit 1
