#!/usr/bin/env python3
"""Benchmarks claimlint on a synthetic news corpus (issue 9, part 2).

    bench/run.py [--size-mb N] [--binary PATH] [--jobs-list 1,2] [--keep DIR] [--repeat N]
                 [--modes lint,extract,check]

Generates a corpus of about N MB (10**6 bytes) with bench/generate.py (or
reuses the one in --keep DIR when its size and seed match), then times

    lint     claimlint -q --stats --jobs J --format jsonl CORPUS > /dev/null
    extract  claimlint extract --stats --jobs J CORPUS > /dev/null
    check    claimlint check --claims -q --stats --jobs J --format jsonl CLAIMS > /dev/null

(check is the reduce step of a map/reduce run: CLAIMS is written once, untimed,
by `claimlint extract --claims CORPUS`; its MB/s are corpus MB per second, so
that they compare with lint's)

for every J of --jobs-list, and prints MB/s (throughput over the corpus
bytes and the wall time measured here), MB/s per job, CPU seconds (user +
system, from wait4) and MB per CPU second -- the figure to trust on a busy
machine, where wall time includes waiting for a core --, peak RSS (the
child's ru_maxrss from wait4), claims per MB and the seconds per pipeline
stage from the JSON line `--stats` prints on stderr (stage seconds are
summed over threads). The same figures go to bench/results.json (or
--output). With --repeat N each run is made N times and the one with the
median CPU time is reported (with the spread of all N), for machines
whose speed drifts from minute to minute. Without --binary it installs the Debian dependencies
(scripts/install-deps.sh) and builds the release preset first, so a fresh
clone needs one command: bench/run.py.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STAGES = ["read", "decode", "markup", "normalize", "segment", "document-checks", "extract", "bind", "index",
          "check", "report"]


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def build_release():
    """Installs the dependencies and builds the release preset; returns the binary."""
    log("no --binary: installing dependencies and building the release preset")
    subprocess.run([os.path.join(ROOT, "scripts", "install-deps.sh")], check=True)
    subprocess.run(["cmake", "--preset", "release"], cwd=ROOT, check=True)
    subprocess.run(["cmake", "--build", "--preset", "release", "--target", "claimlint"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "build", "release", "claimlint")


def corpus_bytes(path):
    total = 0
    files = 0
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            if not f.startswith("."):
                total += os.path.getsize(os.path.join(dirpath, f))
                files += 1
    return files, total


def ensure_corpus(path, size_mb, seed):
    """Generates the corpus in `path` unless a stamp says it is already there."""
    stamp = os.path.join(path, ".bench-corpus.json")
    with open(os.path.join(HERE, "generate.py"), "rb") as f:
        generator = hashlib.sha256(f.read()).hexdigest()[:16]
    want = {"size_mb": size_mb, "seed": seed, "generator": generator}
    try:
        with open(stamp) as f:
            if json.load(f) == want:
                log(f"reusing the corpus in {path}")
                return
    except (OSError, ValueError):
        pass
    if os.path.isdir(path):
        shutil.rmtree(path)
    log(f"generating {size_mb} MB in {path}")
    t0 = time.monotonic()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), path, "--size-mb", str(size_mb),
                    "--seed", str(seed)], check=True)
    log(f"generated in {time.monotonic() - t0:.1f} s")
    with open(stamp, "w") as f:
        json.dump(want, f)


def run_measured(cmd):
    """Runs cmd with stdout to /dev/null; returns (status, wall seconds, CPU seconds, peak RSS KiB, stderr)."""
    with tempfile.TemporaryFile() as err, open(os.devnull, "wb") as null:
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=null, stderr=err)
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the
        # maximum over every child so far.
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return p.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, text


def parse_stats(stderr):
    for line in reversed(stderr.splitlines()):
        line = line.strip()
        if line.startswith("{") and '"seconds"' in line:
            try:
                return json.loads(line)
            except ValueError:
                return None
    return None


def write_claims(binary, corpus, path):
    """The map step's output for the check mode (not timed)."""
    cmd = [binary, "extract", "--claims", corpus]
    log(f"running {' '.join(cmd)} > {path}")
    with open(path, "wb") as out:
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
    if p.returncode != 0:
        first = "\n".join(p.stderr.decode("utf-8", "replace").splitlines()[:5])
        raise SystemExit(f"bench: {' '.join(cmd)} exited with {p.returncode}:\n{first}")


