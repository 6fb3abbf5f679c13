#!/usr/bin/env python3
"""Runs claimlint as map and reduce tasks on Dask distributed (issue 9, part 6).

    scripts/dask_claimlint.py (--scheduler ADDRESS | --local-workers N) --binary PATH
                              [--partitions P] [--shards N] [--format text|jsonl]
                              [--workdir DIR] [--option ARG]... PATHS...

1. Lists the inputs as claimlint does: files as given, directories walked
   recursively in sorted order, hidden entries skipped, only .txt .text .md
   .markdown .html .htm .xhtml files kept from a walk.
2. Map: splits the list into P contiguous partitions; one Dask task per
   partition runs `claimlint extract --claims FILES...` and keeps its JSON
   Lines (the claims and document findings of each document).
3. Reduce: one Dask task per shard K runs
   `claimlint check --claims --shard K/N --format F CLAIMS...` over every
   map output, in partition order; the binary keeps the claim groups whose
   key hashes to K and the document findings of the files that do.
4. Merge: the N outputs are put back in the one-shot order (path, byte
   offset, check id, message; stable), so stdout equals
   `claimlint --format F PATHS...` byte for byte. Stderr carries the tasks'
   messages; the exit status is the highest of the tasks' (0, 1 or 2).

Where map outputs live: without --workdir they travel through Dask as task
results (fine for a corpus of a few GB on a few machines); with --workdir
DIR (a directory every worker sees, e.g. NFS) each map task writes its
claims file there and only paths travel. Either way the workers must see
the input files under the same paths, relative to the driver's working
directory, because `check` re-reads them for excerpts.

Options for claimlint itself (rules, config, -W, --date...) go through
--option, once per argument: --option=--date=2025-01-01 --option=-Wall.

Multi-machine use: start a scheduler and workers, then point the driver at
the scheduler:

    dask-scheduler --port 8786                                 # on host A
    dask-worker tcp://hostA:8786 --nthreads 1 --nworkers 8     # on each host
    scripts/dask_claimlint.py --scheduler tcp://hostA:8786 \\
        --binary /opt/claimlint/bin/claimlint --partitions 256 --shards 16 \\
        --workdir /shared/tmp/claimlint archive/

See bench/README.md ("Map/reduce on Dask, Spark and Hadoop") for more.

Needs Debian's python3-distributed, which is installed for /usr/bin/python3:
when another python3 comes first on PATH and cannot import distributed, the
script starts again under /usr/bin/python3.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid

EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")


def import_distributed():
    try:
        import distributed  # noqa: F401
        return True
    except ImportError:
        return False


# --- listing the inputs (src/source/input_walker.cc) -------------------------

def walk(directory, visited, out):
    try:
        canonical = os.path.realpath(directory, strict=True)
    except OSError:
        out.append(directory)  # claimlint reports the error
        return
    if canonical in visited:
        return  # a symlink loop or a second path to the same directory
    visited.add(canonical)
    try:
        names = os.listdir(directory)
    except OSError:
        out.append(directory)
        return
    # claimlint sorts std::filesystem::path filenames: byte order, which is
    # the code-point order of Python strings.
    for name in sorted(names, key=lambda n: n.encode("utf-8", "surrogateescape")):
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        if os.path.isdir(path):
            walk(path, visited, out)
        elif os.path.isfile(path) and name.lower().endswith(EXTENSIONS):
            out.append(path)


def list_inputs(paths):
    """The files claimlint would read for `paths`, in its order."""
    out = []
    visited = set()
    for p in paths:
        if p == "-":
            raise SystemExit("dask_claimlint: standard input cannot be distributed; give paths")
        if os.path.isdir(p):
            before = len(out)
            walk(p, visited, out)
            if len(out) == before:
                print(f"dask_claimlint: warning: no input files in '{p}'", file=sys.stderr)
        else:
            out.append(p)  # a file, or a missing path claimlint will report
    return out


def partition(items, parts):
    """`parts` contiguous chunks of nearly equal size, in order, none empty."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    chunks = []
    start = 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        chunks.append(items[start:end])
        start = end
    return chunks


# --- the tasks (run on the workers) -------------------------------------------

def map_task(binary, cwd, files, options, workdir):
    """`claimlint extract --claims FILES`: returns (status, claims text or path, stderr)."""
    p = subprocess.run([binary, "extract", "--claims", *options, *files], cwd=cwd, capture_output=True)
    if workdir is None:
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, f"claims-{uuid.uuid4().hex}.jsonl")
    with open(path, "wb") as f:
        f.write(p.stdout)
    return p.returncode, path, p.stderr.decode("utf-8", "replace")


def reduce_task(binary, cwd, shard, shards, fmt, options, workdir, *map_results):
    """`claimlint check --claims --shard K/N`: returns (status, stdout bytes, stderr)."""
    tmp = None
    try:
        if workdir is None:
            tmp = tempfile.mkdtemp(prefix="claimlint-reduce-")
            paths = []
            for i, (_, text, _) in enumerate(map_results):
                path = os.path.join(tmp, f"part-{i:06d}.jsonl")
                with open(path, "wb") as f:
                    f.write(text)
                paths.append(path)
        else:
            paths = [path for _, path, _ in map_results]
        cmd = [binary, "check", "--claims", "--shard", f"{shard}/{shards}", "--format", fmt, "--color", "never",
               *options, *paths]
        p = subprocess.run(cmd, cwd=cwd, capture_output=True)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


