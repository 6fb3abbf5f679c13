#!/usr/bin/env python3
"""Editor integration: feeds claimlint's text output to Vim's quickfix
(vim -es with tests/editors/claimlint.vim) and to Emacs compilation-mode
(emacs --batch), and asserts each entry lands at the right file, line
and column. Also checks the VS Code problem matcher's regexp. An editor
that is not installed is skipped, not failed."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

STORY = ("Budget passes\n"
         "The council approved a budget of 40 million euros on Tuesday evening.\n"
         "\u201cIt is\u201d final, said the chair, and the vote was 9 to 4 in favour.\n"
         "The council approved a budget of 40 million euros on Tuesday evening.\n"
         "\u201cIt is\u201d final, said the chair, and the vote was 9 to 4 in favour.\n"
         "\n    Leave a Comment\n")
EXPECTED = [("story.txt", 4, 1, "w"), ("story.txt", 2, 1, "n"), ("story.txt", 7, 5, "n")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "story.txt"), "w", encoding="utf-8") as f:
        f.write(STORY)
    args.binary = os.path.abspath(args.binary)
    args.source_dir = os.path.abspath(args.source_dir)
    out = subprocess.run([args.binary, "--color=never", "story.txt"], cwd=tmp, capture_output=True, text=True)
    with open(os.path.join(tmp, "out.txt"), "w", encoding="utf-8") as f:
        f.write(out.stdout)
    passed = failed = skipped = 0

    def report(name, got):
        nonlocal passed, failed
        if got == EXPECTED:
            passed += 1
            print(f"ok   {name}: {got}")
        else:
            failed += 1
            print(f"FAIL {name}: got {got}, expected {EXPECTED}\n--- output ---\n{out.stdout}")

    editors = os.path.join(args.source_dir, "tests", "editors")
    if shutil.which("vim"):
        script = os.path.join(tmp, "qf.vim")
        with open(script, "w") as f:
            f.write("command -nargs=* CompilerSet set <args>\n"
                    f"source {editors}/claimlint.vim\n"
                    "cfile out.txt\n"
                    "let items = map(getqflist(), {_, e -> [bufname(e.bufnr), e.lnum, e.col, e.type]})\n"
                    "call writefile([json_encode(items)], 'qf.json')\n"
                    "qa!\n")
        subprocess.run(["vim", "-N", "-u", "NONE", "-i", "NONE", "-es", "-S", script], cwd=tmp,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        try:
            with open(os.path.join(tmp, "qf.json")) as f:
                got = [tuple(e) for e in json.load(f)]
        except OSError:
            got = "no quickfix list written"
        report("vim quickfix", got)
    else:
        skipped += 1
        print("skipped: vim is not installed")
    if shutil.which("emacs"):
        elisp = (f'(progn (load "{editors}/claimlint.el")'
                 ' (with-temp-buffer (insert-file-contents "out.txt") (compilation-mode)'
                 '  (let ((inhibit-read-only t)) (compilation--parse-region (point-min) (point-max)))'
                 '  (let ((pos (point-min)) (seen nil))'
                 '   (while pos'
                 '    (let ((msg (get-text-property pos (quote compilation-message))))'
                 '     (when (and msg (not (memq msg seen)))'
                 '      (push msg seen)'
                 '      (let ((loc (compilation--message->loc msg)))'
                 '       (princ (format "%s %d %d %d\\n" (caar (compilation--loc->file-struct loc))'
                 '                      (compilation--loc->line loc) (compilation--loc->col loc)'
                 '                      (compilation--message->type msg))))))'
                 '    (setq pos (next-single-property-change pos (quote compilation-message)))))))')
        res = subprocess.run(["emacs", "--batch", "-Q", "--eval", elisp], cwd=tmp, capture_output=True,
                             text=True, timeout=120)
        got = []
        # Emacs types: 2 error, 1 warning, 0 info (notes).
        kinds = {"2": "e", "1": "w", "0": "n"}
        for line in res.stdout.splitlines():
            name, lnum, col, kind = line.split()
            got.append((name, int(lnum), int(col), kinds[kind]))
        report("emacs compilation-mode", got)
    else:
        skipped += 1
        print("skipped: emacs is not installed")
    with open(os.path.join(editors, "vscode-problem-matcher.json")) as f:
        pattern = json.load(f)["tasks"][0]["problemMatcher"]["pattern"]["regexp"]
    got = []
    for line in out.stdout.splitlines():
        m = re.match(pattern, line)
        if m:
            got.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)[0]))
    report("vscode problem matcher", got)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
