#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan + UBSan) and runs each one for a short
# while on a copy of its checked-in seed corpus (fuzz/corpus/<target>/).
#   scripts/fuzz.sh [seconds-per-target]     (default 15)
# Prints one line per target and exits non-zero if any target finds a crash, a sanitizer report, a
# broken invariant, a leak, a timeout or runs out of memory; the reproducer and the log are kept in
# the temporary directory it names. New inputs never go into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-15}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [seconds-per-target]" >&2
  exit 2
fi

./scripts/deps.sh # clang and its fuzzer/sanitizer runtimes come with the project's packages

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin_dir=build-fuzz/fuzz
targets=()
for corpus in fuzz/corpus/*/; do
  targets+=("$(basename "$corpus")")
done
# Every target needs seeds and every seed directory a target.
for binary in "$bin_dir"/fuzz_*; do
  if [ -f "$binary" ] && [ -x "$binary" ] && [ ! -d "fuzz/corpus/${binary##*/fuzz_}" ]; then
    echo "fuzz: ${binary##*/} has no seed corpus in fuzz/corpus/${binary##*/fuzz_}/" >&2
    exit 1
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/tma-fuzz.XXXXXX")"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for name in "${targets[@]}"; do
  binary="$PWD/$bin_dir/fuzz_$name"
  dir="$work/$name"
  mkdir -p "$dir/corpus"
  if [ ! -x "$binary" ]; then
    echo "fuzz_$name: no such target for fuzz/corpus/$name/" >&2
    failed+=("$name")
    continue
  fi
  cp -R "fuzz/corpus/$name/." "$dir/corpus/"
  rc=0
  (cd "$dir" && "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/" corpus >"$dir/log" 2>&1) || rc=$?

  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -n 1)"
  progress="$(grep -E '^#[0-9]+.*cov: ' "$dir/log" | tail -n 1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$progress")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$progress")"
  corp="$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$progress")"
  artifacts="$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
    -o -name 'oom-*' \) | head -n 1)"
  if [ "$rc" -eq 0 ] && [ -z "$artifacts" ]; then
    status=ok
  else
    status=FAILED
    failed+=("$name")
  fi
  printf '%-17s %-6s %10s execs %7s/s  cov %-5s ft %-6s corpus %s\n' "fuzz_$name" "$status" \
    "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  if [ "$status" != ok ]; then
    # The report: what broke, where, and the input that reproduces it.
    grep -E -A 30 '^==[0-9]+== ?ERROR|runtime error|invariant violated' "$dir/log" \
      | grep -v -E 'in fuzzer::|__libc_start|in _start|__sanitizer_print_stack_trace|libc\.so|pthread_kill|raise\.c|abort\.c|rudimentary signal|Combine libFuzzer|^stat::' \
      | head -n 30 | sed 's/^/    /' || true
    echo "    exit code $rc; reproducer: ${artifacts:-none}; log: $dir/log"
    echo "    rerun: $binary ${artifacts:-$dir/corpus}"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (kept in $work)" >&2
  exit 1
fi
rm -rf "$work"
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no findings"
