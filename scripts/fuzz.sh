#!/usr/bin/env bash
# Coverage-guided fuzzing of netrisk's readers with libFuzzer.
#
#   scripts/fuzz.sh [--runs N] [--targets "csv dataset ..."] [--jobs J]
#
# Builds the libraries with address sanitizer and libFuzzer coverage
# and scripts/fuzz/FuzzTarget.swift with -sanitize=fuzzer,address into
# .build/fuzz/netrisk-fuzz (one binary; NETRISK_FUZZ_TARGET picks the reader),
# seeds each target's corpus from the shipped files and the bad-input
# fixtures, runs each target for N inputs (default 1,000,000) and prints
# inputs per second and crashes per target. A crash leaves its input in
# .build/fuzz/crashes/<target>/; add it to Tests/ as a regression case.
# Leak detection is off: Foundation's file reading leaks a buffer on an empty
# file (FileManager.contents(atPath:)), which is not netrisk's to fix.
# Exit status: 0 when no target crashed, 1 otherwise, 2 when the build fails.
set -u
cd "$(dirname "$0")/.."
RUNS=1000000
TARGETS="csv dataset model scenario incidents snapshot candidates edgelist"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

OUT=.build/fuzz
mkdir -p "$OUT/modules" "$OUT/crashes"
FLAGS=(-O -sanitize=fuzzer,address -parse-as-library -I "$OUT/modules")
build_module() {  # name, sources...
  local name="$1"; shift
  swiftc "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -emit-library -static -o "$OUT/modules/lib$name.a" "$@" || exit 2
}
# Rebuilt only when a source is newer than the binary.
if [ ! -x "$OUT/netrisk-fuzz" ] || [ -n "$(find Sources/NetRiskGraph Sources/NetRiskData Sources/NetRisk scripts/fuzz -name '*.swift' -newer "$OUT/netrisk-fuzz" | head -1)" ]; then
  echo "building instrumented modules (a few minutes)..." >&2
  build_module NetRiskGraph $(find Sources/NetRiskGraph -name '*.swift' | sort)
  build_module NetRiskData $(find Sources/NetRiskData -name '*.swift' | sort)
  build_module NetRisk $(find Sources/NetRisk -name '*.swift' | sort)
  swiftc -O -sanitize=fuzzer,address -parse-as-library -I "$OUT/modules" -L "$OUT/modules" \
    -lNetRisk -lNetRiskData -lNetRiskGraph scripts/fuzz/FuzzTarget.swift -o "$OUT/netrisk-fuzz" || exit 2
fi

seed() {  # target -> corpus directory filled with seeds
  local target="$1" corpus="$OUT/corpus/$1"
  mkdir -p "$corpus"
  case "$target" in
    csv) cp Datasets/*.csv Tests/NetRiskDataTests/Fixtures/bad/*/*.csv "$corpus"/ 2>/dev/null ;;
    dataset) for f in Tests/NetRiskDataTests/Fixtures/good/*.csv; do printf '\x00' | cat - "$f" > "$corpus/$(basename "$f")"; done ;;
    model) cp Datasets/models/default.json "$corpus"/ ;;
    scenario) cp Datasets/scenarios/*.json "$corpus"/ ;;
    incidents) cp Datasets/incidents/incidents.json "$corpus"/ ;;
    snapshot) cp Tests/NetRiskCLITests/Golden/snapshot.json "$corpus"/ ;;
    candidates) cp Datasets/scenarios/*.csv "$corpus"/ 2>/dev/null; printf 'kind,country,to,cost\ncable,TO,suva-fiji,1000000\n' > "$corpus/seed.csv" ;;
    edgelist) printf '# nodes 3 edges 2\n0 1\n1 2 5\n' > "$corpus/seed.edges" ;;
  esac
  echo "$corpus"
}

status=0
printf '%-12s %10s %12s %8s\n' target inputs inputs/s crashes
for target in $TARGETS; do
  corpus=$(seed "$target")
  mkdir -p "$OUT/crashes/$target"
  log="$OUT/$target.log"
  start=$(date +%s.%N)
  ASAN_OPTIONS=detect_leaks=0 NETRISK_FUZZ_TARGET="$target" NETRISK_REPOSITORY="$PWD" "$OUT/netrisk-fuzz" "$corpus" \
    -runs="$RUNS" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$OUT/crashes/$target/" > "$log" 2>&1
  code=$?
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  done_runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=$(find "$OUT/crashes/$target" -type f | wc -l)
  [ "$code" -ne 0 ] || [ "$crashes" -gt 0 ] && status=1
  rate=$(echo "${done_runs:-0} / $seconds" | bc)
  printf '%-12s %10s %12s %8s\n' "$target" "${done_runs:-0}" "$rate" "$crashes"
done
exit $status
