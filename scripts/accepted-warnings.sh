#!/usr/bin/env bash
# Regenerates tests/ui/accepted-warnings.txt: the warnings rustc prints while compiling the accepted
# programs of the corpus (those without `//@ compile-fail`), one line per warning:
#   PATH:LINE:COL: MESSAGE        (PATH under tests/ui)
# UiTest checks heaplab's warnings on those programs against this list: heaplab implements only some
# of rustc's lints, so each of its warnings must be listed, and every listed warning of a lint heaplab
# implements must be heaplab's too. (The compile-fail programs' warnings are in their .stderr goldens.)
# The programs under lints/ also get NAME.warnings, rustc's warnings in full, compared word for word.
#
# Usage: scripts/accepted-warnings.sh                  all accepted programs (JOBS=2 by default)
#        scripts/accepted-warnings.sh PATH.rs ...      only these (paths under tests/ui), the others' lines kept
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UI="$ROOT/tests/ui"
JOBS="${JOBS:-2}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

one() {
    local rel="$1" dir base
    dir="$(dirname "$UI/$rel")"; base="$(basename "$rel")"
    # --emit=metadata runs every analysis (and lint) of a build without generating code.
    (cd "$dir" && rustc --edition 2024 --error-format=short --emit=metadata -o "$TMP/${rel//\//_}.rmeta" "$base" 2>&1) \
        | sed -n -E "s|^${base//./\\.}:([0-9]+):([0-9]+): warning: (.*)$|${rel}:\1:\2: \3|p"
    # The lint programs keep rustc's warnings in full too (NAME.warnings), which UiTest compares word for word.
    if [[ "$rel" == lints/* ]]; then
        (cd "$dir" && rustc --edition 2024 --emit=metadata -o "$TMP/${rel//\//_}.full.rmeta" "$base" 2> "${base%.rs}.warnings")
    fi
}
export -f one
export UI TMP

cd "$UI"
if [ $# -gt 0 ]; then
    printf '%s\n' "$@" | sed "s|^tests/ui/||"
    grep -v '^#' accepted-warnings.txt 2>/dev/null | awk -F: -v files="$*" '
        BEGIN { n = split(files, f, " "); for (i = 1; i <= n; i++) { sub(/^tests\/ui\//, "", f[i]); skip[f[i]] = 1 } }
        !($1 in skip)' > "$TMP/kept.w"
else
    find . -name '*.rs' | sed 's|^\./||' | sort
fi | while read -r f; do
    grep -q '//@ compile-fail' "$f" || echo "$f"
done | xargs -P "$JOBS" -I{} bash -c 'one "$1" > "$TMP/$(echo "$1" | tr / _).w"' _ {}
{
    echo "# Warnings rustc prints compiling the accepted programs of tests/ui (PATH:LINE:COL: MESSAGE)."
    echo "# Regenerate with scripts/accepted-warnings.sh; checked by UiTest."
    cat "$TMP"/*.w 2>/dev/null | sort -t: -k1,1 -k2,2n -k3,3n
} > "$TMP/all" && mv "$TMP/all" "$UI/accepted-warnings.txt"
echo "accepted-warnings.txt: $(grep -vc '^#' "$UI/accepted-warnings.txt") warnings"
