#!/usr/bin/env python3
"""Golden tests: runs claimlint over each corpus topic and compares its
whole output with corpus/<topic>/expected.out (empty = must stay silent).
With --regenerate, writes the expected files instead."""
import argparse
import difflib
import os
import re
import subprocess
import sys


def run_topic(binary, source_dir, topic):
    cmd = [binary, "--color=never", os.path.join("corpus", topic)]
    return subprocess.run(cmd, cwd=source_dir, capture_output=True, check=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--regenerate", action="store_true")
    args = ap.parse_args()
    corpus = os.path.join(args.source_dir, "corpus")
    topics = sorted(t for t in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, t)))
    passed = failed = 0
    for topic in topics:
        expected_path = os.path.join(corpus, topic, "expected.out")
        result = run_topic(args.binary, args.source_dir, topic)
        actual = result.stdout.decode("utf-8", "replace")
        if args.regenerate:
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(actual)
            print(f"wrote {expected_path}")
            continue
        if not os.path.exists(expected_path):
            print(f"FAIL {topic}: {expected_path} is missing (run scripts/regen-golden.sh)")
            failed += 1
            continue
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
        want_status = 1 if (": warning: " in expected or ": error: " in expected) else 0
        problems = []
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        f"{topic}/expected.out", f"{topic} (actual)")
            problems.append("".join(diff))
        if result.returncode != want_status:
            problems.append(f"exit status {result.returncode}, expected {want_status}\n")
        # stderr holds only the summary line ("N files, M diagnostics, K skipped").
        err = result.stderr.decode("utf-8", "replace")
        if not re.fullmatch(r"\d+ files?, \d+ diagnostics?, \d+ skipped\n", err):
            problems.append("stderr: " + err)
        if problems:
            failed += 1
            print(f"FAIL {topic}")
            for p in problems:
                sys.stdout.write(p)
        else:
            passed += 1
            print(f"ok   {topic}")
    if not args.regenerate:
        print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
