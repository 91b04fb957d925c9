# DV Desk — `make run` opens the app on the demo district, `make test` runs every test.
# Both create the virtual environment in .venv and install the project on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-fast bench bundle lint clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $@

run: $(STAMP)
	$(BIN)/dvdesk demo --keep-existing
	$(BIN)/dvdesk gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,bench]"
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

bundle: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN installer.spec
	@du -sh dist/dvdesk && echo "run it: dist/dvdesk/dvdesk --version"

lint: $(STAMP)
	$(BIN)/ruff check dvdesk tests bench

clean:
	rm -rf build dist .pytest_cache
