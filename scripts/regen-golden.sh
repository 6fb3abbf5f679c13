#!/usr/bin/env bash
# Regenerates corpus/<topic>/expected.out from the current build; review
# the diff before committing it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/debug/claimlint}
python3 "$root/tests/scripts/golden.py" --binary "$binary" --source-dir "$root" --regenerate
git -C "$root" diff --stat -- corpus