def measure(binary, mode, jobs, corpus, nbytes, claims_file=None):
    if mode == "lint":
        cmd = [binary, "-q", "--stats", "--jobs", str(jobs), "--format", "jsonl", corpus]
    elif mode == "check":
        cmd = [binary, "check", "--claims", "-q", "--stats", "--jobs", str(jobs), "--format", "jsonl", claims_file]
    else:
        cmd = [binary, "extract", "--stats", "--jobs", str(jobs), corpus]
    log(f"running {' '.join(cmd)}")
    status, wall, cpu, rss, err = run_measured(cmd)
    stats = parse_stats(err)
    note = None
    if mode == "extract" and stats is None and status == 0:
        note = "extract printed no --stats line: wall time measured by bench/run.py, no stage times"
    if mode == "extract" and status == 2 and stats is None:
        # An older binary without `extract --stats`: time the run here.
        cmd = [c for c in cmd if c != "--stats"]
        log(f"extract refused --stats; running {' '.join(cmd)}")
        status, wall, cpu, rss, err = run_measured(cmd)
        note = "extract does not accept --stats: wall time measured by bench/run.py, no stage times"
    # Exit 1 only means findings at or above --fail-on.
    if status not in (0, 1):
        first = "\n".join(err.splitlines()[:5])
        raise SystemExit(f"bench: {' '.join(cmd)} exited with {status}:\n{first}")
    if stats and stats.get("bytes"):
        nbytes = stats["bytes"]
    mb = nbytes / 1e6
    claims = stats.get("claims") if stats else None
    return {
        "mode": mode,
        "jobs": jobs,
        "command": " ".join(cmd[:-1] + ["CLAIMS" if mode == "check" else "CORPUS"]) + " > /dev/null",
        "status": status,
        "wall_seconds": round(wall, 3),
        "mb": round(mb, 3),
        "mb_per_s": round(mb / wall, 2),
        "mb_per_s_per_job": round(mb / wall / jobs, 2),
        "cpu_seconds": round(cpu, 3),
        "mb_per_cpu_s": round(mb / cpu, 2) if cpu else None,
        "peak_rss_mb": round(rss / 1024, 1),
        "claims": claims,
        "claims_per_mb": round(claims / mb, 1) if claims is not None and mb else None,
        "stats": stats,
        "note": note,
    }


