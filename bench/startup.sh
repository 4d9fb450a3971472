#!/usr/bin/env bash
# Whole-process start-up, side by side: each variant (a shell command) is run once per round, the
# variants interleaved round after round so that all see the same machine load; prints per variant
# the median wall time and the median CPU time (user + system of the process and its children,
# from bash's `times`), and each median's ratio to the first variant's.
# Usage: bench/startup.sh ROUNDS 'label=command' 'label=command' ...
#   bench/startup.sh 11 "rustc=rustc --edition 2024 -o /tmp/bo bench/programs/book_operators.rs && /tmp/bo" \
#                       "heaplab=./heaplab run bench/programs/book_operators.rs"
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
labels=() cmds=()
for v in "$@"; do labels+=("${v%%=*}"); cmds+=("${v#*=}"); done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cpu_ms() { # CPU ms (user + sys) of `bash -c "$1"` and its children
    bash -c 'eval "$1" >/dev/null 2>&1; times' _ "$1" | tail -n1 \
        | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); t += p[1] * 60 + p[2] } printf "%d\n", t * 1000 }'
}

for r in $(seq "$rounds"); do
    for i in "${!cmds[@]}"; do
        t0=$(date +%s%N)
        c=$(cpu_ms "${cmds[$i]}")
        t1=$(date +%s%N)
        echo "$(( (t1 - t0) / 1000000 )) $c" >>"$tmp/$i"
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%-24s %10s %10s %10s %10s\n' variant "wall ms" "cpu ms" "wall/1st" "cpu/1st"
w0="" c0=""
for i in "${!cmds[@]}"; do
    w=$(cut -d' ' -f1 "$tmp/$i" | median)
    c=$(cut -d' ' -f2 "$tmp/$i" | median)
    [[ -n "$w0" ]] || { w0=$w; c0=$c; }
    printf '%-24s %10s %10s %10s %10s\n' "${labels[$i]}" "$w" "$c" \
        "$(awk -v a="$w" -v b="$w0" 'BEGIN { printf "%.2f", a / b }')" "$(awk -v a="$c" -v b="$c0" 'BEGIN { printf "%.2f", a / b }')"
done
echo "(medians of $rounds rounds; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
