# shenbao — build, demo, test, install.
#
#   make demo     validate the bundled example application
#   make test     run every test (installs what the tests need)
#   make install PREFIX=/usr/local

PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
EXAMPLE := forms/shanghai-ip-operations-2021/example/draft.yaml
SYSTEM_PACKAGES := libxml2-dev libzip-dev pkg-config
PYTHON_PACKAGES := check-jsonschema
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DEBUG := .build/debug/shenbao
BIN_RELEASE := .build/release/shenbao

.PHONY: all deps test-deps build release demo test install uninstall schemas readme-rules bench clean

all: build

# System libraries the package links (Debian names); installed only when missing.
deps:
	@missing=""; for package in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# What the interoperability tests run against: a real JSON Schema validator.
test-deps: deps
	@$(PYTHON) -c "import check_jsonschema" 2>/dev/null || \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check $(PYTHON_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: build
	@echo "== shenbao validate $(EXAMPLE)"
	@$(BIN_DEBUG) validate $(EXAMPLE)

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/shenbao/schemas
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/shenbao
	install -m 644 schemas/draft.schema.json schemas/form.schema.json $(DESTDIR)$(PREFIX)/share/shenbao/schemas/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/shenbao
	rm -rf $(DESTDIR)$(PREFIX)/share/shenbao

# Regenerates schemas/draft.schema.json from the form definition.
schemas: build
	$(BIN_DEBUG) schema draft > schemas/draft.schema.json.tmp
	mv schemas/draft.schema.json.tmp schemas/draft.schema.json

# Regenerates the README's table of finding codes from the rules themselves.
readme-rules: build
	$(BIN_DEBUG) rules --format markdown --lang en > .rules.md.tmp
	$(PYTHON) scripts/replace-between-markers.py README.md rules .rules.md.tmp
	rm -f .rules.md.tmp

bench: release test-deps
	bench/validate-1000.sh

clean:
	rm -rf .build
