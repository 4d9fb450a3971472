#!/usr/bin/env bash
# Builds bench/programs/check200/*.rs: realistic ~200-line programs for the check-time benchmark,
# each a few passing tests/ui programs of one kind wrapped in modules (`mod NAME { … }`, their
# `main` made `pub` and called in turn), so that the figure is not one file's.
# (generics_traits.rs, loans_loops.rs and lifetimes_structs.rs in the same directory are written by hand, not by this script.)
# Usage: bench/make-check200.sh   (then check each with `rustc --edition 2024` and `./heaplab check`)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/programs/check200"
mkdir -p "$out"
known="$root/tests/ui/known-failures.txt"

# name: the directories its programs come from
pack() {
    local name="$1"; shift
    local file="$out/$name.rs" lines=0 mods=()
    echo "// Check-time benchmark: passing tests/ui programs ($*) as modules, about 200 lines." > "$file"
    for dir in "$@"; do
        for f in "$root"/tests/ui/"$dir"/*.rs; do
            rel="${f#"$root"/tests/ui/}"
            grep -qxF "$rel" "$known" && continue
            grep -q '^//@' "$f" && continue            # compile-fail, threads without stats, …
            grep -q 'fn main() *->' "$f" && continue   # keep `main` calls uniform
            n=$(wc -l < "$f")
            (( lines + n > 215 )) && continue
            m="$(basename "$f" .rs)"
            { echo "mod $m {"; sed 's/^fn main()/pub fn main()/' "$f"; echo "}"; } >> "$file"
            mods+=("$m"); lines=$((lines + n + 2))
            (( lines >= 190 )) && break 2
        done
    done
    { printf 'fn main() {\n'; for m in "${mods[@]}"; do printf '    %s::main();\n' "$m"; done; printf '}\n'; } >> "$file"
    echo "$name: $(wc -l < "$file") lines, ${mods[*]}"
}

pack book_traits book traits
pack book_unseen unseen
pack borrowing nll-accepted
pack enums_structs enums structs
pack iter_collections iterators collections strings
pack closures_ownership closures ownership
