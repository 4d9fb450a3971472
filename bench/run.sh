#!/usr/bin/env bash
# Times heaplab against the same programs compiled by rustc (debug and -O), all in the same run.
# Usage: bench/run.sh [runs] [FILE.rs...]   (default 5 runs each, all of bench/programs; medians are reported)
# Writes bench/out/results.md; docs/performance.md quotes it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift $(( $# > 0 ? 1 : 0 ))
sources=("$@")
(( ${#sources[@]} )) || sources=(bench/programs/*.rs)
out=bench/out
mkdir -p "$out"
./heaplab --version >/dev/null 2>&1 || { echo "heaplab does not build" >&2; exit 1; }
java=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n1 || true)
[[ -x "$java" ]] || java=$(command -v java)
# Benchmarks run to completion: no step or time limit gets in the way.
unbounded=(--max-steps 100000000000 --timeout 3600000 --max-heap 4000000000)

median_ms() { # command... → median wall time in ms over $runs runs
    local times=()
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }'; }

# Train both AOT caches (in the background on first use) before timing anything.
for jit in c1 full; do
    HEAPLAB_JIT=$jit ./heaplab run examples/hello.rs >/dev/null 2>&1 || true
    for _ in $(seq 60); do ls .heaplab-cache/heaplab-$jit-*.aot >/dev/null 2>&1 && break; sleep 1; done
done

{
    echo "## Whole processes (median of $runs, ms)"
    echo
    echo "| program | rustc compile (debug) | debug binary | -O binary | heaplab run | heaplab run, HEAPLAB_JIT=full | heaplab warm compile | heaplab warm machine | warm machine / debug binary | heaplab run / (rustc compile + run) |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    for src in "${sources[@]}"; do
        name=$(basename "$src" .rs)
        compile=$(median_ms rustc --edition 2024 -o "$out/$name.debug" "$src")
        rustc --edition 2024 -O -o "$out/$name.opt" "$src"
        debug=$(median_ms "$out/$name.debug")
        opt=$(median_ms "$out/$name.opt")
        heap=$(median_ms ./heaplab run "${unbounded[@]}" "$src")
        full=$(HEAPLAB_JIT=full median_ms ./heaplab run "${unbounded[@]}" "$src")
        read -r _ wc wm < <("$java" -cp cli/target/heaplab.jar bench/WarmRun.java "$runs" "$src")
        echo "| $name | $compile | $debug | $opt | $heap | $full | $wc | $wm | $(ratio "$wm" "$debug")× | $(ratio "$heap" $((compile + debug)))× |"
    done
    echo
    echo "## Start-up: \`heaplab run examples/hello.rs\` (median of $runs, ms)"
    echo
    rc=$(median_ms rustc --edition 2024 -o "$out/hello.debug" examples/hello.rs)
    echo "| JIT | without AOT cache | with AOT cache | rustc compile (debug) + run |"
    echo "|---|---|---|---|"
    for jit in c1 full; do
        noaot=$(HEAPLAB_JIT=$jit HEAPLAB_AOT=0 median_ms ./heaplab run examples/hello.rs)
        aot=$(HEAPLAB_JIT=$jit median_ms ./heaplab run examples/hello.rs)
        echo "| $jit | $noaot | $aot | $(( rc + $(median_ms "$out/hello.debug") )) |"
    done
} | tee "$out/results.md"
