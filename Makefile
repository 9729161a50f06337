# Every target sets up .venv itself, so a fresh clone needs nothing but Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
# `make demo` needs only the package and its emulator extra; the dev install includes both.
DEMO_STAMP := $(VENV)/.installed-emulator
# `langgraph dev` for the resumer's end-to-end tests, in a venv of its own (pyproject.toml's
# agent-server extra says why).
AGENT_VENV := .venv-agent-server
AGENT_STAMP := $(AGENT_VENV)/.installed
PKG := langsmith_control_plane_client
SPEC := openapi/control-plane.yaml
OVERLAY := openapi/overlay.yaml
MERGED := openapi/control-plane.merged.yaml


.PHONY: browser setup generate check-generated lint typecheck test test-fast test-pythons mutation demo bench bench-resumer soak
.DEFAULT_GOAL := test

# install(EXTRA): create the venv if need be, and install the package with EXTRA into it.
define install
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(1)]'
endef

# $(wildcard) so a copy of the generation inputs alone (as the check-generated test makes)
# can reuse an installed venv without a pyproject.toml beside it.
# The venv is made only when missing, so one that nox made for another Python (noxfile.py) is
# filled in place, not remade with $(PYTHON).
$(STAMP): $(wildcard pyproject.toml)
	$(call install,dev)
	$(MAKE) --no-print-directory browser
	touch $@ $(DEMO_STAMP)

