#!/usr/bin/env python3
"""The bad-input catalogue (tests/bad-input, see its README): runs each
case in a copy of its directory and compares stdout, stderr and the exit
status exactly. A run that takes more than 600 s counts as a hang.
--regenerate rewrites the expected files."""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile


def gen_huge_line(d):
    # 100 MB with no newline: words, numbers and no sentence end.
    path = os.path.join(d, "huge.txt")
    chunk = (b"the council met again in the old hall near the river and argued for hours about roads, schools "
             b"and parking while residents waited outside in the rain, and the mayor said the plan worth "
             b"40 million euros would be debated again ")
    with open(path, "wb") as f:
        for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    return "huge.txt"


def gen_nested_html(d):
    path = os.path.join(d, "nested.html")
    with open(path, "w") as f:
        f.write("<html><body>" + "<div>" * 10000 + "<p>Deep inside, the budget was 40 million euros.</p>"
                + "</div>" * 10000 + "</body></html>\n")
    return "nested.html"


def gen_symlink_cycle(d):
    os.makedirs(os.path.join(d, "tree", "a"))
    with open(os.path.join(d, "tree", "a", "story.txt"), "w") as f:
        f.write("A story in a tree.\n\nLeave a Comment\n")
    os.symlink("..", os.path.join(d, "tree", "a", "up"))
    os.symlink("../a", os.path.join(d, "tree", "a", "again"))
    return "tree"


def gen_fifo(d):
    os.mkfifo(os.path.join(d, "pipe.txt"))
    return "pipe.txt"


def gen_unreadable(d):
    path = os.path.join(d, "locked.txt")
    with open(path, "w") as f:
        f.write("secret\n")
    os.chmod(path, 0)
    return "locked.txt"


GENERATORS = {"huge_line": gen_huge_line, "nested_html": gen_nested_html, "symlink_cycle": gen_symlink_cycle,
              "fifo": gen_fifo, "unreadable": gen_unreadable}
EXPECTED = ("expected.out", "expected.err", "expected.status", "args", "generate", "root-skip")


def run_case(binary, case_dir, regenerate):
    work = tempfile.mkdtemp()
    try:
        for name in os.listdir(case_dir):
            if name in EXPECTED:
                continue
            src = os.path.join(case_dir, name)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(work, name), symlinks=True)
            else:
                shutil.copy(src, os.path.join(work, name))
        gen = ""
        gen_file = os.path.join(case_dir, "generate")
        if os.path.exists(gen_file):
            with open(gen_file) as f:
                gen = GENERATORS[f.read().strip()](work)
        with open(os.path.join(case_dir, "args")) as f:
            args = [a.replace("{gen}", gen).replace("{case}", work) for a in f.read().splitlines() if a]
        try:
            res = subprocess.run([binary, "--color=never"] + args, cwd=work, capture_output=True, timeout=600,
                                 stdin=subprocess.DEVNULL)
            got = {"expected.out": res.stdout, "expected.err": res.stderr,
                   "expected.status": f"{res.returncode}\n".encode()}
        except subprocess.TimeoutExpired:
            return ["hang: no exit within 600 s"]
        if regenerate:
            for name, data in got.items():
                with open(os.path.join(case_dir, name), "wb") as f:
                    f.write(data)
            return []
        problems = []
        for name, data in got.items():
            path = os.path.join(case_dir, name)
            want = open(path, "rb").read() if os.path.exists(path) else b""
            if data != want:
                problems.append(f"{name} differs\n--- expected\n{want.decode('utf-8', 'replace')}"
                                f"--- actual\n{data.decode('utf-8', 'replace')}")
        return problems
    finally:
        for root, dirs, files in os.walk(work):
            for n in dirs + files:
                p = os.path.join(root, n)
                if not os.path.islink(p):
                    os.chmod(p, stat.S_IRWXU)
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    root = os.path.join(args.source_dir, "tests", "bad-input")
    cases = sorted(c for c in os.listdir(root) if os.path.isdir(os.path.join(root, c)))
    if args.cases:
        cases = [c for c in cases if c in args.cases]
    passed = failed = skipped = 0
    for case in cases:
        case_dir = os.path.join(root, case)
        if os.path.exists(os.path.join(case_dir, "root-skip")) and os.geteuid() == 0:
            skipped += 1
            print(f"skip {case} (running as root)")
            continue
        problems = run_case(binary, case_dir, args.regenerate)
        if problems:
            failed += 1
            print(f"FAIL {case}")
            for p in problems:
                print(p)
        else:
            passed += 1
            print(f"ok   {case}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
