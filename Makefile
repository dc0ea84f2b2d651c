# Two entry points that work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/northvale-darnet-standoff
EXAMPLE_FILES := $(EXAMPLE)/meridian-wire.txt $(EXAMPLE)/castria-press-agency.txt \
	$(EXAMPLE)/northvale-today.html $(EXAMPLE)/continental-observer.json

.PHONY: install demo test lint typecheck unit bench clean screenshots schema

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Bytecode for our own sources, refreshed on every install/test: with PYTHONDONTWRITEBYTECODE
# set (as on the shared machine) Python never caches it for an editable install, and each CLI
# run compiled ~150 modules again (about a fifth of the import time). Site-packages are
# compiled by pip.
install: $(STAMP)
	$(BIN)/python -m compileall -q src

demo: install
	$(BIN)/storydiff compare $(EXAMPLE_FILES)
	$(BIN)/storydiff compare $(EXAMPLE_FILES) --format html -o report.html
	$(BIN)/storydiff compare $(EXAMPLE_FILES) --format json -o report.json
	@echo "Open report.html in a browser; report.json holds the same findings."
	rm -f demo-corpus.db demo-corpus.db-wal demo-corpus.db-shm
	$(BIN)/storydiff ingest examples/corpus/articles.jsonl --db demo-corpus.db
	$(BIN)/storydiff stories --db demo-corpus.db
	$(BIN)/storydiff outlets --db demo-corpus.db

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: lint typecheck unit

# The JSON Schemas are generated from the model dataclasses; tests check the committed files.
schema: install
	v=$$($(BIN)/python -c 'from storydiff.model.core import SCHEMA_VERSION; print(SCHEMA_VERSION)') && \
	$(BIN)/python -m storydiff.model.schema > src/storydiff/schema/comparison-v$$v.json
	v=$$($(BIN)/python -c 'from storydiff.model.outlets import OUTLETS_SCHEMA_VERSION as v; print(v)') && \
	$(BIN)/python -m storydiff.model.schema outlets > src/storydiff/schema/outlets-v$$v.json

bench: install
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/own_code_speed.py
	$(BIN)/python benchmarks/msrp_eval.py
	$(BIN)/python benchmarks/tune_alignment.py
	$(BIN)/python benchmarks/seed_pair.py
	$(BIN)/python benchmarks/attribution_eval.py --split test
	$(BIN)/python benchmarks/quote_matching.py --split test
	$(BIN)/python benchmarks/stage_speed.py --stage quotes
	$(BIN)/python benchmarks/stage_speed.py --stage findings
	$(BIN)/python benchmarks/timex_eval.py --split test
	$(BIN)/python benchmarks/conflict_eval.py --split test
	$(BIN)/python benchmarks/stance_proxy.py
	$(BIN)/python benchmarks/entity_linking_eval.py --split test
	$(BIN)/python benchmarks/loaded_language_eval.py
	$(BIN)/python benchmarks/lexical_bias_eval.py
	$(BIN)/python benchmarks/stage_speed.py --stage entities
	$(BIN)/python benchmarks/basil_alignment.py

screenshots: install
	$(BIN)/python tests/browser.py

clean:
	rm -rf $(VENV) report.html report.json demo-corpus.db* .pytest_cache .mypy_cache .ruff_cache
