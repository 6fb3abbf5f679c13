#!/usr/bin/env python3
"""Validates `claimlint --format sarif` output against the official SARIF
2.1.0 schema (../shared/schemas). Runs over the corpus, the seeds when they
exist, and a run with an unreadable path and a broken rule file (so that
notifications are validated too). Skips when the schema is absent."""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    schema_path = os.path.join(args.source_dir, "..", "shared", "schemas", "sarif-schema-2.1.0.json")
    if not os.path.exists(schema_path):
        print(f"skipped: {schema_path} is absent")
        return 0
    import jsonschema

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    # The validator must be able to fail: a result with a level SARIF
    # does not have is rejected.
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                          "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}
    if validator.is_valid(broken):
        print("FAIL: the schema accepted an invalid log")
        return 1
    runs = [["corpus"]]
    seeds = os.path.join(args.source_dir, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        runs.append([seeds])
    tmp = tempfile.mkdtemp()
    os.makedirs(os.path.join(tmp, "rules"))
    with open(os.path.join(tmp, "rules", "bad.toml"), "w") as f:
        f.write("[[boilerplate]]\nname = 'x'\npatterns = ['(bad']\n")
    with open(os.path.join(tmp, "bad utf8 \u00e9.txt"), "wb") as f:
        f.write(b"Caf\xe9 prices rose.\n\nLeave a Comment\n")
    runs.append(["--rules", os.path.join(tmp, "rules"), os.path.join(tmp, "bad utf8 \u00e9.txt"), "/no/such/file.txt"])
    failures = 0
    for extra in runs:
        cmd = [args.binary, "--format", "sarif"] + extra
        out = subprocess.run(cmd, cwd=args.source_dir, capture_output=True, check=False)
        if out.returncode not in (0, 1, 2):
            print(f"FAIL: {' '.join(cmd)} exited {out.returncode}")
            failures += 1
            continue
        log = json.loads(out.stdout)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for e in errors[:10]:
            print(f"FAIL: {' '.join(extra)}: {list(e.path)}: {e.message}")
        failures += bool(errors)
        results = log["runs"][0]["results"]
        print(f"{'ok' if not errors else 'invalid'}: {' '.join(extra)}: {len(results)} results")
    print(f"{len(runs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
