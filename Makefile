# The two commands of the README: `make serve` and `make test`.
# Everything installs into .venv on first use; nothing is needed beforehand
# but Python 3.10+ with venv (and, for `make test`, Debian's chromium, which
# the test target installs when it runs as root).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build import check test lint chromium bench clean

serve: $(VENV)/.run-deps  ## import the seeds, build and serve the site on http://127.0.0.1:8000
	$(BIN)/python -m generator import
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST)

build: $(VENV)/.run-deps  ## import the seeds and build the site into site/
	$(BIN)/python -m generator import
	$(BIN)/mkdocs build --strict

import: $(VENV)/.run-deps
	$(BIN)/python -m generator import

check: $(VENV)/.run-deps
	$(BIN)/python -m generator check

test: $(VENV)/.test-deps chromium  ## install what the tests need and run them all
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/lint-imports
	$(BIN)/python -m generator check
	$(BIN)/python bench/run.py --smoke
	$(BIN)/python -m pytest

lint: $(VENV)/.test-deps
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/lint-imports

bench: $(VENV)/.test-deps  ## the full benchmark (several minutes)
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/run.py

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
	  else echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2; exit 1; fi; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-deps: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml $(VENV)/.run-deps
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

clean:
	rm -rf site .pytest_cache
