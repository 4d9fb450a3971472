#!/usr/bin/env bash
# Regenerates the rustc goldens of the conformance corpus (tests/ui).
#
# Usage: scripts/bless-rustc.sh [FILE.rs|DIR ...]     (default: all of tests/ui)
#        scripts/bless-rustc.sh --check-docs [DIR]     (default: docs/error-codes; writes nothing)
#
# For every program NAME.rs it writes, next to it:
#   NAME.stdout      exact stdout of the program compiled by `rustc --edition 2024`
#   NAME.exit        its exit code and a newline
#   NAME.stderr      only when the program wrote to stderr (panics, eprintln!)
#   NAME.stats.json  what a counting global allocator sees during `main` (see scripts/stats-harness.rs);
#                    only for programs that exit 0 and do not carry the `//@ no-stats` directive.
# Programs carrying `//@ compile-fail` are compiled only: they must be rejected by rustc exactly where
# their `//~ ERROR` annotations say, and get NAME.stderr (rustc's diagnostics) and NAME.exit (1).
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

# write_goldens TMP STEM CODE: installs the plain build's stdout, exit code and (non-empty) stderr.
# Goldens are only written once every check of the program passed.
write_goldens() {
    cp "$1/out" "$2.stdout"
    echo "$3" >"$2.exit"
    if [ -s "$1/err" ]; then cp "$1/err" "$2.stderr"; else rm -f "$2.stderr"; fi
}

# check_annotations FILE NAME STDERR: prints one line per disagreement between the `//~ ERROR X`
# annotations of FILE and the errors rustc reported in STDERR (nothing when they agree).
# `//~ ERROR E0382` expects an `error[E0382]` whose primary location (` --> NAME:LINE:COL`) is on the
# annotated line; `//~ ERROR some text` (no code) expects an `error: ...` containing that text;
# `//~^ ERROR` points one line up (one line per caret). Every error rustc locates in the file must be
# annotated. Warnings are never annotated.
check_annotations() {
    awk -v name="$2" '
        FNR == NR {
            line = $0
            if (match(line, /\/\/~\^* ERROR /)) {
                marker = substr(line, RSTART, RLENGTH)
                up = gsub(/\^/, "^", marker)
                want = substr(line, RSTART + RLENGTH)
                sub(/[ \t\r]+$/, "", want)
                n_ann++; ann_line[n_ann] = FNR - up; ann_want[n_ann] = want
            }
            next
        }
        pending != "" {
            if (match($0, /^ *--> /)) {
                loc = substr($0, RSTART + RLENGTH)
                k = split(loc, parts, ":")
                if (k >= 3 && parts[1] == name) {
                    n_err++; err_line[n_err] = parts[2] + 0; err_head[n_err] = pending
                }
            }
            pending = ""
        }
        /^error(\[E[0-9]+\])?: / { pending = $0 }
        END {
            for (i = 1; i <= n_err; i++) used[i] = 0
            for (a = 1; a <= n_ann; a++) {
                found = 0
                for (i = 1; i <= n_err && !found; i++) {
                    if (used[i] || err_line[i] != ann_line[a]) continue
                    w = ann_want[a]
                    if (w ~ /^E[0-9][0-9][0-9][0-9]$/) ok = index(err_head[i], "error[" w "]: ") == 1
                    else ok = index(err_head[i], "error: ") == 1 && index(err_head[i], w) > 0
                    if (ok) { used[i] = 1; found = 1 }
                }
                if (!found) printf "line %d: annotation `ERROR %s` matches no error rustc reports there\n", ann_line[a], ann_want[a]
            }
            for (i = 1; i <= n_err; i++)
                if (!used[i]) printf "line %d: unannotated `%s`\n", err_line[i], err_head[i]
            if (n_ann == 0) print "no //~ ERROR annotation"
        }
    ' "$1" "$3"
}

