# The two commands: `make run` (install, ingest the bundled corpus, start the chat)
# and `make test` (install, then run the tests). Everything installs into .venv.
VENV ?= .venv
PY := $(VENV)/bin/python
RD := $(VENV)/bin/rightsdesk
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install browser run ingest test lint eval bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first and pinned exactly: pip takes the CPU wheel on this machine.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

browser:
	bash scripts/install-chromium.sh

ingest: install
	$(RD) ingest

run: ingest
	$(RD) serve

test: install browser
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

eval: ingest
	$(RD) eval

bench: ingest
	$(RD) bench

clean:
	rm -rf data/index .pytest_cache
