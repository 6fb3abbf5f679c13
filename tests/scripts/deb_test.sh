#!/usr/bin/env bash
# Builds the .deb with CPack from a build directory and checks that it
# installs and runs: claimlint --version, a lint run from / that finds the
# built-in rules, and both man pages. As root it installs with dpkg -i and
# removes the package afterwards (restoring an installed copy is not
# attempted: the test refuses to run if claimlint is already installed
# from a package); otherwise it unpacks into a scratch root.
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/claimlint_*.deb)
echo "built $(basename "$deb")"
dpkg-deb --info "$deb" | grep -E 'Package|Depends'
printf 'A story about 40 million euros.\n\nLeave a Comment\n' > "$work/page.txt"
check_run() {  # $1: the claimlint binary
  "$1" --version | grep -q '^claimlint '
  out=$(cd / && "$1" --color=never --fail-on=error "$work/page.txt")
  echo "$out" | grep -q 'note: scraped web residue left in the text (comment-widget) \[boilerplate\]'
  echo "run from /: ok"
}
if [ "$(id -u)" -eq 0 ] && command -v dpkg >/dev/null; then
  if dpkg -s claimlint >/dev/null 2>&1; then
    echo "claimlint is already installed as a package; not touching it"; exit 1
  fi
  dpkg -i "$deb" >/dev/null
  trap 'dpkg -r claimlint >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  check_run /usr/bin/claimlint
  man -w claimlint | grep -q '/usr/share/man/man1/claimlint.1'
  man -w 5 claimlint-rules | grep -q '/usr/share/man/man5/claimlint-rules.5'
  MANPAGER=cat MANWIDTH=80 man claimlint 2>/dev/null | grep -q 'static analyser for quantitative claims'
  test -f /usr/share/bash-completion/completions/claimlint
  echo "dpkg -i: ok"
else
  dpkg-deb -x "$deb" "$work/root"
  check_run "$work/root/usr/bin/claimlint"
  test -f "$work/root/usr/share/man/man5/claimlint-rules.5.gz" -o -f "$work/root/usr/share/man/man5/claimlint-rules.5"
  echo "unpacked into a scratch root: ok (not root, so not installed)"
fi
echo "1 passed, 0 failed"
