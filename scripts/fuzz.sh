#!/usr/bin/env bash
# Runs every fuzz target of the module for a while: FUZZTIME each (default 60s), one target at a time.
# `go test ./...` runs only the seed corpora (f.Add and testdata/fuzz/); this finds new inputs.
# A failing input is written to the package's testdata/fuzz/<Target>/: commit it with the fix, and it
# stays a seed of every later run.
#
#   scripts/fuzz.sh                      every target, 60 s each
#   FUZZTIME=10m scripts/fuzz.sh ./notify  the targets of one package, ten minutes each
#   FUZZ=Split scripts/fuzz.sh           the targets whose name matches a regexp
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${FUZZTIME:-60s}
match=${FUZZ:-.}
pkgs=("$@")
[ ${#pkgs[@]} -eq 0 ] && pkgs=(./...)

# Tests must not inherit colly's settings from the environment (colly applies COLLY_* over options).
unset $(env | grep -o '^COLLY_[A-Z_]*' || true)

failed=()
for pkg in $(go list "${pkgs[@]}"); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' | grep -E -- "$match" || true); do
    echo "== $pkg $target ($fuzztime)"
    if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime"; then
      failed+=("$pkg $target")
    fi
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'fuzz: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "fuzz: every target ran $fuzztime without a failure"
