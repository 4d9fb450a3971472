#!/usr/bin/env bash
# Regenerates the rustc goldens of the conformance corpus (tests/ui).
#
# Usage: scripts/bless-rustc.sh [FILE.rs|DIR ...]     (default: all of tests/ui)
#
# For every program NAME.rs it writes, next to it:
#   NAME.stdout      exact stdout of the program compiled by `rustc --edition 2024`
#   NAME.exit        its exit code and a newline
#   NAME.stderr      only when the program wrote to stderr (panics, eprintln!)
#   NAME.stats.json  what a counting global allocator sees during `main` (see scripts/stats-harness.rs);
#                    only for programs that exit 0 and do not carry the `//@ no-stats` directive.
# Programs are compiled and run with their folder as working directory and their bare file name as
# path, so panic locations read `NAME.rs:LINE:COL`. The instrumented build must print exactly what
# the plain build prints; any difference is reported as a failure.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
HARNESS="$SCRIPT_DIR/stats-harness.rs"
RUN_TIMEOUT="${RUN_TIMEOUT:-20}"
JOBS="${JOBS:-2}"
# Panics must print rustc's default report: no backtrace, just the `RUST_BACKTRACE=1` note.
unset RUST_BACKTRACE RUST_LIB_BACKTRACE

# normalize_stderr FILE: drops the OS thread id that rustc >= 1.92 prints in panic headers
# (`thread 'main' (4242) panicked at` becomes `thread 'main' panicked at`), the one part of the
# output that changes from run to run.
normalize_stderr() {
    sed -E -i "s/^thread '([^']*)' \([0-9]+\) panicked at /thread '\1' panicked at /" "$1"
}

# bless_one FILE RESULTS: blesses one program and appends one line "STATUS FILE [reason]" to RESULTS.
bless_one() {
    local file="$1" results="$2"
    local dir name base tmp status reason
    dir="$(cd "$(dirname "$file")" && pwd)"
    name="$(basename "$file")"
    base="${name%.rs}"
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/bless.XXXXXX")"
    status=ok
    reason=""

    # Plain build, compiled and run from the program's folder.
    if ! (cd "$dir" && rustc --edition 2024 -A warnings "$name" -o "$tmp/plain" 2>"$tmp/compile.err"); then
        echo "FAIL $file compile error: $(head -c 600 "$tmp/compile.err" | tr '\n' ' ')" >>"$results"
        rm -rf "$tmp"
        return 0
    fi
    (cd "$dir" && timeout "$RUN_TIMEOUT" "$tmp/plain" </dev/null >"$tmp/out" 2>"$tmp/err")
    local code=$?
    if [ "$code" -eq 124 ]; then
        echo "FAIL $file timed out after ${RUN_TIMEOUT}s" >>"$results"
        rm -rf "$tmp"
        return 0
    fi
    normalize_stderr "$tmp/err"
    cp "$tmp/out" "$dir/$base.stdout"
    echo "$code" >"$dir/$base.exit"
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$dir/$base.stderr"; else rm -f "$dir/$base.stderr"; fi

    # Instrumented build: same file name in a temp folder, user main renamed on its own line.
    if grep -q '^//@ no-stats' "$dir/$name"; then
        rm -f "$dir/$base.stats.json"
        echo "ok $file (no-stats, exit $code)" >>"$results"
        rm -rf "$tmp"
        return 0
    fi
    mkdir "$tmp/inst"
    if [ "$(grep -c '^fn main()' "$dir/$name")" -ne 1 ]; then
        echo "FAIL $file needs exactly one line starting with 'fn main()'" >>"$results"
        rm -rf "$tmp"
        return 0
    fi
    { sed 's/^fn main()/fn __heaplab_user_main()/' "$dir/$name"; cat "$HARNESS"; } >"$tmp/inst/$name"
    if ! (cd "$tmp/inst" && rustc --edition 2024 -A warnings "$name" -o "$tmp/instrumented" 2>"$tmp/compile2.err"); then
        echo "FAIL $file instrumented build does not compile: $(head -c 600 "$tmp/compile2.err" | tr '\n' ' ')" >>"$results"
        rm -rf "$tmp"
        return 0
    fi
    (cd "$dir" && HEAPLAB_STATS_PATH="$tmp/stats.json" timeout "$RUN_TIMEOUT" "$tmp/instrumented" </dev/null >"$tmp/out2" 2>"$tmp/err2")
    local code2=$?
    normalize_stderr "$tmp/err2"
    if ! cmp -s "$tmp/out" "$tmp/out2"; then status=FAIL; reason="instrumented stdout differs"; fi
    if ! cmp -s "$tmp/err" "$tmp/err2"; then status=FAIL; reason="$reason instrumented stderr differs"; fi
    if [ "$code" -ne "$code2" ]; then status=FAIL; reason="$reason instrumented exit $code2 != $code"; fi
    if [ "$code" -eq 0 ] && [ "$status" = ok ]; then
        if [ -s "$tmp/stats.json" ]; then
            cp "$tmp/stats.json" "$dir/$base.stats.json"
        else
            status=FAIL; reason="no stats written"
        fi
    else
        rm -f "$dir/$base.stats.json"
    fi
    if [ "$status" = ok ]; then
        echo "ok $file (exit $code)" >>"$results"
    else
        echo "FAIL $file$reason" >>"$results"
    fi
    rm -rf "$tmp"
}

if [ "${1:-}" = "--one" ]; then
    bless_one "$2" "$3"
    exit 0
fi

command -v rustc >/dev/null || { echo "rustc not found" >&2; exit 2; }
[ $# -eq 0 ] && set -- "$ROOT/tests/ui"
results="$(mktemp "${TMPDIR:-/tmp}/bless-results.XXXXXX")"
start=$(date +%s)
for target in "$@"; do
    if [ -d "$target" ]; then find "$target" -name '*.rs' -type f -print0
    elif [ -f "$target" ]; then printf '%s\0' "$target"
    else echo "no such file or folder: $target" >&2; fi
done | sort -z | xargs -0 -r -P "$JOBS" -I{} "$0" --one {} "$results"

total=$(wc -l <"$results")
failed=$(grep -c '^FAIL' "$results")
panicked=$(grep -c 'exit 101)' "$results")
nostats=$(grep -c '(no-stats' "$results")
grep '^FAIL' "$results" | sed "s|$ROOT/||" >&2
echo "blessed $((total - failed)) of $total programs in $(( $(date +%s) - start ))s" \
     "($panicked panicking, $nostats without stats, $failed failed)"
rm -f "$results"
[ "$failed" -eq 0 ]
