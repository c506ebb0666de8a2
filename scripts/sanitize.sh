#!/usr/bin/env bash
# The test suite under sanitizers.
#
#   scripts/sanitize.sh [address] [thread]      (default: both)
#
# Runs `swift test --sanitize=S` for each sanitizer S, each in its own build
# directory (.build/sanitize-S) so the instrumented builds neither clobber the
# default .build nor each other, and prints pass or FAIL per sanitizer with
# the time it took. The full log of each run is left in .build/sanitize-S.log.
# Slow: each is a debug build of the whole package plus the suite (several
# times slower than unsanitized, the thread sanitizer most).
# Exit status: 0 when every sanitizer passed, 1 otherwise.
set -u
cd "$(dirname "$0")/.."
SANITIZERS="${*:-address thread}"
for s in $SANITIZERS; do
  case "$s" in address|thread) ;; -h|--help) sed -n '2,12p' "$0"; exit 0 ;; *) echo "sanitize.sh: unknown sanitizer '$s' (address, thread)" >&2; exit 2 ;; esac
done
status=0
results=()
for s in $SANITIZERS; do
  log=".build/sanitize-$s.log"
  mkdir -p .build
  echo "swift test --sanitize=$s (log: $log)..." >&2
  start=$(date +%s)
  # Leak reports off: Foundation leaks a buffer reading an empty file, not netrisk's.
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0}" \
    swift test --sanitize="$s" --scratch-path ".build/sanitize-$s" > "$log" 2>&1
  code=$?
  seconds=$(( $(date +%s) - start ))
  reports=$(grep -c "^SUMMARY: \(Address\|Thread\)Sanitizer" "$log")
  if [ "$code" -eq 0 ] && [ "$reports" -eq 0 ]; then
    results+=("$(printf '%-8s pass  %5d s' "$s" "$seconds")")
  else
    status=1
    results+=("$(printf '%-8s FAIL  %5d s  (exit %d, %d sanitizer reports; see %s)' "$s" "$seconds" "$code" "$reports" "$log")")
  fi
done
printf '%s\n' "${results[@]}"
exit $status