# The browser the consent-page test drives (Playwright, with the system's chromium): Debian's
# package, installed when missing and we are root; anyone else is told what to run.
CHROMIUM ?= chromium
browser:
	@command -v $(CHROMIUM) >/dev/null 2>&1 \
	|| { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	|| echo "make: no $(CHROMIUM): install it (Debian: sudo apt-get install chromium) for the consent-page test" >&2

$(DEMO_STAMP): $(wildcard pyproject.toml)
	$(call install,emulator)
	touch $@

$(AGENT_STAMP): $(wildcard pyproject.toml)
	test -x $(AGENT_VENV)/bin/python || $(PYTHON) -m venv $(AGENT_VENV)
	$(AGENT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(AGENT_VENV)/bin/python -m pip install --quiet -e '.[agent-server]'
	touch $@

setup: $(STAMP) $(AGENT_STAMP)

# render(DIR): vendor the upstream sources (scripts/vendor_spec.py); overlay the result,
# normalize it (operationIds, titles, resource names; fails on undefined security schemes or
# clashing names; method names, written for the templates as names.jinja beside a copy of
# templates/) and validate it (scripts/normalize_spec.py); generate the client into DIR.
# The generator only warns when it drops a model or an operation, so any warning fails here:
# nothing the document defines may vanish silently.
# The vendored document goes into the package as openapi.json (compact JSON): the emulator
# serves every operation from it (langsmith_control_plane/testing/_document.py).
# openapi-python-client writes py.typed only when it also writes packaging metadata
# (--meta none skips both), so the marker is added here, as part of generation.
define render
	rm -rf $(1) && mkdir -p $(1)
	$(BIN)/python scripts/vendor_spec.py $(1) $(1)/openapi.json >/dev/null
	cp -R templates $(1)/templates
	$(BIN)/python scripts/normalize_spec.py $(1)/control-plane.yaml $(OVERLAY) \
		$(1)/control-plane.merged.yaml $(1)/control-plane.merged.json $(1)/templates/names.jinja
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --meta none \
		--path $(1)/control-plane.merged.json --config generator-config.yaml \
		--custom-template-path $(1)/templates \
		--output-path $(1)/$(PKG) > $(1)/generator.log 2>&1 \
		&& ! grep -qiE 'warning|error' $(1)/generator.log \
		|| { cat $(1)/generator.log >&2; echo "openapi-python-client warned or failed (above): fix the spec, the overlay or scripts/normalize_spec.py" >&2; exit 1; }
	rm -r $(1)/generator.log $(1)/control-plane.merged.json $(1)/templates
	mv $(1)/openapi.json $(1)/$(PKG)/openapi.json
	echo '# Marker file for PEP 561' > $(1)/$(PKG)/py.typed
endef

# Prints what changed in the API surface against the previous generation (scripts/api_changes.py),
# and writes the API reference page from the new resources (scripts/api_reference.py).
generate: $(STAMP)
	$(call render,.gen-tmp)
	@$(BIN)/python scripts/api_changes.py $(MERGED) .gen-tmp/control-plane.merged.yaml
	rm -rf generated/$(PKG) && mkdir -p generated
	mv .gen-tmp/$(PKG) generated/$(PKG)
	mv .gen-tmp/control-plane.yaml .gen-tmp/control-plane.sources.yaml .gen-tmp/control-plane.merged.yaml openapi/
	rm -rf .gen-tmp
	PYTHONPATH=generated:wrapper $(BIN)/python scripts/api_reference.py docs/api-reference.md

# __pycache__ is excluded: any run that imports the package writes it there unless
# PYTHONDONTWRITEBYTECODE is set (as on this project's machines, but not everyone's).
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory -s _render-into DIR="$$tmp" && \
	{ diff -ru -x __pycache__ generated/$(PKG) "$$tmp/$(PKG)" \
		&& diff -u $(SPEC) "$$tmp/control-plane.yaml" \
		&& diff -u openapi/control-plane.sources.yaml "$$tmp/control-plane.sources.yaml" \
		&& diff -u $(MERGED) "$$tmp/control-plane.merged.yaml"; } \
	|| { echo "generated/ or openapi/control-plane*.yaml is stale: run 'make generate' and commit the result." >&2; exit 1; }
	@echo "generated/ is up to date."

_render-into:
	$(call render,$(DIR))

lint: $(STAMP)
	$(BIN)/ruff check wrapper tests soak bench scripts noxfile.py
	$(BIN)/ruff format --check wrapper tests soak bench scripts noxfile.py

typecheck: $(STAMP)
	$(BIN)/mypy --strict wrapper/ noxfile.py

# Workers for pytest (pytest-xdist): many tests wait on loopback sockets, not on a core, so one
# more worker than the 2 cores of this project's machines pays off (a fourth costs more CPU than
# it overlaps: 30 to 50 s more a run, measured). `make test JOBS=0`: one process.
JOBS ?= 3
# --dist worksteal: an idle worker takes tests queued on a busy one, and tests/conftest.py deals
# the slow tests (the benchmark smoke, the generation and regeneration tests, the demo, ...) to
# the heads of the workers' first shares, rather than all of them heading one worker's.
# (--dist loadgroup, one test at a time, measured 150 s: workers wait on the controller.)
# PYTHONDONTWRITEBYTECODE is emptied for pytest: with it set (as on this project's machines),
# every worker and every subprocess compiles the package and re-rewrites the test modules from
# source, a third of a run's CPU; __pycache__ is ignored by git, check-generated and the wheel.
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(JOBS) --dist worksteal
# The full suite, the README's `make test`: the regeneration test and the other tests marked
# slow (generation, wheel and demo builds, cold mypy, the benchmark smoke) included. Whether
# generated/ is current is one of them (tests/build/test_generation.py runs check-generated),
# so it runs beside the others rather than before them.
test: lint typecheck $(AGENT_STAMP)
	$(PYTEST)

# The everyday run while working: everything but the tests marked slow.
test-fast: $(STAMP)
	$(PYTEST) -m "not slow"

# Breaks each invariant that matters in a copy of the tree and checks the tests then fail
# (scripts/mutation_check.py); a mutation that survives is a test missing.
mutation: $(STAMP)
	$(BIN)/python scripts/mutation_check.py

# What `make test` runs, on every supported Python this machine has (noxfile.py): the
# interpreter-independent checks once, then pytest in a venv per Python under .nox/.
test-pythons: $(STAMP)
	$(BIN)/nox

# An agent waits for its user's OAuth sign-in on the bundled emulator (scripts/demo.py).
demo: $(DEMO_STAMP)
	@$(BIN)/python scripts/demo.py

# Ours vs langchain-auth, raw httpx and bare-asyncio floors, plain and over TLS, tracing on and
# off, HTTP/2 against our HTTP/1.1 (bench/run.py, about nine minutes):
# prints the results, writes bench/results.json and the results block of docs/performance.md.
bench: $(STAMP)
	$(BIN)/python -m bench.run

# The consent resumer at scale (bench/resumer.py, about a minute and a half): 500 threads paused
# on a real `langgraph dev`, approved in random order over 30 s, each resumed exactly once;
# writes bench/resumer.json and its block of docs/performance.md.
bench-resumer: $(STAMP) $(AGENT_STAMP)
	$(BIN)/python -m bench.resumer

# 10,000 sequential and 2,000 concurrent waits with faults mixed in, then a leak check (soak/run.py).
soak: $(STAMP)
	$(BIN)/python soak/run.py
