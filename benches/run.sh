#!/usr/bin/env bash
# End-to-end benchmark of `tuomin mask` on a generated 1,000,000-row 低保 CSV (about 150 MB), beside its
# I/O floor (the same file read and written back unchanged through tuomin's CSV paths, detection off).
# Prints MB/s, the ratio to the floor and peak RSS (from /usr/bin/time -v) as a table.
#
#   benches/run.sh                 # 1,000,000 rows, best of 1 run each
#   ROWS=200000 RUNS=3 benches/run.sh
#   PHASES=1 benches/run.sh        # also time each phase of the job and each column (benches/roster.rs)
#
# Data goes to bench-data/ (git-ignored); delete it to regenerate. Honours CARGO_TARGET_DIR.
# Targets: CSV >= 100 MB/s end to end, <= 2x the floor's time, peak RSS < 300 MB.
set -euo pipefail

cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-1}
DATA=bench-data
mkdir -p "$DATA"

if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh needs GNU time: apt-get install time" >&2
    exit 2
fi

echo "building (release)..." >&2
# Both binaries come from one release build, so the floor and tuomin share the same compiled library.
build_json=$(cargo build --release --bin tuomin --bench roster --message-format=json 2>/dev/null) || {
    cargo build --release --bin tuomin --bench roster >&2
    exit 1
}
exe_of() {
    # The "executable" of the artifact whose target is named $1.
    grep -F "\"name\":\"$1\"" <<<"$build_json" | grep -o '"executable":"[^"]*"' | tail -n1 | cut -d'"' -f4
}
TUOMIN=$(exe_of tuomin)
ROSTER=$(exe_of roster)
[[ -x "$TUOMIN" && -x "$ROSTER" ]] || { echo "could not find the built binaries" >&2; exit 1; }

INPUT="$DATA/roster_${ROWS}.csv"
if [[ ! -f "$INPUT" ]]; then
    echo "generating $INPUT..." >&2
    "$ROSTER" gen-csv "$ROWS" "$INPUT"
fi
BYTES=$(stat -c %s "$INPUT")
cat "$INPUT" >/dev/null # warm the page cache so neither side pays for the first read

# measure NAME CMD...: runs CMD $RUNS times under /usr/bin/time -v; sets SECS (best wall time), CPU (user +
# system seconds) and RSS_KB (peak RSS) of that run. CPU time is the figure to trust on a busy machine.
measure() {
    local name=$1 log best="" rss="" cpu=""
    shift
    log=$(mktemp)
    for _ in $(seq "$RUNS"); do
        local t0 t1 secs
        t0=$(date +%s.%N)
        /usr/bin/time -v -o "$log" "$@" >/dev/null
        t1=$(date +%s.%N)
        secs=$(echo "$t1 - $t0" | bc -l)
        if [[ -z "$best" ]] || (($(echo "$secs < $best" | bc -l))); then
            best=$secs
            rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
            cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
        fi
    done
    rm -f "$log"
    SECS=$best
    CPU=$cpu
    RSS_KB=$rss
    echo "$name: ${SECS}s wall, ${CPU}s CPU, ${RSS_KB} KB peak" >&2
}

measure floor "$ROSTER" floor "$INPUT" "$DATA/floor_out.csv"
FLOOR_S=$SECS FLOOR_CPU=$CPU FLOOR_RSS=$RSS_KB
measure tuomin "$TUOMIN" mask "$INPUT" -o "$DATA/masked_out.csv" --force -q
MASK_S=$SECS MASK_CPU=$CPU MASK_RSS=$RSS_KB

mbs() { echo "scale=1; $BYTES / 1000000 / $1" | bc -l; }
mb() { echo "scale=1; $1 / 1024" | bc -l; }
RATIO=$(echo "scale=2; $MASK_S / $FLOOR_S" | bc -l)

printf '\n%s: %s rows, %.1f MB, %s cores, best of %s, load average %s\n' "$INPUT" "$ROWS" \
    "$(echo "$BYTES / 1000000" | bc -l)" "$(nproc)" "$RUNS" "$(cut -d' ' -f1 /proc/loadavg)"
printf '%-8s %9s %9s %8s %9s %12s\n' run "wall s" MB/s "x floor" "CPU s" "peak RSS MB"
printf '%-8s %9.2f %9s %8s %9.2f %12s\n' floor "$FLOOR_S" "$(mbs "$FLOOR_S")" 1.00 "$FLOOR_CPU" "$(mb "$FLOOR_RSS")"
printf '%-8s %9.2f %9s %8s %9.2f %12s\n' tuomin "$MASK_S" "$(mbs "$MASK_S")" "$RATIO" "$MASK_CPU" "$(mb "$MASK_RSS")"
printf 'targets: >= 100 MB/s, <= 2.00 x floor, < 300 MB peak RSS\n'

rm -f "$DATA/floor_out.csv" "$DATA/masked_out.csv" "$DATA/masked_out.csv.audit.json"

if [[ "${PHASES:-0}" != 0 ]]; then
    echo
    "$ROSTER" phases "$INPUT"
fi
