# Two entry points: `make run` starts the app, `make test` runs every check.
# Both create .venv on first use and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench eval clean chromium

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

# Browser tests need Debian's Chromium: install it when missing and we are root, else say they will skip.
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -q && apt-get install -y -q chromium chromium-driver) >/dev/null \
	  || echo "could not install chromium: browser tests will be skipped"; \
	else echo "chromium is missing and we are not root: browser tests will be skipped"; fi

test: lint chromium
	$(BIN)/python -m pytest -n 2 --dist loadgroup; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; fi; exit $$rc

format: $(STAMP)
	$(BIN)/ruff format listener tests benchmarks
	$(BIN)/ruff check --fix listener tests benchmarks

bench: $(STAMP)
	$(BIN)/listener bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
