#!/usr/bin/env bash
# Instruction counts of kcplint under callgrind: repeatable where wall time is not (this machine is shared).
#
#   Scripts/instructions.sh [quick|full]
#
# Prints a markdown table of instructions per validation in process (the benchmarks' typical payload and a corpus
# payload with five findings) and of whole `kcplint check --format json` runs (one file, the 1k and 10k corpora;
# `full` adds the two 17 MB files). Per validation is the difference between runs of 2N and N validations,
# divided by N, so that start-up and one-time work (loading the catalogue, building pattern automata) cancel out.
# Corpora as in Scripts/bench.sh (/tmp/kcpc, made by ../shared/bench/gen_corpus.py if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-quick}"
N="${KCP_INSTRUCTIONS_N:-2000}"
BENCH="${KCP_BENCH_DIR:-$(cd .. && pwd)/shared/bench}"
command -v valgrind >/dev/null || { apt-get install -y -qq valgrind >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }; }

Scripts/ensure-libyaml
swift build -c release --product kcplint >&2
KCPLINT="$(swift build -c release --show-bin-path)/kcplint"
(cd Benchmarks && swift build -c release --product kcplint-profile >&2)
PROFILE="$(cd Benchmarks && swift build -c release --show-bin-path)/kcplint-profile"
corpus() {
  [ -f "/tmp/kcpc/$1/manifest.jsonl" ] && return
  [ -f "$BENCH/gen_corpus.py" ] || { echo "instructions: no corpus at /tmp/kcpc/$1 and no generator at $BENCH" >&2; exit 2; }
  python3 "$BENCH/gen_corpus.py" "/tmp/kcpc/$1" "$2" ${3:-} >/dev/null
}
corpus c1000 1000
corpus c10000 10000
[ "$MODE" = full ] && corpus large 100000 --large

# Instructions of a command (everything after the first argument), as callgrind counts them.
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs:/ { gsub(",", "", $NF); print $NF }'; }
# Instructions per validation of PAYLOAD (a file or `typical`) on one thread.
per_validation() { echo $(( ($(count "$PROFILE" "$1" $((2 * N)) 1) - $(count "$PROFILE" "$1" "$N" 1)) / N )); }
whole() { count "$KCPLINT" check --format json --now 2026-11-28T00:00:00Z "$1"; }
thousands() { awk -v n="$1" 'BEGIN { printf "%.1f K", n / 1000 }'; }
millions() { awk -v n="$1" 'BEGIN { printf "%.1f M", n / 1e6 }'; }

echo "kcplint at $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $N validations per step"
echo
echo "| what | instructions |"
echo "|---|---:|"
echo "| validate the typical payload (bytes to diagnostics), per validation | $(thousands "$(per_validation typical)") |"
echo "| validate a payload with 5 findings (\`c10000/000024.json\`), per validation | $(thousands "$(per_validation /tmp/kcpc/c10000/000024.json)") |"
echo "| \`kcplint check --format json\`, one small file, whole process | $(millions "$(whole /tmp/kcpc/c1000/000000.json)") |"
echo "| the same on the 1k corpus | $(millions "$(whole /tmp/kcpc/c1000)") |"
echo "| the same on the 10k corpus | $(millions "$(whole /tmp/kcpc/c10000)") |"
if [ "$MODE" = full ]; then
  echo "| the same on \`large_valid.json\` (17 MB) | $(millions "$(whole /tmp/kcpc/large/large_valid.json)") |"
  echo "| the same on \`large_bad.json\` (17 MB) | $(millions "$(whole /tmp/kcpc/large/large_bad.json)") |"
fi
