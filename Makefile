# The two commands of the README:
#   make audit  — install what is missing, build, audit reports/ with the shipped packs
#   make test   — install what is missing, build with ASan + UBSan, run the whole test suite
# Everything comes from Debian's packages (and the SARIF validator from the npm registry).

BUILD       ?= build
TEST_BUILD  ?= build-asan
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BUILD_PACKAGES := cmake g++ make pkg-config libyaml-cpp-dev libfmt-dev librange-v3-dev \
  libre2-dev libutf8proc-dev nlohmann-json3-dev libcli11-dev libgumbo-dev libpugixml-dev libzip-dev \
  libgoogle-perftools-dev libpoppler-cpp-dev libgit2-dev libssl-dev libopencc-dev
TEST_PACKAGES  := libgtest-dev libgmock-dev python3 python3-jsonschema python3-yaml pre-commit git chromium \
  libreoffice-writer-nogui poppler-utils fonts-noto-cjk parallel dpkg-dev

.PHONY: audit test build bench bench-corpus bench-memory fuzz deps test-deps fuzz-deps sarif-validator format tidy clean

audit: build
	@echo "== crossfoot check reports/ (exit status 1 means findings, which is what an audit is for)"
	@./$(BUILD)/crossfoot check reports/; status=$$?; [ $$status -le 1 ] || exit $$status

test: test-deps sarif-validator
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCROSSFOOT_SANITIZE=ON -DCROSSFOOT_WERROR=ON
	cmake --build $(TEST_BUILD) -j $(JOBS)
	ctest --test-dir $(TEST_BUILD) --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCROSSFOOT_TESTS=OFF
	cmake --build $(BUILD) -j $(JOBS)

# libFuzzer targets, each run FUZZ_SECONDS from seeds made of the fixtures (CI: a short run).
FUZZ_SECONDS ?= 15
fuzz: fuzz-deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCROSSFOOT_FUZZ=ON -DCROSSFOOT_WERROR=OFF \
	  -DCMAKE_CXX_COMPILER=clang++
	cmake --build build-fuzz -j $(JOBS)
	tools/run_fuzz.sh $(FUZZ_SECONDS) build-fuzz

fuzz-deps: deps
	@missing=$$(for p in clang libclang-rt-dev; do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Speed targets live here, not in timed unit tests (docs/performance.md records the figures).
bench: deps
	@dpkg -s libbenchmark-dev >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libbenchmark-dev; }
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCROSSFOOT_TESTS=OFF -DCROSSFOOT_BENCH=ON
	cmake --build build-bench -j $(JOBS) --target crossfoot_bench crossfoot
	./build-bench/crossfoot_bench
	python3 bench/startup.py --binary build-bench/crossfoot

# The batch benchmark and accuracy check over a synthetic corpus (BENCH_REPORTS reports).
BENCH_REPORTS ?= 10000
# Peak memory against input size for text, HTML and .docx (docs/performance.md).
bench-memory: build
	python3 bench/peak_memory.py --binary $(BUILD)/crossfoot --work build-bench/memory

bench-corpus: build
	python3 bench/run_bench.py --reports $(BENCH_REPORTS) --binary $(BUILD)/crossfoot --corpus build-bench/corpus

# Installs only the packages that are missing, so that a ready machine needs neither sudo nor network.
deps:
	@missing=$$(for p in $(BUILD_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "== installing:" $$missing; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# node and npm may come from elsewhere than Debian; only a missing npm is installed.
test-deps: deps
	@pkgs="$(TEST_PACKAGES)"; command -v npm >/dev/null 2>&1 || pkgs="$$pkgs nodejs npm"; \
	missing=$$(for p in $$pkgs; do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "== installing:" $$missing; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Microsoft's SARIF Multitool, pinned in tools/sarif/package-lock.json.
sarif-validator:
	@[ -x tools/sarif/node_modules/.bin/sarif-multitool ] || (cd tools/sarif && npm ci --no-audit --no-fund --loglevel=error)
	@chmod u+x tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

# clang-tidy over src/ with the compile commands of the test build (run `make test` first).
tidy:
	@[ -f $(TEST_BUILD)/compile_commands.json ] || $(MAKE) test
	run-clang-tidy -p $(TEST_BUILD) -j $(JOBS) -quiet -extra-arg=-Wno-unknown-warning-option \
	  '$(CURDIR)/src/' > $(TEST_BUILD)/clang-tidy.log 2>&1; status=$$?; \
	  grep -E "(warning|error):" $(TEST_BUILD)/clang-tidy.log | grep -v "warnings generated" | sort -u; \
	  exit $$status

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
