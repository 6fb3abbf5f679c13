#!/usr/bin/env python3
"""The Dask driver equals the one-shot run (issue 9, part 6).

Runs scripts/dask_claimlint.py on a local cluster of 2 worker processes over
the repository's corpus/ (from the repository root, so that paths match) and
asserts that its stdout and exit status equal those of `claimlint corpus`,
in JSON Lines (2 shards) and in text (3 shards, 5 partitions). Prints
"skipped: ..." and exits 0 when python3-distributed is missing or when the
binary has no `extract --claims` yet.
"""

import argparse
import os
import subprocess
import sys


def have_distributed():
    try:
        import distributed  # noqa: F401
        return True
    except ImportError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    os.chdir(args.source_dir)

    if not have_distributed():
        print("skipped: python3-distributed is not installed (apt-get install python3-distributed)")
        return 0
    probe = subprocess.run([binary, "extract", "--claims", "corpus/h200/wire-approval.txt"], capture_output=True)
    if probe.returncode == 2:
        print("skipped: this claimlint has no `extract --claims` yet")
        return 0

    driver = os.path.join(args.source_dir, "scripts", "dask_claimlint.py")
    failures = 0
    for fmt, extra in (("jsonl", []), ("text", ["--shards", "3", "--partitions", "5"])):
        one = subprocess.run([binary, "--format", fmt, "--color", "never", "corpus"], capture_output=True)
        cmd = [sys.executable, driver, "--local-workers", "2", "--binary", binary, "--format", fmt, *extra, "corpus"]
        dask = subprocess.run(cmd, capture_output=True)
        if dask.returncode not in (0, 1, 2) or (dask.returncode == 2 and one.returncode != 2):
            print(f"FAIL {fmt}: driver exited with {dask.returncode}\n{dask.stderr.decode(errors='replace')[-3000:]}")
            failures += 1
            continue
        if dask.stdout != one.stdout:
            a = one.stdout.decode(errors="replace").splitlines()
            b = dask.stdout.decode(errors="replace").splitlines()
            print(f"FAIL {fmt}: the Dask output differs from the one-shot output "
                  f"({len(b)} lines against {len(a)})")
            for i, (x, y) in enumerate(zip(a, b)):
                if x != y:
                    print(f"first difference at line {i + 1}:\n  one-shot: {x}\n  dask:     {y}")
                    break
            failures += 1
        elif dask.returncode != one.returncode:
            print(f"FAIL {fmt}: exit status {dask.returncode}, one-shot {one.returncode}")
            failures += 1
        else:
            lines = one.stdout.count(b"\n")
            print(f"ok {fmt}: {lines} lines identical, exit status {one.returncode}")
    return 1 if failures else 0


if __name__ == "__main__":
    if not have_distributed() and os.path.exists("/usr/bin/python3") and \
            os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and \
            not os.environ.get("DASK_TEST_REEXEC"):
        # Debian's python3-distributed lives with Debian's python3.
        os.environ["DASK_TEST_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    sys.exit(main())
