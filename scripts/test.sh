#!/usr/bin/env bash
# The whole test suite, from a fresh clone on Debian 12: installs the
# build dependencies, builds with warnings as errors and runs every test
# (unit, CLI, golden corpus, bad inputs, editors, packaging, map/reduce,
# Dask, fuzzing, linearity), then builds with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs the suite again under them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh
jobs=$(nproc)

echo "== release build, warnings as errors"
cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci --output-on-failure -j "$jobs"

echo "== the same suite under AddressSanitizer and UndefinedBehaviorSanitizer, with the plain-loop byte blocks"
# Left out here, and only these: the fuzzers (they have their own
# sanitizer build, run by the release stage), the package (an instrumented
# .deb) and the instruction-count linearity test (valgrind cannot run
# sanitized binaries). The bad-input catalogue, 100 MB inputs included,
# the benchmark smoke test and the Dask run take about 80 s here.
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan --output-on-failure -j "$jobs" \
  -E '^(fuzz|deb_package|linearity)$'
