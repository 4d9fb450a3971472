#!/usr/bin/env bash
# Times heaplab against the same programs compiled by rustc (debug and -O), in the same run.
# Usage: bench/run.sh [runs]   (default 5 runs each; medians are reported)
# Writes bench/out/results.md; docs/performance.md quotes it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"
./heaplab --version >/dev/null 2>&1 || { echo "heaplab does not build" >&2; exit 1; }

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

{
    echo "| program | rustc compile (debug) | debug binary | -O binary | heaplab run (process) | heaplab / debug | heaplab / (compile+run) |"
    echo "|---|---|---|---|---|---|---|"
    for src in bench/programs/*.rs; do
        name=$(basename "$src" .rs)
        compile=$(median_ms rustc --edition 2024 -o "$out/$name.debug" "$src")
        rustc --edition 2024 -O -o "$out/$name.opt" "$src"
        debug=$(median_ms "$out/$name.debug")
        opt=$(median_ms "$out/$name.opt")
        heap=$(median_ms ./heaplab run "$src")
        ratio=$(awk -v h="$heap" -v d="$debug" 'BEGIN { printf "%.1f", h / (d > 0 ? d : 1) }')
        ratio2=$(awk -v h="$heap" -v c="$compile" -v d="$debug" 'BEGIN { printf "%.2f", h / (c + d) }')
        echo "| $name | ${compile} ms | ${debug} ms | ${opt} ms | ${heap} ms | ${ratio}× | ${ratio2}× |"
    done
} | tee "$out/results.md"
