#!/usr/bin/env python3
"""Recall and precision of claimlint over the corpus: every topic's PLANTED
file lists the findings that must be reported ("planted PATH:LINE CHECK")
and the lines that must stay silent ("trap PATH:LINE"). Prints per topic
and in total: planted faults found, traps left alone, and precision (the
share of warnings and errors that are planted faults). Exits 1 if a
planted fault is missed, a trap fires, or any warning or error is not
planted."""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    corpus = os.path.join(args.source_dir, "corpus")
    total = {"planted": 0, "found": 0, "traps": 0, "clean": 0, "reported": 0, "true": 0}
    failures = []
    for topic in sorted(os.listdir(corpus)):
        spec = os.path.join(corpus, topic, "PLANTED")
        if not os.path.exists(spec):
            continue
        planted, traps = set(), set()
        for line in open(spec, encoding="utf-8"):
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            if parts[0] == "planted":
                planted.add((parts[1], parts[2]))
            elif parts[0] == "trap":
                traps.add(parts[1])
        res = subprocess.run([args.binary, "--format=jsonl", "."], cwd=os.path.join(corpus, topic),
                             capture_output=True, text=True)
        found = set()
        reported = []
        for line in res.stdout.splitlines():
            d = json.loads(line)
            if d["severity"] == "note":
                continue
            where = f"{os.path.normpath(d['path'])}:{d['line']}"
            reported.append((where, d["check"]))
            found.add((where, d["check"]))
        hit = planted & found
        fired_traps = {t for t in traps if any(w == t for w, _ in reported)}
        true_reports = sum(1 for r in reported if r in planted)
        total["planted"] += len(planted)
        total["found"] += len(hit)
        total["traps"] += len(traps)
        total["clean"] += len(traps) - len(fired_traps)
        total["reported"] += len(reported)
        total["true"] += true_reports
        print(f"{topic}: planted {len(hit)}/{len(planted)} found, traps {len(traps) - len(fired_traps)}/{len(traps)} "
              f"silent, precision {true_reports}/{len(reported)}")
        for p in sorted(planted - found):
            failures.append(f"{topic}: missed {p[0]} {p[1]}")
        for t in sorted(fired_traps):
            failures.append(f"{topic}: trap fired at {t}")
        for r in reported:
            if r not in planted:
                failures.append(f"{topic}: unplanted finding {r[0]} {r[1]}")
    recall = total["found"] / total["planted"] if total["planted"] else 1.0
    precision = total["true"] / total["reported"] if total["reported"] else 1.0
    print(f"total: recall {total['found']}/{total['planted']} ({recall:.0%}), precision {total['true']}/"
          f"{total['reported']} ({precision:.0%}), traps silent {total['clean']}/{total['traps']}")
    for f in failures:
        print("FAIL " + f)
    print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
