# ictwizard — `make run` opens the wizard on the demo, `make test` runs every check.
# Both build .venv first, so a fresh clone needs nothing but Python 3.11 and these two lines.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PANGO_HELP := WeasyPrint (PDF-rapport) vindt de systeembibliotheek Pango niet. Installeer ze met:\n  sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0

.PHONY: run test lint format snapshots clean pango

# Open the wizard on a copy of the bundled demo scholengroep.
run: $(STAMP)
	@$(BIN)/python -c "import weasyprint" 2>/dev/null || printf 'Let op: $(PANGO_HELP)\n\n'
	$(BIN)/ictwizard demo

# Lint, type-check and run the whole test suite.
test: $(STAMP) pango lint
	$(BIN)/pytest -n auto

# Style and types: ruff (lint + format check) and mypy --strict.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Rewrite the code in the project's style.
format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the SVG snapshots of the TUI after a deliberate change of the screens.
snapshots: $(STAMP)
	$(BIN)/pytest --snapshot-update tests/tui

# Fail with the exact apt-get line when Pango is missing (WeasyPrint needs it for the PDF).
pango: $(STAMP)
	@$(BIN)/python -c "import weasyprint" 2>/dev/null || { printf '$(PANGO_HELP)\n'; exit 1; }

# Build the virtual environment once, and again whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "ictwizard heeft Python 3.11 of nieuwer nodig ($(PYTHON) is $$($(PYTHON) -V 2>&1))."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
		{ echo "Kan geen virtuele omgeving maken. Installeer: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Remove the virtual environment and caches.
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
