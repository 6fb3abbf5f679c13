#!/usr/bin/env python3
"""Linear time on pathological inputs (issue 10, "Limits").

For each pathological input shape, runs claimlint under
`valgrind --tool=callgrind` on a document of about N bytes and on one of
2N bytes, and compares the instructions executed (Ir). The fixed cost of a
run (loading the built-in rules, ICU) is measured once per input format on
a one-line document and subtracted, so the ratio is that of the work the
document itself causes: about 2 when it is linear, 4 when quadratic. A
ratio above --max-ratio fails. Instruction counts, not wall time: the
result does not depend on the machine's load. Each input is first screened
at N/32 and N/16, so that a quadratic one fails there instead of running for
many minutes under callgrind at 2N.

    linearity.py --binary build/release/claimlint [--size 200000] [--only NAME]

Exits 77 (CTest: skipped) when valgrind is missing or the binary is built
with AddressSanitizer, which valgrind cannot run.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def repeat_to(unit, size):
    """`unit` repeated to at least `size` bytes (whole units)."""
    return unit * max(1, -(-size // len(unit)))


def nested_html(size):
    depth = max(1, size // 11)  # "<div>" + "</div>" per level
    return b"<html><body>" + b"<div>" * depth + b"Sales rose 5% to 40,000 units." + b"</div>" * depth + b"</body></html>\n"


def nested_html_unclosed(size):
    depth = max(1, size // 5)  # "<div>" per level, never closed
    return b"<html><body>" + b"<div>" * depth + b"Sales rose 5% to 40,000 units.\n"


# Inputs measured and printed but not failed while their ratio stays at or
# below the ceiling given, each with the reason; open items of issue 10,
# listed here so that they stay visible. Above its ceiling a known input
# fails like any other: something beyond the known cost has grown.
GUMBO_SCAN = ("quadratic inside gumbo 0.10.1 (Debian's libgumbo1), not in src/markup: for each <div> (and every "
              "other start tag that closes a <p>) handle_in_body calls has_an_element_in_button_scope(P), which "
              "walks the stack of open elements down to the nearest scope boundary (html, table, td, th, caption, "
              "marquee, object, applet, template, button); nested divs meet none but <html>. Callgrind at 570 "
              "and 1,140 levels: that one function 3.76 and 14.94 million Ir (3.97x), gumbo_parse_with_options "
              "6.83 and 20.99 million, the markup walk 56 thousand at both (it stops at depth 400). No gumbo "
              "option bounds it; see strip_html in src/markup/markup.cc")
BOUNDED = (" Bounded: a document nested deeper than 2,000 elements (markup.h, k_max_html_parse_depth) is not "
           "parsed but skipped with a warning, so the scan costs at most about 2,000 x 12 instructions per tag; "
           "the screening sizes (570 and 1,140 levels) are below that bound, the full sizes above it.")
KNOWN_SUPERLINEAR = {
    # 3.01 measured; a walk of ours gone quadratic would add to it.
    "nested-html": (3.3, "about 3x the work for 2x the nesting depth: " + GUMBO_SCAN + "." + BOUNDED),
    # Five bytes a level instead of eleven, so at the same size the quadratic
    # scan weighs more: 3.59 measured. Unclosed, every element is also a parse
    # error, and gumbo copies the whole open-element stack into each error it
    # records (quadratic memory too: 3.2 GB at 20,000 levels); strip_html
    # sets max_errors to 0, without which this measured 3.87. Should the
    # linear work per byte shrink, the ratio rises towards 4: re-measure.
    # At the default N its screening sizes are 1,250 and 2,500 levels, the
    # second beyond the parse bound, and both full sizes are skipped pages,
    # measured against the skipped-page baseline: 2.06 on 2026-12-02.
    "nested-html-unclosed": (3.75, "about 3.6x the work for 2x the nesting depth, the same scan as nested-html: "
                                   + GUMBO_SCAN + "." + BOUNDED),
}


# name, file suffix, generator of about `size` bytes, what it stresses.
INPUTS = [
    ("one-long-line", ".txt",
     lambda n: repeat_to(b"the 400,000 chips cost $10 billion and shipments rose 25% in 2025 while ", n),
     "one line with no newline and no sentence end: one huge sentence"),
    ("repeated-paragraphs", ".txt",
     lambda n: repeat_to(b"The port handled 1.2 million containers.\n\n", n),
     "many short identical paragraphs: duplicate-passage"),
    ("distinct-paragraphs", ".txt",
     lambda n: b"".join(b"Paragraph %d counted %d ships and %d cranes.\n\n" % (i, i * 7, i % 13)
                        for i in range(max(1, n // 44))),
     "many short different paragraphs"),
    ("nested-html", ".html", nested_html,
     "deeply nested HTML elements"),
    ("nested-html-unclosed", ".html", nested_html_unclosed,
     "deeply nested HTML elements never closed: one parse error each"),
    ("unterminated-emphasis", ".md",
     lambda n: repeat_to(b"*a _b ", n),
     "Markdown emphasis markers that never close"),
    ("digits-and-commas", ".txt",
     lambda n: repeat_to(b"1,", n) + b"1",
     "a run of '1,1,1,...,1': one enormous grouped number"),
    ("boilerplate-paragraphs", ".txt",
     lambda n: repeat_to(b"Leave a Comment\n\n", n),
     "only boilerplate paragraphs"),
    ("boilerplate-one-line", ".txt",
     lambda n: repeat_to(b"Leave a Comment ", n),
     "boilerplate phrase repeated on one line"),
    ("many-sentences", ".txt",
     lambda n: repeat_to(b"Prices rose 5% on Monday. Exports fell by half. ", n),
     "many short sentences in one paragraph"),
    ("discordant-figures", ".txt",
     # Twice the nominal size, so that even the screening sizes pass the
     # 256 discordant values after which the corpus checks stop opening
     # clusters (check/value_conflict.h, k_max_clusters).
     lambda n: b"".join(b"ByteDance bought %d H200 chips.\n\n" % (1000 + 37 * i) for i in range(max(1, 2 * n // 36))),
     "one figure stated in thousands of different values: the corpus checks' clusters"),
    ("consistent-figures", ".txt",
     # Restatements that agree ("about", "more than", the exact figure)
     # join one cluster, which grows with the document.
     lambda n: repeat_to(b"ByteDance bought 400,000 H200 chips.\n\nByteDance bought about 400,000 H200 chips.\n\n"
                         b"ByteDance bought more than 399,000 H200 chips.\n\n", n),
     "one figure restated thousands of times: the cluster it forms"),
    ("glued-currency", ".txt",
     lambda n: repeat_to(b"it cost R1,250 and R4.5bn and Rs500 crore, ", n),
     "one line of currency symbols glued to their digits: the token split"),
    ("spelled-numbers", ".txt",
     lambda n: repeat_to(b"two hundred and forty-five thousand three hundred ", n) + b"chips.",
     "one endless spelled-out number"),
]

# A document whose own work is negligible, per format: the fixed cost.
BASELINES = {".txt": b"x\n", ".md": b"x\n", ".html": b"<p>x</p>\n"}
# The same for a document that is skipped before analysis: HTML nested
# deeper than the parse bound (markup.h, k_max_html_parse_depth = 2,000).
# Such a page never reaches gumbo, so it costs less than the smallest
# parsed page; against the parsed baseline its own work (the depth scan, a
# few instructions a byte) would come out negative.
SKIPPED_BASELINES = {".html": b"<div>" * 2001 + b"x\n"}


def is_asan(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


# Linted before the document in every run, baselines included: work a run
# does once, on first need, is then in every measurement and in the fixed
# cost alike (the boilerplate patterns are compiled at the first paragraph
# checked, which a document skipped or without text never reaches).
COMPANION = b"x\n"


def instructions(binary, path, workdir):
    """Ir of one claimlint run over the companion and `path`, from
    callgrind's totals, and whether claimlint skipped `path`."""
    out = os.path.join(workdir, "callgrind.out")
    companion = os.path.join(workdir, "companion.txt")
    if not os.path.exists(companion):
        with open(companion, "wb") as f:
            f.write(COMPANION)
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, binary, "--jobs", "1", "--no-config",
           "--format", "json", companion, path]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=workdir)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"claimlint exited {proc.returncode} on {path}:\n{proc.stderr.decode(errors='replace')[-2000:]}")
    ir = None
    with open(out) as f:
        for line in f:
            m = re.match(r"(summary|totals):\s*(\d+)", line)
            if m:
                ir = int(m.group(2))
    os.remove(out)
    if ir is None:
        raise RuntimeError("no summary or totals line in the callgrind output")
    # "PATH:1:10001: warning: skipping 'PATH': HTML nested deeper than ..."
    return ir, re.search(r": (warning|error): skipping '", proc.stderr.decode(errors="replace")) is not None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", help="unused; for symmetry with the other test scripts")
    ap.add_argument("--size", type=int, default=200_000, help="N in bytes (default 200000)")
    ap.add_argument("--max-ratio", type=float, default=2.6)
    ap.add_argument("--only", action="append", help="run only this input (repeatable)")
    args = ap.parse_args()

    if shutil.which("valgrind") is None:
        print("linearity: valgrind not found; skipped")
        return SKIP
    if is_asan(args.binary):
        print("linearity: the binary is built with AddressSanitizer, which valgrind cannot run; skipped")
        return SKIP

    args.binary = os.path.abspath(args.binary)
    inputs = [i for i in INPUTS if not args.only or i[0] in args.only]
    failures = []
    known = []
    with tempfile.TemporaryDirectory(prefix="claimlint-linearity-") as tmp:
        baseline = {}  # (suffix, skipped) -> Ir
        for skipped, documents in ((False, BASELINES), (True, SKIPPED_BASELINES)):
            for suffix, data in documents.items():
                if any(i[1] == suffix for i in inputs):
                    path = os.path.join(tmp, "baseline" + suffix)
                    with open(path, "wb") as f:
                        f.write(data)
                    ir, was_skipped = instructions(args.binary, path, tmp)
                    if was_skipped != skipped:
                        raise RuntimeError(f"baseline {suffix} was {'' if was_skipped else 'not '}skipped")
                    baseline[(suffix, skipped)] = ir
        print(f"fixed cost (Ir of the companion and a one-line document): "
              + ", ".join(f"{s} {v:,}" for (s, skipped), v in sorted(baseline.items()) if not skipped)
              + "; of a skipped one: "
              + ", ".join(f"{s} {v:,}" for (s, skipped), v in sorted(baseline.items()) if skipped), flush=True)
        print(f"{'input':<24} {'bytes N':>9} {'Ir(N)':>15} {'Ir(2N)':>15} {'ratio':>6}  (fixed cost subtracted)")
        def measure(name, suffix, generate, size):
            """Work per byte at about `size` bytes, and the Ir and size."""
            data = generate(size)
            path = os.path.join(tmp, name + suffix)
            with open(path, "wb") as f:
                f.write(data)
            ir, skipped = instructions(args.binary, path, tmp)
            os.remove(path)
            if (suffix, skipped) not in baseline:
                raise RuntimeError(f"{name}: skipped at {len(data)} bytes, and no skipped {suffix} baseline")
            return max(1, ir - baseline[(suffix, skipped)]) / len(data), ir, len(data)

        for name, suffix, generate, what in inputs:
            # A quadratic input at 2N could take many minutes under
            # callgrind: screen at N/32 and N/16 first, and stop there if the
            # work already more than doubles.
            small = [measure(name, suffix, generate, args.size // k) for k in (32, 16)]
            pair = small
            if 2 * small[1][0] / small[0][0] <= args.max_ratio:
                pair = [measure(name, suffix, generate, size) for size in (args.size, 2 * args.size)]
            # Generators emit whole units, so the sizes are only about N and
            # 2N: compare work per byte.
            ratio = 2 * pair[1][0] / pair[0][0]
            verdict = "ok" if ratio <= args.max_ratio else "SUPERLINEAR"
            print(f"{name:<24} {pair[0][2]:>9} {pair[0][1]:>15,} {pair[1][1]:>15,} {ratio:>6.2f}  {verdict}", flush=True)
            ceiling, reason = KNOWN_SUPERLINEAR.get(name, (args.max_ratio, ""))
            if args.max_ratio < ratio <= ceiling:
                print(f"known: {name}: {reason}")
                known.append(name)
            elif ratio > ceiling:
                failures.append(f"{name} ({what}): work ratio {ratio:.2f} for 2x the input, above {ceiling}")
    for f in failures:
        print("FAIL " + f)
    print(f"{len(inputs) - len(failures) - len(known)} linear, {len(known)} known superlinear, "
          f"{len(failures)} superlinear")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
