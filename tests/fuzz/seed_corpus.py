#!/usr/bin/env python3
"""Seed corpora of the fuzz targets, generated from the tree (issue 10).

    seed_corpus.py SOURCE_DIR OUT_DIR

writes OUT_DIR/<target>/ for every target of tests/fuzz (plain, markdown,
html, numeral, rules, claims): the corpus/ articles, the bad-input catalogue's
inputs, tests/data/, the rule files and configs, the sentences of all of
them, and tests/fuzz/regressions/<target>/. ../shared/seeds and
../shared/peer-cases are used when present. Nothing binary is committed:
the corpora are rebuilt on every run. Inputs larger than --max-size are
cut to it, as libFuzzer would cut them.
"""

import argparse
import hashlib
import json
import os
import re
import sys

TARGETS = ["plain", "markdown", "html", "numeral", "rules", "claims"]
DOC_SUFFIXES = {".txt": "plain", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def files_under(root):
    if not os.path.isdir(root):
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if os.path.isfile(path) and not os.path.islink(path):
                out.append(path)
    return out


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


class Corpus:
    def __init__(self, out_dir, max_size):
        self.out_dir = out_dir
        self.max_size = max_size
        self.counts = {t: 0 for t in TARGETS}
        for t in TARGETS:
            os.makedirs(os.path.join(out_dir, t), exist_ok=True)

    def add(self, target, data):
        data = data[: self.max_size]
        if not data:
            return
        name = hashlib.sha1(data).hexdigest()
        path = os.path.join(self.out_dir, target, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
            self.counts[target] += 1


def sentences(text):
    """Lines and rough sentences of an article that hold a digit or a
    number word: what the number parser sees."""
    out = []
    for line in text.splitlines():
        for s in re.split(rb"(?<=[.!?])\s+", line.strip()):
            if len(s) > 3 and re.search(rb"[0-9]|hundred|thousand|million|billion|percent|half|third", s, re.I):
                out.append(s)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--max-size", type=int, default=65536)
    args = ap.parse_args()
    src = os.path.abspath(args.source_dir)
    shared = os.path.join(os.path.dirname(src), "shared")
    corpus = Corpus(args.out_dir, args.max_size)

    # Documents: articles, catalogue inputs, fixtures, seeds. Every one goes
    # to the target of its format, and to plain as well (any bytes are text).
    docs = []
    for root in ("corpus", "tests/data", "tests/bad-input"):
        docs += files_under(os.path.join(src, root))
    docs += files_under(os.path.join(shared, "seeds"))
    skip = re.compile(r"(^expected\.|^args$|^generate$|^README$|\.toml$|\.out$|^NOTES$)")
    for path in docs:
        name = os.path.basename(path)
        if skip.search(name):
            continue
        data = read(path)
        if data is None:
            continue
        suffix = os.path.splitext(name)[1].lower()
        fmt = DOC_SUFFIXES.get(suffix, "plain")
        corpus.add(fmt, data)
        corpus.add("plain", data)
        if fmt == "plain":
            # The same prose as Markdown and as HTML paragraphs.
            corpus.add("markdown", data)
            paras = [p.strip() for p in data.split(b"\n\n") if p.strip()]
            corpus.add("html", b"<html><head><title>t</title></head><body>"
                       + b"".join(b"<p>" + p + b"</p>\n" for p in paras) + b"</body></html>\n")
        for s in sentences(data):
            corpus.add("numeral", s)

    # Sentences of the peer cases (the number and currency suites).
    for path in files_under(os.path.join(shared, "peer-cases")):
        if not path.endswith(".jsonl"):
            continue
        for line in (read(path) or b"").splitlines():
            try:
                case = json.loads(line)
            except ValueError:
                continue
            if isinstance(case.get("input"), str):
                corpus.add("numeral", case["input"].encode("utf-8"))

    # Rule files and configs.
    for path in files_under(os.path.join(src, "rules")) + files_under(os.path.join(src, "tests")):
        if path.endswith(".toml"):
            data = read(path)
            if data is not None:
                corpus.add("rules", data)

    # Claims files: the fixture's records, one by one and together.
    claims = read(os.path.join(src, "tests", "data", "claims", "corpus-sample.jsonl")) or b""
    for line in claims.splitlines():
        corpus.add("claims", line)
    corpus.add("claims", claims)

    # Small pathological shapes that the catalogue generates at full size.
    corpus.add("html", b"<div>" * 2000 + b"Sales rose 5%." + b"</div>" * 2000)
    corpus.add("html", b"<table><tr><td>" * 300 + b"1,200 jobs")
    corpus.add("markdown", b"*a _b " * 2000)
    corpus.add("markdown", b"```\nunterminated fence 40,000 chips\n")
    corpus.add("markdown", b"> " * 500 + b"- [x](y) 25%\n")
    corpus.add("plain", b"1," * 3000 + b"1 chips.")
    corpus.add("plain", b"Leave a Comment\n\n" * 300)
    corpus.add("numeral", b"9" * 5000 + b" chips")
    corpus.add("numeral", b"1e999999 and 999 trillion trillion dollars")

    # Saved crash inputs seed their own target.
    for t in TARGETS:
        for path in files_under(os.path.join(src, "tests", "fuzz", "regressions", t)):
            data = read(path)
            if data is not None:
                corpus.add(t, data)

    print(" ".join(f"{t}:{corpus.counts[t]}" for t in TARGETS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
