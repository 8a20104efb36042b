# Two entry points: `make run` starts the app, `make test` runs every check.
# Both create .venv on first use and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/listener

lint: $(STAMP)
	$(BIN)/ruff check listener tests benchmarks
	$(BIN)/ruff format --check listener tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -n 2 --dist loadgroup; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; fi; exit $$rc

format: $(STAMP)
	$(BIN)/ruff format listener tests benchmarks
	$(BIN)/ruff check --fix listener tests benchmarks

bench: $(STAMP)
	$(BIN)/listener bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
