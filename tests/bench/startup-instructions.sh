#!/bin/sh
# Counts the instructions the app and the minimal form window execute from process start to
# their first frame, under Callgrind. Unlike wall time, the counts do not move with the load of
# the machine, so a change of a fraction of a millisecond shows. Wall time also includes page
# faults and waiting, which this does not see: bench_inspector stays the measure of the goals.
#
# Usage: tests/bench/startup-instructions.sh [BUILD_DIR]   (default build/release; needs valgrind)
set -eu

build=${1:-build/release}
app="$build/codearts-inspector"
minimal="$build/tests/bench/minimal_form_window"
for program in "$app" "$minimal"; do
    [ -x "$program" ] || { echo "error: $program is not built" >&2; exit 2; }
done
command -v valgrind >/dev/null || { echo "error: valgrind is not installed (apt install valgrind)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Total instructions of one Callgrind output file.
instructions() {
    sed -n 's/^summary: *//p; s/^totals: *//p' "$1" | head -n 1
}

count() {
    name=$1
    program=$2
    mkdir -p "$scratch/$name-home"
    HOME="$scratch/$name-home" XDG_CONFIG_HOME="$scratch/$name-home/.config" \
        XDG_DATA_HOME="$scratch/$name-home/.local/share" QT_QPA_PLATFORM=offscreen \
        CODEARTS_INSPECTOR_TRACE_STARTUP=exit \
        valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$scratch/$name.out" \
        "$program" >/dev/null 2>"$scratch/$name.log" || true
    grep -q '^window-shown' "$scratch/$name.log" || { echo "error: $name never showed its window" >&2; exit 1; }
    all=0
    for file in "$scratch/$name.out"-*; do
        all=$((all + $(instructions "$file")))
    done
    main=$(instructions "$scratch/$name.out-01")
    printf '%-16s %14d %14d\n' "$name" "$main" "$all"
}

printf '%-16s %14s %14s\n' "to first frame" "main thread" "all threads"
count app "$app"
count minimal "$minimal"
