#!/bin/bash
# Builds the `fuzz` preset and runs every libFuzzer target for a bounded time (issue 10).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
#
# Seed corpora are generated from the tree (tests/fuzz/seed_corpus.py) into
# build/fuzz/corpus/<target>/, where what libFuzzer finds accumulates between
# runs. Prints the executions of each target; exits 1 if any target crashed,
# leaked, hit undefined behaviour, timed out or broke an invariant, keeping
# the input in build/fuzz/crashes/<target>/ (copy it to
# tests/fuzz/regressions/<target>/ once fixed). FUZZ_TARGETS="plain html"
# runs a subset.
set -u

seconds=${1:-60}
case $seconds in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/fuzz
targets=${FUZZ_TARGETS:-plain markdown html numeral rules claims}

# Several people or CTest runs may share build/fuzz: one build at a time.
mkdir -p "$build"
(
  flock 9
  cd "$root" &&
    cmake --preset fuzz >"$build/configure.log" 2>&1 &&
    cmake --build --preset fuzz -j"${FUZZ_BUILD_JOBS:-2}" >"$build/build.log" 2>&1
) 9>"$build/.build.lock"
if [ $? -ne 0 ]; then
  echo "fuzz: configuring or building the fuzz preset failed:" >&2
  tail -n 30 "$build/configure.log" "$build/build.log" >&2
  exit 2
fi

python3 "$root/tests/fuzz/seed_corpus.py" "$root" "$build/corpus" >"$build/seeds.log" || exit 2

max_len() {
  case $1 in
    numeral) echo 4096 ;;
    rules) echo 8192 ;;
    claims) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for target in $targets; do
  binary=$build/tests/fuzz/fuzz_$target
  crashes=$build/crashes/$target
  log=$build/fuzz_$target.log
  mkdir -p "$crashes" "$build/corpus/$target"
  before=$(ls "$crashes" | wc -l)
  "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$(max_len "$target")" \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$build/corpus/$target" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  corpus_size=$(ls "$build/corpus/$target" | wc -l)
  after=$(ls "$crashes" | wc -l)
  if [ $status -eq 0 ] && [ "$after" -eq "$before" ]; then
    echo "fuzz_$target: ${execs:-?} executions in ${seconds}s, corpus $corpus_size inputs, no crash"
  else
    failed=1
    echo "fuzz_$target: FAILED (status $status) after ${execs:-?} executions; log: $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: |.*runtime error)' "$log" | head -n 10
    for f in $(ls -t "$crashes" | head -n "$((after - before > 0 ? after - before : 1))"); do
      echo "  input kept: $crashes/$f"
    done
  fi
done
exit $failed
