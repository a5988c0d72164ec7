# shenbao — build, demo, test, install.
#
#   make demo     validate, render, package and verify the bundled example application
#   make test     run every test (installs what the tests need)
#   make install PREFIX=/usr/local

PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
EXAMPLE := forms/shanghai-ip-operations-2021/example/draft.yaml
SYSTEM_PACKAGES := libxml2-dev libzip-dev libyaml-dev libssl-dev libxlsxwriter-dev pkg-config
PYTHON_PACKAGES := check-jsonschema python-docx bagit openpyxl selenium pyyaml
# What the interoperability tests open our files with: Info-ZIP, LibreOffice (with CJK fonts, so
# the rendered form is laid out as it prints) and poppler's PDF tools.
TEST_SYSTEM_PACKAGES := unzip zip libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk fonts-liberation2 poppler-utils chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DEBUG := .build/debug/shenbao
BIN_RELEASE := .build/release/shenbao
# `shenbao serve` runs the web server's own executable, installed beside `shenbao`.
SERVE_RELEASE := .build/release/shenbao-serve

.PHONY: all deps test-deps build release demo test fuzz install uninstall schemas readme-rules bench clean

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

# What the interoperability tests run against: a JSON Schema validator, python-docx, LibreOffice.
test-deps: deps
	@$(MAKE) --no-print-directory deps SYSTEM_PACKAGES="$(TEST_SYSTEM_PACKAGES)"
	@$(PYTHON) -c "import check_jsonschema, docx, bagit, openpyxl, selenium, yaml" 2>/dev/null || \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check $(PYTHON_PACKAGES)

build: deps
	$(SWIFT) build

# The release binaries link the Swift runtime statically: they start faster, need less memory
# and run on machines without a Swift toolchain.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product shenbao
	$(SWIFT) build -c release --static-swift-stdlib --product shenbao-serve

demo: build
	@mkdir -p out
	@echo "== shenbao validate $(EXAMPLE)"
	@$(BIN_DEBUG) validate $(EXAMPLE)
	@echo "== shenbao render $(EXAMPLE) -o out/申报书.docx"
	@$(BIN_DEBUG) render $(EXAMPLE) -o out/申报书.docx --force
	@echo "== shenbao package $(EXAMPLE) -o out/申报材料.zip"
	@$(BIN_DEBUG) package $(EXAMPLE) -o out/申报材料.zip --force
	@echo "== shenbao verify out/申报材料.zip"
	@$(BIN_DEBUG) verify out/申报材料.zip
	@echo "The bundle is $(CURDIR)/out/申报材料.zip"

# The hostile-input property is held by the binary that ships: the static release build.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) build -c release --static-swift-stdlib --product shenbao
	$(SWIFT) test

# Fuzzes every reader of untrusted input for SECONDS seconds each (libFuzzer, AddressSanitizer).
SECONDS ?= 60
fuzz: test-deps build
	scripts/fuzz.sh $(SECONDS)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/shenbao/schemas
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/shenbao
	install -m 755 $(SERVE_RELEASE) $(DESTDIR)$(PREFIX)/bin/shenbao-serve
	install -m 644 schemas/draft.schema.json schemas/form.schema.json $(DESTDIR)$(PREFIX)/share/shenbao/schemas/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/shenbao $(DESTDIR)$(PREFIX)/bin/shenbao-serve
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
	$(PYTHON) bench/startup.py
	bench/validate-1000.sh
	$(PYTHON) bench/render_200.py
	$(PYTHON) bench/package_1gib.py
	$(PYTHON) bench/extract_200.py
	$(PYTHON) bench/extract_many.py
	$(PYTHON) bench/batch_1000.py
	$(PYTHON) bench/scaling_keys.py
	$(PYTHON) bench/serve_flood.py

clean:
	rm -rf .build .build-fuzz out fuzz-artifacts
