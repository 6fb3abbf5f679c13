#!/usr/bin/env python3
"""CTest bench_smoke: bench/run.py on a 2 MB corpus prints MB/s for lint,
extract and check (the reduce) and writes valid JSON. It never asserts a
timing."""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-smoke-") as tmp:
        out = os.path.join(tmp, "results.json")
        p = subprocess.run([sys.executable, os.path.join(HERE, "run.py"), "--size-mb", "2", "--binary", args.binary,
                            "--jobs-list", "1,2", "--repeat", "3", "--output", out], capture_output=True, text=True)
        print(p.stdout)
        if p.returncode != 0:
            print(p.stderr)
            print(f"FAIL: bench/run.py exited with {p.returncode}")
            return 1
        if "MB/s" not in p.stdout:
            print("FAIL: no MB/s in the output")
            return 1
        with open(out) as f:
            doc = json.load(f)
        runs = doc.get("runs", [])
        want = {(m, j) for m in ("lint", "extract", "check") for j in (1, 2)}
        got = {(r["mode"], r["jobs"]) for r in runs}
        if got != want:
            print(f"FAIL: runs {sorted(got)}, expected {sorted(want)}")
            return 1
        for r in runs:
            for key in ("mb_per_s", "peak_rss_mb", "wall_seconds"):
                if not isinstance(r.get(key), (int, float)) or r[key] <= 0:
                    print(f"FAIL: {r['mode']} -j{r['jobs']}: {key} = {r.get(key)!r}")
                    return 1
            lo, hi = r.get("mb_per_cpu_s_range") or (0, 0)
            if r.get("repeat") != 3 or not 0 < lo <= r["mb_per_cpu_s"] <= hi:
                print(f"FAIL: {r['mode']} -j{r['jobs']}: not the median of 3 runs: {r.get('repeat')!r}, "
                      f"{r.get('mb_per_cpu_s')!r} in {r.get('mb_per_cpu_s_range')!r}")
                return 1
        if "median of 3 runs" not in p.stdout:
            print("FAIL: the table does not say the runs were repeated")
            return 1
        lint = [r for r in runs if r["mode"] == "lint"]
        if any(r["claims_per_mb"] is None for r in lint):
            print("FAIL: lint runs without a claim count (no --stats line?)")
            return 1
        # The reduce counts the same claims as the one-shot run.
        check = [r for r in runs if r["mode"] == "check"]
        if any(r["claims"] != lint[0]["claims"] or not r.get("claims_file_mb") for r in check):
            print(f"FAIL: check runs count {[r['claims'] for r in check]} claims, lint {lint[0]['claims']}")
            return 1
        print(f"ok: {len(runs)} runs, {doc['corpus']['files']} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
