# Set-up and the two everyday jobs. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test check install browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "browser tests need /usr/bin/chromium: sudo apt-get install chromium"; fi; fi

# Build the bundled examples, export them, and print the timeline.
demo: $(STAMP)
	rm -rf run/demo
	$(VENV)/bin/storyline build examples --db run/demo/storyline.db
	$(VENV)/bin/storyline export --db run/demo/storyline.db --out run/demo/export
	$(VENV)/bin/storyline stats --db run/demo/storyline.db
	$(VENV)/bin/storyline timeline --db run/demo/storyline.db

# Lint, format and type checks (configured in pyproject.toml); any finding fails the build.
check: $(STAMP)
	$(VENV)/bin/ruff check src
	$(VENV)/bin/ruff format --check src
	$(VENV)/bin/mypy

test: $(STAMP) browser
	$(MAKE) --no-print-directory check
	$(PY) -m pytest -q -ra

clean:
	rm -rf run test-artifacts .pytest_cache
