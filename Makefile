# Radiate: `make run` serves the app, `make test` runs every test.
# Both set up what they need on first use and are quick afterwards.

VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8050

.PHONY: run serve test test-fast check bench screenshots schema drawing lint browser nginx clean

run: $(VENV)/.run-installed
	HOST=$(HOST) PORT=$(PORT) exec $(PY) app.py

# The production configuration (docs/deploy.md): nginx in front of gunicorn, on
# 127.0.0.1:$$PORT (8000 unless set), in the foreground; SIGTERM to make or to it
# stops everything within 5 s. PUBLIC_URL, ALLOWED_HOSTS, TRUST_FORWARDED_PROTO:
# docs/deploy.md.
serve: $(VENV)/.run-installed nginx
	PORT=$${PORT:-8000} exec $(PY) -m deploy.serve

# Two processes (pytest-xdist), one per core, each test file in one of them.
PYTEST_JOBS ?= 2
test: $(VENV)/.test-installed browser axe nginx
	$(PY) -m pytest --headless -n $(PYTEST_JOBS) --dist loadfile $(PYTEST_ARGS)

# Everything but the browser: the knowledge base, reasoning, URL, drawing, serving.
test-fast: $(VENV)/.test-installed nginx
	$(PY) -m pytest -m "not browser" -q $(PYTEST_ARGS)

check: $(VENV)/.run-installed
	$(PY) -m viz.content check
	$(PY) -m viz.drawing.served

schema: $(VENV)/.run-installed
	$(PY) -m viz.content schema docs/schema

drawing: $(VENV)/.run-installed
	$(PY) -m viz.drawing

bench: $(VENV)/.test-installed browser nginx
	$(PY) -m benchmarks

screenshots: $(VENV)/.test-installed browser
	$(PY) -m benchmarks.screenshots docs

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Debian's python3 creates a venv only with python3-venv (its ensurepip).
$(PY):
	@python3 -c "import ensurepip, venv" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's python3-venv..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	  else \
	    echo "Creating .venv needs Python's venv module: sudo apt-get install python3-venv"; exit 1; \
	  fi; }
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.run-installed

# Debian's chromium and chromium-driver drive the browser tests.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's chromium and chromium-driver..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else \
	    echo "The browser tests need Debian's chromium and chromium-driver:"; \
	    echo "  sudo apt-get install chromium chromium-driver"; exit 1; \
	  fi; }

# Debian's nginx fronts `make serve` (and its tests): it buffers slow clients.
nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's nginx-light..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; \
	  else \
	    echo "make serve needs Debian's nginx: sudo apt-get install nginx-light"; exit 1; \
	  fi; }

clean:
	rm -rf $(VENV) *.egg-info

# axe-core, from npm, checks the page against WCAG 2.2 AA in the browser tests.
AXE := .cache/node_modules/axe-core/axe.min.js

.PHONY: axe
axe: $(AXE)

$(AXE):
	@command -v npm >/dev/null || { \
	  echo "The accessibility tests need axe-core from npm, but npm is missing:"; \
	  echo "  install Node.js and npm (e.g. sudo apt-get install npm), then run make again"; \
	  exit 1; }
	npm install --no-save --no-audit --no-fund --silent --prefix .cache axe-core@4
	@test -f $@ || { echo "npm did not install $@"; exit 1; }

# Load: gunicorn with 2 workers, 40 people for 20 s. Scale-out: 2 instances behind nginx.
.PHONY: load scaleout
load: $(VENV)/.test-installed nginx
	$(PY) -m benchmarks.load

scaleout: $(VENV)/.test-installed nginx
	$(PY) -m benchmarks.scaleout