def measure_median(binary, mode, jobs, corpus, nbytes, repeat, claims_file=None):
    """measure() `repeat` times; the run of median CPU time, with the range of all."""
    runs = [measure(binary, mode, jobs, corpus, nbytes, claims_file) for _ in range(max(1, repeat))]
    if len(runs) == 1:
        return runs[0]
    # By the figure reported: CPU seconds are rounded to milliseconds, and
    # on a small corpus two runs can tie there while their MB/CPU-s differ.
    runs.sort(key=lambda r: r["mb_per_cpu_s"] or 0)
    median = dict(runs[len(runs) // 2])
    median["repeat"] = len(runs)
    median["mb_per_cpu_s_range"] = [runs[0]["mb_per_cpu_s"], runs[-1]["mb_per_cpu_s"]]
    median["mb_per_s_range"] = [min(r["mb_per_s"] for r in runs), max(r["mb_per_s"] for r in runs)]
    return median


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def print_table(results, files, nbytes):
    print(f"corpus: {files} files, {nbytes / 1e6:.1f} MB")
    print()
    head = (f"{'mode':<8} {'jobs':>4} {'wall s':>8} {'MB/s':>8} {'MB/s/job':>9} {'CPU s':>8} {'MB/CPU-s':>9} "
            f"{'peak RSS MB':>12} {'claims/MB':>10}")
    print(head)
    print("-" * len(head))
    for r in results:
        cpm = f"{r['claims_per_mb']:.1f}" if r["claims_per_mb"] is not None else "-"
        print(f"{r['mode']:<8} {r['jobs']:>4} {r['wall_seconds']:>8.2f} {r['mb_per_s']:>8.2f} "
              f"{r['mb_per_s_per_job']:>9.2f} {r['cpu_seconds']:>8.2f} {r['mb_per_cpu_s'] or 0:>9.2f} "
              f"{r['peak_rss_mb']:>12.1f} {cpm:>10}")
    for r in results:
        if r.get("repeat"):
            lo, hi = r["mb_per_cpu_s_range"]
            print(f"{r['mode']} --jobs {r['jobs']}: median of {r['repeat']} runs; MB/CPU-s ranged {lo:.2f}-{hi:.2f}, "
                  f"MB/s {r['mb_per_s_range'][0]:.2f}-{r['mb_per_s_range'][1]:.2f}")
    for r in results:
        if r.get("claims_file_mb") is not None:
            print(f"check --jobs {r['jobs']}: reads {r['claims_file_mb']:.1f} MB of claims (MB/s are corpus MB)")
            break
    for r in results:
        if r["note"]:
            print(f"note: {r['mode']} --jobs {r['jobs']}: {r['note']}")
    with_stats = [r for r in results if r["stats"] and "seconds" in r["stats"]]
    if not with_stats:
        return
    print()
    print("seconds per stage (wall clock per document, summed over threads)")
    cols = [f"{r['mode']} -j{r['jobs']}" for r in with_stats]
    print(f"{'stage':<16}" + "".join(f"{c:>16}" for c in cols))
    for stage in STAGES:
        cells = []
        for r in with_stats:
            secs = r["stats"]["seconds"]
            total = sum(secs.values()) or 1.0
            v = secs.get(stage)
            cells.append(f"{v:8.2f} {100 * v / total:5.1f}%" if v is not None else "-")
        print(f"{stage:<16}" + "".join(f"{c:>16}" for c in cells))


def main():
    ap = argparse.ArgumentParser(description="Benchmark claimlint on a synthetic news corpus.")
    ap.add_argument("--size-mb", type=float, default=100.0, help="corpus size in MB (default 100)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--binary", help="claimlint to measure (default: build the release preset)")
    ap.add_argument("--jobs-list", default=f"1,{os.cpu_count() or 1}",
                    help="comma-separated --jobs values (default: 1 and all cores)")
    ap.add_argument("--keep", metavar="DIR", help="generate the corpus in DIR and keep it (reused when it matches)")
    ap.add_argument("--modes", default="lint,extract,check",
                    help="comma-separated: lint, extract, check (default: all three)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per configuration; the median by CPU time is reported (default 1)")
    ap.add_argument("--output", default=os.path.join(HERE, "results.json"), help="JSON results (default bench/results.json)")
    args = ap.parse_args()

    jobs_list = [int(j) for j in args.jobs_list.split(",") if j.strip()]
    modes = [m for m in args.modes.split(",") if m]
    unknown = [m for m in modes if m not in ("lint", "extract", "check")]
    if unknown:
        ap.error(f"unknown mode {unknown[0]!r} (lint, extract, check)")
    binary = os.path.abspath(args.binary) if args.binary else build_release()
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()

    # Scratch space: the corpus unless --keep, and the claims of check.
    tmp = tempfile.mkdtemp(prefix="claimlint-bench-")
    corpus = os.path.abspath(args.keep) if args.keep else os.path.join(tmp, "corpus")
    try:
        ensure_corpus(corpus, args.size_mb, args.seed)
        files, nbytes = corpus_bytes(corpus)
        claims_file = None
        if "check" in modes:
            claims_file = os.path.join(tmp, "claims.jsonl")
            write_claims(binary, corpus, claims_file)
        results = [measure_median(binary, mode, j, corpus, nbytes, args.repeat, claims_file)
                   for mode in modes for j in jobs_list]
        if claims_file:
            claims_mb = os.path.getsize(claims_file) / 1e6
            for r in results:
                if r["mode"] == "check":
                    r["claims_file_mb"] = round(claims_mb, 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print_table(results, files, nbytes)
    doc = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "binary": binary,
        "version": version,
        "machine": {"cpus": os.cpu_count(), "cpu": cpu_model(), "kernel": platform.release()},
        "corpus": {"size_mb": args.size_mb, "seed": args.seed, "files": files, "bytes": nbytes},
        "runs": results,
    }
    with open(args.output, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    log(f"wrote {args.output}")


if __name__ == "__main__":
    main()
