#!/usr/bin/env bash
# Side-by-side comparison of two builds' warm machine on the loop benchmarks, in process CPU time
# (bench/PlainRun.java: median of N runs after N warm-ups, in one JVM), with the launcher's C1-only
# JIT and with full JIT, in alternating pairs; then the CPU time of the rustc debug binaries (perf
# stat over many runs, and an empty program's for the process start-up alone).
# Usage: bench/compare.sh BEFORE.jar AFTER.jar [runs=5] [pairs=2]
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 runs=${3:-5} pairs=${4:-2}
java=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n1 || true)
[[ -x "$java" ]] || java=$(command -v java)
programs=(bench/programs/arith_loop.rs bench/programs/string_vec_build.rs bench/programs/box_rc_list.rs)
out=bench/out
mkdir -p "$out"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for jit in c1 full; do
    flags=(-XX:+UseSerialGC)
    [[ $jit == c1 ]] && flags+=(-XX:TieredStopAtLevel=1)
    for pair in $(seq "$pairs"); do
        for jar in "$before" "$after"; do
            "$java" "${flags[@]}" -cp "$jar" bench/PlainRun.java "$runs" 100000000000 "${programs[@]}" \
                | sed "s|^|$jit pair$pair $(basename "$jar") |"
        done
    done
done

echo "debug binaries (perf stat, 200 runs each, task-clock ms per run):"
echo 'fn main() {}' > "$out/empty.rs"
for src in "${programs[@]}" "$out/empty.rs"; do
    name=$(basename "$src" .rs)
    rustc --edition 2024 -o "$out/$name.debug" "$src"
    ms=$(perf stat -r 200 -x, -e task-clock "$out/$name.debug" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}')
    echo "debug $name $ms"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
