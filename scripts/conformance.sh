#!/usr/bin/env bash
# Runs the conformance suite and prints pass counts per category (the figures the README quotes).
# Usage: scripts/conformance.sh [--no-run]   (--no-run reads the last core/target/ui-report.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-run" ]]; then
    mvn -q -o test -pl core -Dtest=UiTest >/dev/null 2>&1 || true
fi
report=core/target/ui-report.txt
[[ -f $report ]] || { echo "no $report: run without --no-run" >&2; exit 1; }
count() { find tests/ui/$1 -name '*.rs' 2>/dev/null | wc -l; }
failed() { grep -c "^$1" "$report" || true; }
all=$(find tests/ui -name '*.rs' | wc -l)
cf=$(count compile-fail); na=$(count nll-accepted); rp=$((all - cf - na))
cff=$(failed compile-fail/); naf=$(failed nll-accepted/)
rpf=$(grep -vcE '^(compile-fail|nll-accepted)/|^ui:' "$report" || true)
accepts=$(grep '^compile-fail/' "$report" | grep -cE 'got exit (0|101)' || true)
printf 'run-pass/panic programs (stdout, stderr, exit, allocator stats): %d/%d\n' $((rp - rpf)) "$rp"
printf 'programs rustc accepts that naive checkers reject:             %d/%d\n' $((na - naf)) "$na"
printf 'programs rustc rejects (first error code and line):           %d/%d\n' $((cf - cff)) "$cf"
printf 'rejected programs heaplab runs anyway (false accepts):        %d\n' "$accepts"
printf 'total:                                                        %d/%d\n' $((all - rpf - naf - cff)) "$all"
text=core/target/ui-diagnostic-text.txt
if [[ -f $text ]]; then
    printf 'rejected programs whose whole diagnostics are rustc'"'"'s:        %s\n' "$(head -1 "$text" | sed 's/identical diagnostics: //; s/ of /\//')"
fi
