#!/usr/bin/env bash
# Whole-process benchmark of kcplint against the peer validators of ../shared/bench, in one run.
#
#   Scripts/bench.sh [quick|full]
#
# Builds kcplint in release mode, prepares the peers (a venv under /tmp) and the corpora (/tmp/kcpc),
# then times every peer with hyperfine through the shared measure.sh, and prints markdown tables
# (median wall, files/s, peak RSS, ratio to the orjson read-and-parse floor). `full` adds the 100k
# corpus and the 17 MB files. Results also go to /tmp/kcp-bench-results. Last, kcplint and the floors (and
# jsonschema-rs on the 10k corpus) run alternately (Scripts/alternate.py), which the machine's moving load
# affects less.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-quick}"
BENCH="${KCP_BENCH_DIR:-$(cd .. && pwd)/shared/bench}"
[ -d "$BENCH" ] || { echo "bench: no peer bench folder at $BENCH (set KCP_BENCH_DIR)" >&2; exit 2; }
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }; }

Scripts/ensure-libyaml
swift build -c release --product kcplint >&2
export KCPLINT="$(swift build -c release --show-bin-path)/kcplint"
[ -x /tmp/kcp-bench-venv/bin/python ] || "$BENCH/peers.sh" setup >&2
corpus() { [ -f "/tmp/kcpc/$1/manifest.jsonl" ] || python3 "$BENCH/gen_corpus.py" "/tmp/kcpc/$1" "$2" ${3:-} >/dev/null; }
corpus c1000 1000
corpus c10000 10000

echo "kcplint $("$KCPLINT" --version 2>/dev/null || true); $(nproc) cores; $(uname -sr)"
"$BENCH/measure.sh" /tmp/kcpc/c1000/000000.json single 20 kcplint jsonschema-rs fastjsonschema check-jsonschema floor-swift floor-cat
"$BENCH/measure.sh" /tmp/kcpc/c1000 c1000 10 kcplint jsonschema-rs fastjsonschema check-jsonschema floor-swift floor-cat
"$BENCH/measure.sh" /tmp/kcpc/c10000 c10000 5 kcplint jsonschema-rs fastjsonschema floor-swift floor-cat
if [ "$MODE" = full ]; then
  corpus c100000 100000
  corpus large 100000 --large
  "$BENCH/measure.sh" /tmp/kcpc/c100000 c100000 3 kcplint jsonschema-rs floor-swift floor-cat
  "$BENCH/measure.sh" /tmp/kcpc/large/large_valid.json large_valid 5 kcplint jsonschema-rs floor-swift
  "$BENCH/measure.sh" /tmp/kcpc/large/large_bad.json large_bad 5 kcplint jsonschema-rs floor-swift
fi

# The same comparisons with the two commands alternating, run after run (medians).
alternate() { # RUNS PEER PATH
  python3 Scripts/alternate.py "$1" "$("$BENCH/peers.sh" cmd "$2" "$3" | sed 's/^exec //')" \
    "$("$BENCH/peers.sh" cmd kcplint "$3" | sed 's/^exec //')" "$(basename "$3") against $2:"
}
alternate 100 floor-swift /tmp/kcpc/c1000/000000.json
alternate 20 floor-orjson /tmp/kcpc/c10000
# The 4x target against the fastest peer itself, under the same load.
alternate 10 jsonschema-rs /tmp/kcpc/c10000
if [ "$MODE" = full ]; then
  alternate 5 floor-orjson /tmp/kcpc/c100000
  alternate 30 floor-orjson /tmp/kcpc/large/large_valid.json
  alternate 30 floor-orjson /tmp/kcpc/large/large_bad.json
  # The other report formats against the JSON report, on the 10k corpus (what the writers cost).
  for format in text github sarif junit checkstyle gitlab; do
    python3 Scripts/alternate.py 10 "$KCPLINT check --format json /tmp/kcpc/c10000" \
      "$KCPLINT check --format $format /tmp/kcpc/c10000" "c10000 --format $format against --format json:"
  done
fi
