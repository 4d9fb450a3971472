#!/usr/bin/env bash
# The heap benchmarks' warm machine against their rustc debug binaries, in CPU time, side by side:
# each round times the debug binaries (perf stat, task-clock) and then each jar's warm machine
# (bench/PlainRun.java: median of N runs after N warm-ups, process CPU), and prints the ratios.
# Usage: bench/ratio.sh ROUNDS JIT(c1|full) JAR... (default programs: string_vec_build, box_rc_list)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1 jit=$2
shift 2
jars=("$@")
java=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n1 || true)
[[ -x "$java" ]] || java=$(command -v java)
programs=(${PROGRAMS:-bench/programs/string_vec_build.rs bench/programs/box_rc_list.rs})
out=bench/out
mkdir -p "$out"
for src in "${programs[@]}"; do rustc --edition 2024 -o "$out/$(basename "$src" .rs).debug" "$src"; done
flags=(-XX:+UseSerialGC)
[[ $jit == c1 ]] && flags+=(-XX:TieredStopAtLevel=1)
for round in $(seq "$rounds"); do
    declare -A dbg=()
    for src in "${programs[@]}"; do
        name=$(basename "$src" .rs)
        dbg[$name]=$(perf stat -r "${PERF_RUNS:-100}" -x, -e task-clock "$out/$name.debug" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}')
    done
    for jar in "${jars[@]}"; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        "$java" "${flags[@]}" -cp "$jar" bench/PlainRun.java "${RUNS:-5}" 100000000000 "${programs[@]}" |
            while read -r name ms; do
                awk -v r="$round" -v j="$(basename "${jar%%:*}")" -v n="$name" -v ms="$ms" -v d="${dbg[$name]}" -v l="$load" -v jit="$jit" \
                    'BEGIN { printf "round %s %s %s %-17s machine %5d ms  debug %6.2f ms  ratio %5.1fx  load %s\n", r, jit, j, n, ms, d, ms / d, l }'
            done
    done
done
