# DV Desk — `make run` opens the app on the demo district, `make test` runs every test.
# Both create the virtual environment in .venv and install the project on first use:
# `make run` only what the program needs, `make test` the test tools as well.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUM := $(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RUN_STAMP := $(VENV)/.run-$(SUM)
STAMP := $(VENV)/.installed-$(SUM)

.PHONY: run test test-fast screenshots bench bundle lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@rm -f $(VENV)/.run-*
	@touch $@

# The test install includes everything the program needs, so `make run` after it
# installs nothing more.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	@rm -f $(VENV)/.installed-* $(VENV)/.run-*
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	@bash .ci/qt-libraries --install
	$(BIN)/dvdesk demo --keep-existing
	$(BIN)/dvdesk gui

# The offscreen tests and the real-window tests (tests/window: the program on its own
# Xvfb display, driven with real mouse and key events) run in this one pytest run, in one
# process per core (every test has its own files, display, port and database server).
# WORKERS=0 runs them in this process.
WORKERS ?= auto
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(WORKERS) --dist worksteal

test: $(STAMP)
	$(PYTEST)

test-fast: $(STAMP)
	$(PYTEST) -m "not slow"

# The README's pictures of the window, taken by the real-window tests.
screenshots: $(STAMP)
	DVDESK_DOCS_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/window/test_docs_screenshots.py

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
	rm -rf build dist .pytest_cache tests/artifacts
