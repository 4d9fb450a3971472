#!/usr/bin/env bash
# Trace figures: recording overhead against a plain run, memory per million steps, time to draw one
# step. Usage: bench/trace.sh [runs] [max-steps] [FILE.rs...]   (default 3 runs, 1 000 000 steps,
# the four bench programs; times are process CPU time, see bench/TraceBench.java)
# Writes bench/out/trace.md; docs/performance.md quotes it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
steps=${2:-1000000}
shift $(( $# > 2 ? 2 : $# ))
programs=("$@")
[[ ${#programs[@]} -gt 0 ]] || programs=(bench/programs/arith_loop.rs bench/programs/book_operators.rs bench/programs/box_rc_list.rs bench/programs/string_vec_build.rs)
out=bench/out
mkdir -p "$out"
jar=${HEAPLAB_JAR:-cli/target/heaplab.jar}
[[ -n "${HEAPLAB_JAR:-}" ]] || ./heaplab --version >/dev/null 2>&1 || { echo "heaplab does not build" >&2; exit 1; }
java=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n1 || true)
[[ -x "$java" ]] || java=$(command -v java)
{
    echo "## Trace recording (median of $runs after $runs warm-up runs; at most $steps steps per program)"
    echo
    echo "| program | steps recorded | machine alone (CPU ms) | machine + trace (CPU ms) | overhead | trace memory (bytes/step) | per million steps (MB) | draw one step (ms) |"
    echo "|---|---|---|---|---|---|---|---|"
    "$java" -Xmx6g -XX:+UseSerialGC -cp "$jar" bench/TraceBench.java "$runs" "$steps" "${programs[@]}" |
    while read -r name n plain traced per render; do
        over=$(awk -v a="$traced" -v b="$plain" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')
        mb=$(awk -v b="$per" 'BEGIN { printf "%.0f", b * 1000000 / 1048576 }')
        echo "| $name | $n | $plain | $traced | ${over}× | $per | $mb | $render |"
    done
} | tee "$out/trace.md"
