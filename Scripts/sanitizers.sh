#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer, each in its own build
# folder, and prints the wall-clock time and the result of each run.
#
#   Scripts/sanitizers.sh [address|thread]... [-- SWIFT-TEST-ARGUMENT...]
#
# With no sanitizer named, both run (address first). Arguments after `--` go to `swift test`
# (for example `-- --filter ValidatorTests`). The thread run includes the concurrency tests
# (ValidatorTests/oneValidatorIsSharedAcrossConcurrentTasks, Hardening/ConcurrencyStressTests).
#
# Environment: KCPLINT_TIME_SCALE          factor on the time bounds of "finishes fast" tests (default 10)
#              SANITIZER_SCRATCH_ADDRESS  build folder of the address run (default .build-asan)
#              SANITIZER_SCRATCH_THREAD   build folder of the thread run (default .build-tsan)
#              SANITIZER_JOBS             parallel build jobs (default 2)
# Logs: <build folder>/sanitizer-<name>.log. Exit code: 0 when every run passed, 1 otherwise.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs="${SANITIZER_JOBS:-2}"
sanitizers=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    address | thread) sanitizers+=("$1") ;;
    --)
        shift
        break
        ;;
    *)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
    esac
    shift
done
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(address thread)

Scripts/ensure-libyaml >/dev/null || exit 2

status=0
summary=()
for sanitizer in "${sanitizers[@]}"; do
    if [[ "$sanitizer" == address ]]; then
        scratch="${SANITIZER_SCRATCH_ADDRESS:-$root/.build-asan}"
    else
        scratch="${SANITIZER_SCRATCH_THREAD:-$root/.build-tsan}"
    fi
    mkdir -p "$scratch"
    log="$scratch/sanitizer-$sanitizer.log"
    echo "== swift test --sanitize=$sanitizer (build folder $scratch, log $log)"
    started=$(date +%s)
    # halt_on_error: the first report fails the run, with its stack in the log. detect_leaks=0: at exit,
    # LeakSanitizer reports live Swift objects reached only through enum payloads (Swift keeps case tags
    # in pointer spare bits, which it does not recognise); leaks per input are the fuzzers' job.
    # KCPLINT_TIME_SCALE: "finishes fast" tests allow 10 times longer (sanitizers slow code down).
    KCPLINT_TIME_SCALE="${KCPLINT_TIME_SCALE:-10}" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}" \
        TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1}" \
        swift test --sanitize="$sanitizer" --scratch-path "$scratch" -j "$jobs" "$@" >"$log" 2>&1
    code=$?
    elapsed=$(($(date +%s) - started))
    reports=$(grep -cE '^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread)Sanitizer)' "$log")
    closing=$(grep -E '^(✔|✘) Test run with' "$log" | tail -n 1)
    xctest=$(grep -E 'Executed [0-9]+ tests?' "$log" | tail -n 1 | sed 's/^[[:space:]]*//')
    result=passed
    [[ $code -eq 0 && $reports -eq 0 ]] || {
        result=FAILED
        status=1
    }
    if [[ -z "$closing" ]] && grep -qE 'error: (emit-module|compile|link)|: error: ' "$log"; then
        closing="the build failed (see the log)"
    fi
    line="$sanitizer: $result in ${elapsed}s (exit $code, $reports sanitizer reports) ${closing:-no Swift Testing summary}"
    summary+=("$line")
    echo "$line"
    [[ -n "$xctest" ]] && echo "    XCTest: $xctest"
    if [[ $result == FAILED ]]; then
        grep -nE -A12 '^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)' "$log" | head -n 60
        grep -E '^✘' "$log" | head -n 20
    fi
done
echo
printf '%s\n' "${summary[@]}"
exit $status
