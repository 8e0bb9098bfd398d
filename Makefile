# Two commands do everything on a fresh Debian/Ubuntu machine with Python >= 3.11:
#   make briefing   set up (.venv, requirements, Chromium), then build the seeds briefing into outputs/
#   make test       set up, then run the whole test suite (the same command CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: briefing test setup chromium kernel bench eval clean-notebooks clean help

help:
	@echo "make briefing   build the seeds briefing into outputs/ (sets everything up first)"
	@echo "make test       run the test suite (sets everything up first)"
	@echo "make eval       score extraction on the labelled sets in ../shared/eval"
	@echo "make bench      time the toolchain floor against briefing run"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m ipykernel install --sys-prefix --name briefing --display-name "Python (briefing)" >/dev/null
	touch $(STAMP)

setup: $(STAMP) chromium

# Chromium prints the PDF. Installed with apt when missing and we are root; otherwise we say how.
chromium:
	@if $(BIN)/python -c "from briefing.export import find_chrome; import sys; sys.exit(0 if find_chrome() else 1)"; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Chromium and poppler-utils with apt-get ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-liberation2 >/dev/null; \
	else \
	  echo "NOTE: no Chrome/Chromium found: PDFs will be skipped. Install it (sudo apt-get install chromium) or set BRIEFING_CHROME."; \
	fi

briefing: setup
	$(BIN)/briefing run $(ARGS)

test: setup
	$(BIN)/python -m pytest -q $(ARGS)

eval: setup
	@for gold in ../shared/eval/seeds_gold.jsonl ../shared/eval/wiki_dev.jsonl ../shared/eval/muc4_dev.jsonl; do \
	  echo "== $$gold"; $(BIN)/briefing eval $$gold; done

bench: setup
	$(BIN)/python bench/bench_run.py

# Notebooks are committed without outputs.
clean-notebooks: $(STAMP)
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

clean:
	rm -rf outputs/*/ outputs/.run-*
