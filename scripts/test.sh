#!/usr/bin/env bash
# The whole test suite, from a fresh clone on Debian 12: installs the
# build dependencies, builds with warnings as errors, runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --output-on-failure -j "$(nproc)"