# --- merging in the one-shot order (src/report/text_renderer.cc) --------------

def sort_key_jsonl(line):
    import json
    d = json.loads(line)
    path = d.get("path") or ""
    return (path.encode("utf-8", "surrogateescape"), d.get("start", 0), d.get("check", "").encode(),
            d.get("message", "").encode("utf-8", "surrogateescape"))


def merge_jsonl(outputs):
    records = []
    for out in outputs:
        records.extend(line for line in out.split(b"\n") if line.strip())
    # sorted() is stable, as claimlint's std::stable_sort; ties keep shard order.
    records = sorted(records, key=lambda line: sort_key_jsonl(line.decode("utf-8", "surrogateescape")))
    return b"".join(r + b"\n" for r in records)


SUMMARY = re.compile(r"^(\d+) files?, (\d+) diagnostics?, (\d+) skipped(?:, (\d+) failed)?$")
ENTRY = re.compile(rb"^(.*?):(\d+):(\d+): (?:error|warning|note): (.*) \[([A-Za-z0-9-]+)\]$")


def merge_text(outputs, check_ids):
    """Splits each output into diagnostics (a primary line ending in [check],
    then indented excerpts and its notes) and sorts them. Line and column
    order equals byte-offset order within a file."""
    blocks = []
    for out in outputs:
        current = None
        if not out:
            continue
        for line in out[:-1].split(b"\n") if out.endswith(b"\n") else out.split(b"\n"):
            m = None if line.startswith(b" ") else ENTRY.match(line)
            if m and m.group(5).decode() in check_ids:
                path, ln, col, msg, check = m.groups()
                current = [(path, int(ln), int(col), check, msg), [line]]
                blocks.append(current)
            elif current is not None:
                current[1].append(line)
            else:
                raise SystemExit(f"dask_claimlint: cannot parse check output line: {line[:120]!r}")
    blocks.sort(key=lambda b: b[0])
    return b"".join(b"\n".join(lines) + b"\n" for _, lines in blocks)


# --- the driver -------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="claimlint map/reduce on Dask distributed")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing scheduler, e.g. tcp://host:8786")
    where.add_argument("--local-workers", type=int, metavar="N", help="start a local cluster of N worker processes")
    ap.add_argument("--binary", required=True, help="the claimlint executable (same path on every worker)")
    ap.add_argument("--partitions", type=int, default=0, help="map tasks (default: 4 per worker)")
    ap.add_argument("--shards", type=int, default=0, help="reduce tasks (default: one per worker)")
    ap.add_argument("--format", choices=["text", "jsonl"], default="text")
    ap.add_argument("--workdir", help="directory visible to every worker for the map outputs")
    ap.add_argument("--option", action="append", default=[], metavar="ARG",
                    help="an argument passed to both claimlint steps (repeatable)")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()

    from distributed import Client, LocalCluster

    binary = os.path.abspath(args.binary) if os.path.exists(args.binary) else args.binary
    cwd = os.getcwd()
    files = list_inputs(args.paths)
    if not files:
        raise SystemExit("dask_claimlint: no input files")

    cluster = None
    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)
    workdir = None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        parts = args.partitions or 4 * workers
        shards = args.shards or workers
        if args.workdir:
            workdir = os.path.join(os.path.abspath(args.workdir), f"run-{uuid.uuid4().hex}")
        maps = [client.submit(map_task, binary, cwd, chunk, args.option, workdir, pure=False)
                for chunk in partition(files, parts)]
        reduces = [client.submit(reduce_task, binary, cwd, k, shards, args.format, args.option, workdir, *maps,
                                 pure=False)
                   for k in range(shards)]
        map_results = client.gather(maps)
        reduce_results = client.gather(reduces)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    status = 0
    for code, _, err in map_results:
        sys.stderr.write(err)
        status = max(status, code)
    outputs = []
    # Each shard counts the files it owns, so the shards' summary lines add
    # up to the one-shot summary; print the sum once, last, as claimlint does.
    totals = None
    for code, out, err in reduce_results:
        for line in err.splitlines(keepends=True):
            m = SUMMARY.match(line)
            if m:
                counts = [int(g or 0) for g in m.groups()]
                totals = counts if totals is None else [a + b for a, b in zip(totals, counts)]
            else:
                sys.stderr.write(line)
        status = max(status, code)
        outputs.append(out)
    if totals is not None:
        files, diags, skipped, failed = totals
        plural = lambda n, w: f"{n} {w}{'' if n == 1 else 's'}"  # noqa: E731
        sys.stderr.write(f"{plural(files, 'file')}, {plural(diags, 'diagnostic')}, {skipped} skipped"
                         f"{f', {failed} failed' if failed else ''}\n")
    if args.format == "jsonl":
        merged = merge_jsonl(outputs)
    else:
        listing = subprocess.run([binary, "--list-checks"], capture_output=True, text=True).stdout
        merged = merge_text(outputs, {line.split()[0] for line in listing.splitlines() if line.strip()})
    sys.stdout.buffer.write(merged)
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    if not import_distributed() and os.path.exists("/usr/bin/python3") and \
            os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and \
            not os.environ.get("DASK_CLAIMLINT_REEXEC"):
        os.environ["DASK_CLAIMLINT_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    if not import_distributed():
        sys.exit("dask_claimlint: cannot import distributed (apt-get install python3-distributed)")
    sys.exit(main())
