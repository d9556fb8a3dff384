#!/bin/sh
# Runs one libFuzzer target for a bounded time: its seed corpus, plus what earlier runs found (kept in WORKDIR).
#   run-fuzzer.sh BINARY SEEDS WORKDIR SECONDS [libFuzzer options...]
#   run-fuzzer.sh --unavailable NAME    (no clang/libFuzzer here: a skip, a failure under CI=true)
# Exits non-zero on any crash, leak, timeout or sanitizer report; the input that caused it is in WORKDIR/artifacts.
set -eu
if [ "$1" = --unavailable ]; then
    echo "$2: clang++-14 with libFuzzer (Debian: clang-14 libclang-rt-14-dev) is not installed" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
binary=$1 seeds=$2 work=$3 seconds=$4
shift 4
mkdir -p "$work/corpus" "$work/artifacts"
# A dictionary of the format's words (tests/fuzz/<name>.dict) helps the fuzzer past the keywords.
case "$(basename "$seeds")" in
license) dict="$(dirname "$seeds")/../license.dict" ;;
*) dict="$(dirname "$seeds")/../json.dict" ;;
esac
[ -f "$dict" ] && set -- -dict="$dict" "$@"
# The first folder receives the new inputs; the seeds in the source tree are only read.
# -timeout: one input that takes longer than 10 s is a hang (a bug); -rss_limit_mb: a memory blow-up is one too.
set +e
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
LC_ALL=C.UTF-8 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$@" "$work/corpus" "$seeds" >"$work/log.txt" 2>&1
rc=$?
set -e
if [ $rc -ne 0 ]; then
    tail -n 80 "$work/log.txt"
    echo "$(basename "$binary"): failed (exit $rc); the input is in $work/artifacts/; reproduce with: $binary <input>" >&2
    exit 1
fi
grep -E '^(stat::number_of_executed_units|Done )' "$work/log.txt" || tail -n 3 "$work/log.txt"
