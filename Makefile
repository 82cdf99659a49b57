# Each target bootstraps .venv on a fresh machine; the stamp re-installs when pyproject.toml changes.
PYTHON ?= python3
# Material prints a banner about MkDocs 2 on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site serve test chromium lint format bench golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# The same site built by Zensical into build/zensical/site: it runs no MkDocs plugins, so the
# pages are written as files into a build folder (never docs/) first. See zensical.yml.
.PHONY: site-zensical
site-zensical: $(STAMP)
	rm -rf build/zensical
	$(BIN)/chronology render events --docs docs --out build/zensical/docs
	cp zensical.yml build/zensical/mkdocs.yml
	cd build/zensical && $(CURDIR)/$(BIN)/zensical build --strict

# --dirty: a rebuild writes only the pages an edit changed; the chronology plugin makes that
# exact (every page that shows an edited event, the search index, deleted pages), see
# builder/incremental.py. Without it every rebuild rewrites every page.
serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload --dirty

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

# The browser tests fail, never skip, without Chromium. tests/conftest.py takes $CHROMIUM, else
# `chromium` on PATH (Debian's), else Playwright's own download; this makes sure one is there:
# Debian's through apt as root, else Playwright's (a no-op once downloaded), else one line saying
# what to install. What apt and Playwright said goes to $(CHROMIUM_LOG), not the terminal.
CHROMIUM_LOG := $(VENV)/chromium-install.log
chromium: $(STAMP)
	@if [ -n "$$CHROMIUM" ] || command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	: > $(CHROMIUM_LOG); \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "make: no chromium on PATH; installing Debian's with apt-get"; \
	  apt-get update -qq >>$(CHROMIUM_LOG) 2>&1 && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>$(CHROMIUM_LOG) 2>&1 && \
	  command -v chromium >/dev/null 2>&1 && exit 0; \
	fi; \
	echo "make: no chromium on PATH; using Playwright's own (playwright install chromium)"; \
	$(BIN)/playwright install chromium >>$(CHROMIUM_LOG) 2>&1 && exit 0; \
	echo "make: the browser tests need Chromium: install Debian's (sudo apt-get install chromium) or Playwright's ($(BIN)/playwright install chromium), then run make test again; what failed is in $(CHROMIUM_LOG)" >&2; \
	exit 1

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/dates_throughput.py
	$(BIN)/python benchmarks/dates_accuracy.py

golden: $(STAMP)
	$(BIN)/pytest tests/test_golden.py --regenerate-golden

clean:
	rm -rf site .chronology-cache
