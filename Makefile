# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-12)
PA_DATA_DIR ?= data
export PA_DATA_DIR

.PHONY: install run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	@test -f $(PA_DATA_DIR)/index.json || $(BIN)/policy-assistant ingest
	$(BIN)/policy-assistant shell

lint: install
	$(BIN)/ruff check assistant embeddings ui evals tests

test: install lint
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

clean:
	rm -rf $(VENV) $(PA_DATA_DIR) .pytest_cache .ruff_cache
