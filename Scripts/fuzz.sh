#!/usr/bin/env bash
# Builds one libFuzzer target of Fuzz/ (Swift, -sanitize=fuzzer,address) and runs it for a given time.
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAG]...
#   Scripts/fuzz.sh minimize TARGET CRASH-FILE       # shrink a crash input (writes fuzz-out/TARGET/minimized-*)
#   Scripts/fuzz.sh list                             # the targets
#
# TARGET is FuzzJSONReader, FuzzCatalogue or FuzzValidator. The run starts from the committed seeds in
# Fuzz/Corpus/TARGET plus the corpus it grew last time (fuzz-out/TARGET/corpus); crashes, timeouts and
# out-of-memory inputs go to fuzz-out/TARGET/ (git-ignored). At the end it prints the duration, executions,
# executions per second, coverage and findings. Exit code: 0 no finding, 1 findings, 2 usage or build error.
#
# Environment: FUZZ_SCRATCH   build folder (default Fuzz/.build)
#              FUZZ_JOBS      parallel build jobs (default 2)
#              FUZZ_CONFIG    release (default) or debug
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
targets=(FuzzJSONReader FuzzCatalogue FuzzValidator)
scratch="${FUZZ_SCRATCH:-$root/Fuzz/.build}"
jobs="${FUZZ_JOBS:-2}"
config="${FUZZ_CONFIG:-release}"

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

is_target() {
    local t
    for t in "${targets[@]}"; do [[ "$t" == "$1" ]] && return 0; done
    return 1
}

build() {
    local target="$1"
    echo "== building $target ($config, -sanitize=fuzzer,address) in $scratch" >&2
    (cd "$root/Fuzz" && swift build -c "$config" --product "$target" --scratch-path "$scratch" -j "$jobs" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -g) >&2 || { echo "build failed" >&2; exit 2; }
    binary="$(cd "$root/Fuzz" && swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/$target"
}

[[ $# -ge 1 ]] || usage
case "$1" in
list)
    printf '%s\n' "${targets[@]}"
    exit 0
    ;;
minimize)
    [[ $# -eq 3 ]] && is_target "$2" && [[ -f "$3" ]] || usage
    target="$2"
    crash="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
    build "$target"
    out="$root/fuzz-out/$target"
    mkdir -p "$out"
    minimized="$out/minimized-$(basename "$crash")"
    rm -f "$minimized"
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp" \
        "$binary" -minimize_crash=1 -runs=20000 -exact_artifact_path="$minimized" "$crash" >"$out/minimize.log" 2>&1
    if [[ ! -s "$minimized" ]]; then
        echo "not minimized: the input does not crash $target (log: fuzz-out/$target/minimize.log)"
        exit 1
    fi
    echo "minimized: fuzz-out/$target/$(basename "$minimized") ($(wc -c <"$minimized") bytes, from $(wc -c <"$crash"))"
    od -An -c "$minimized" | head -n 20
    exit 0
    ;;
esac

[[ $# -ge 2 ]] && is_target "$1" && [[ "$2" =~ ^[0-9]+$ ]] || usage
target="$1"
seconds="$2"
shift 2
build "$target"

out="$root/fuzz-out/$target"
mkdir -p "$out/corpus"
cd "$out"
rm -f fuzz-0.log
before="$(find . -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)"
started="$(date +%s)"
echo "== running $target for ${seconds}s (log: fuzz-out/$target/fuzz-0.log)" >&2
# -jobs=1 -workers=1: one fuzzing process (its output goes to fuzz-0.log) that stops at the first finding
# or when the time is up; add -fork=1 -ignore_crashes=1 (instead) to keep going past findings.
# -timeout: an input taking more than 10 s is a finding (a hang).
set +e
# SWIFT_BACKTRACE=enable=no: a Swift trap goes straight to libFuzzer's handler (the Swift backtracer, run
# under ASan, adds a spurious stack-buffer-underflow report of its own).
SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
"$binary" corpus "$root/Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -jobs=1 -workers=1 \
    -artifact_prefix="$out/" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 "$@" >/dev/null 2>&1
set -e
elapsed=$(($(date +%s) - started))
log="$out/fuzz-0.log"
after="$(find . -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)"
runs="$(grep -h 'stat::number_of_executed_units' "$log" 2>/dev/null | awk '{if ($2 > m) m = $2} END {print m + 0}')"
last="$(grep -hE '^#[0-9]+' "$log" 2>/dev/null | tail -n 1)"
cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
corpus="$(find corpus -type f | wc -l)"
rss="$(grep -h 'stat::peak_rss_mb' "$log" 2>/dev/null | awk '{if ($2 > m) m = $2} END {print m + 0}')"
echo "target:      $target"
echo "duration:    ${elapsed}s"
echo "executions:  $runs ($((runs / (elapsed > 0 ? elapsed : 1))) exec/s)"
echo "coverage:    cov ${cov:-?} edges, ft ${ft:-?} features, corpus $corpus inputs, peak RSS ${rss} MB"
echo "findings:    $((after - before)) new ($after in fuzz-out/$target)"
grep -hE '^==[0-9]+==ERROR|^SUMMARY|Fatal error|invariant:|ALARM|out-of-memory' "$log" 2>/dev/null | sort | uniq -c | head -n 20 || true
[[ "$after" -eq "$before" ]]
