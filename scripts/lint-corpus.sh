#!/usr/bin/env bash
# Builds claimlint (release) and runs it over corpus/ with the built-in
# rules, from a fresh clone on Debian 12. Extra arguments go to claimlint
# (e.g. --format sarif). Exits with claimlint's status: 1 means findings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh >&2
cmake --preset release >/dev/null
cmake --build --preset release >&2
exec build/release/claimlint "$@" corpus/