# bless_compile_fail DIR NAME TMP RESULTS FILE: compiles a `//@ compile-fail` program (never runs it),
# checks that rustc rejects it exactly where the annotations say, then writes NAME.stderr (rustc's
# full diagnostics, warnings included) and NAME.exit (1).
bless_compile_fail() {
    local dir="$1" name="$2" tmp="$3" results="$4" file="$5"
    local base="${name%.rs}" problems
    (cd "$dir" && rustc --edition 2024 --error-format human --color never "$name" -o "$tmp/bin" 2>"$tmp/err" >/dev/null)
    local code=$?
    if [ "$code" -eq 0 ]; then
        echo "FAIL $file compile-fail program compiles" >>"$results"
        return 0
    fi
    if [ "$code" -ne 1 ]; then
        echo "FAIL $file rustc exited with $code (an ICE?)" >>"$results"
        return 0
    fi
    problems="$(check_annotations "$dir/$name" "$name" "$tmp/err")"
    if [ -n "$problems" ]; then
        echo "FAIL $file $(echo "$problems" | tr '\n' ';')" >>"$results"
        return 0
    fi
    cp "$tmp/err" "$dir/$base.stderr"
    echo 1 >"$dir/$base.exit"
    rm -f "$dir/$base.stdout" "$dir/$base.stats.json"
    echo "ok $file (compile-fail)" >>"$results"
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
    # Programs rustc must reject are compiled only, never run.
    if grep -q '^//@ compile-fail' "$file"; then
        bless_compile_fail "$dir" "$name" "$tmp" "$results" "$file"
        rm -rf "$tmp"
        return 0
    fi

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

    # Instrumented build: same file name in a temp folder, user main renamed on its own line.
    if grep -q '^//@ no-stats' "$dir/$name"; then
        write_goldens "$tmp" "$dir/$base" "$code"
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
    if ! cmp -s "$tmp/out" "$tmp/out2"; then status=FAIL; reason=" instrumented stdout differs"; fi
    if ! cmp -s "$tmp/err" "$tmp/err2"; then status=FAIL; reason="$reason instrumented stderr differs"; fi
    if [ "$code" -ne "$code2" ]; then status=FAIL; reason="$reason instrumented exit $code2 != $code"; fi
    if [ "$code" -eq 0 ] && [ "$status" = ok ] && [ ! -s "$tmp/stats.json" ]; then
        status=FAIL; reason=" no stats written"
    fi
    if [ "$status" = ok ]; then
        write_goldens "$tmp" "$dir/$base" "$code"
        if [ "$code" -eq 0 ]; then cp "$tmp/stats.json" "$dir/$base.stats.json"; else rm -f "$dir/$base.stats.json"; fi
        echo "ok $file (exit $code)" >>"$results"
    else
        echo "FAIL $file$reason" >>"$results"
    fi
    rm -rf "$tmp"
}

# check_docs DIR: verifies the examples of the error-code explanations (docs/error-codes/*.md, format in
# docs/error-codes/README.md): a ```rust compile_fail,EXXXX block must be rejected by rustc with
# error[EXXXX], a plain ```rust block must compile and run with exit code 0. Prints one line per
# problem and a summary; returns non-zero when any example is wrong.
check_docs() {
    local dir="$1" tmp doc n=0 bad=0 kind code status
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/docs.XXXXXX")"
    for doc in "$dir"/E[0-9]*.md; do
        [ -f "$doc" ] || continue
        rm -f "$tmp"/block_*
        awk -v out="$tmp/block" '
            /^```rust( compile_fail,E[0-9]+)?[ \t]*$/ && !inside {
                inside = 1; k++
                kind = ($0 ~ /compile_fail/) ? $0 : "run"
                sub(/^```rust compile_fail,/, "", kind); sub(/[ \t]+$/, "", kind)
                file = sprintf("%s_%02d_%s.rs", out, k, kind)
                printf "" > file
                next
            }
            /^```[ \t]*$/ && inside { inside = 0; close(file); next }
            inside { print > file }
        ' "$doc"
        local blocks=("$tmp"/block_*.rs)
        if [ ! -e "${blocks[0]}" ]; then echo "FAIL $doc has no rust example" >&2; bad=$((bad + 1)); continue; fi
        for b in "${blocks[@]}"; do
            n=$((n + 1))
            kind="${b%.rs}"; kind="${kind##*_}"
            (cd "$tmp" && rustc --edition 2024 --color never -A warnings "$b" -o "$tmp/bin" >"$tmp/err" 2>&1)
            status=$?
            if [ "$kind" = run ]; then
                if [ "$status" -ne 0 ]; then
                    echo "FAIL $doc: fixed example does not compile: $(grep -m1 '^error' "$tmp/err")" >&2; bad=$((bad + 1))
                elif ! (cd "$tmp" && timeout "$RUN_TIMEOUT" "$tmp/bin" >/dev/null 2>&1 </dev/null); then
                    echo "FAIL $doc: fixed example does not exit with 0" >&2; bad=$((bad + 1))
                fi
            else
                code="$kind"
                if [ "$status" -eq 0 ]; then
                    echo "FAIL $doc: compile_fail example compiles" >&2; bad=$((bad + 1))
                elif ! grep -q "^error\[$code\]" "$tmp/err"; then
                    echo "FAIL $doc: compile_fail example does not report $code: $(grep -m1 '^error' "$tmp/err")" >&2; bad=$((bad + 1))
                fi
            fi
        done
    done
    rm -rf "$tmp"
    echo "checked $n examples in $dir ($bad wrong)"
    [ "$bad" -eq 0 ]
}

if [ "${1:-}" = "--check-docs" ]; then
    command -v rustc >/dev/null || { echo "rustc not found" >&2; exit 2; }
    check_docs "${2:-$ROOT/docs/error-codes}"
    exit $?
fi

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
skipped=$(grep -c '^skip' "$results")
panicked=$(grep -c 'exit 101)' "$results")
nostats=$(grep -c '(no-stats' "$results")
rejected=$(grep -c '^ok .*(compile-fail)' "$results")
grep '^FAIL' "$results" | sed "s|$ROOT/||" >&2
echo "blessed $((total - failed - skipped)) of $total programs in $(( $(date +%s) - start ))s" \
     "($rejected compile-fail, $panicked panicking, $nostats without stats, $skipped skipped, $failed failed)"
rm -f "$results"
[ "$failed" -eq 0 ]
