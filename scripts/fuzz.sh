#!/usr/bin/env bash
# Coverage-guided fuzzing of netrisk's readers with libFuzzer.
#
#   scripts/fuzz.sh [--runs N] [--targets "csv dataset ..."] [--seed S] [--build-only]
#
# Builds the four libraries (NetRiskGraph, NetRiskData, NetRisk,
# NetRiskReport) with address sanitizer and libFuzzer coverage, one static
# module each, then scripts/fuzz/FuzzTarget.swift together with the netrisk
# tool's argument reading (Sources/netrisk without main.swift) into
# .build/fuzz/netrisk-fuzz (one binary; NETRISK_FUZZ_TARGET picks the reader).
# A module is rebuilt only when one of its sources, or a module it depends on,
# is newer than its archive. Seeds each target's corpus from the shipped files
# and the bad-input fixtures, runs each target for N inputs (default
# 1,000,000) and prints inputs, inputs per second and crashes per target.
# --seed S fixes libFuzzer's random seed (default: a new one each run).
# A crash leaves its input in .build/fuzz/crashes/<target>/; add it to Tests/
# as a regression case. Leak detection is off: Foundation's file reading leaks
# a buffer on an empty file (FileManager.contents(atPath:)), not netrisk's.
# Exit status: 0 when no target crashed, 1 otherwise, 2 when the build fails.
set -u
cd "$(dirname "$0")/.."
RUNS=1000000
TARGETS="csv dataset model scenario incidents snapshot candidates edgelist cli"
BUILD_ONLY=0
SEED=0  # libFuzzer: 0 picks a seed
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --build-only) BUILD_ONLY=1; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

OUT=.build/fuzz
mkdir -p "$OUT/modules" "$OUT/crashes"
# -package-name: the sources use the `package` access level, which SwiftPM
# resolves with the package's name; every module of one package needs it.
FLAGS=(-O -wmo -swift-version 6 -sanitize=fuzzer,address -parse-as-library -package-name netrisk -I "$OUT/modules")
REBUILT=0  # set once a module is rebuilt: everything built after it follows
build_module() {  # name, source directory
  local name="$1" directory="$2" archive="$OUT/modules/lib$1.a"
  if [ "$REBUILT" = 0 ] && [ -f "$archive" ] && [ -z "$(find "$directory" -name '*.swift' -newer "$archive" | head -1)" ] \
    && [ ! "scripts/fuzz.sh" -nt "$archive" ]; then
    return
  fi
  REBUILT=1
  echo "building $name (instrumented)..." >&2
  # shellcheck disable=SC2046
  swiftc "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -emit-library -static -o "$archive" $(find "$directory" -name '*.swift' | sort) || exit 2
}
# In dependency order (Package.swift): a rebuilt module rebuilds those after it.
build_start=$(date +%s)
build_module NetRiskGraph Sources/NetRiskGraph
build_module NetRiskData Sources/NetRiskData
build_module NetRisk Sources/NetRisk
build_module NetRiskReport Sources/NetRiskReport
CLI_SOURCES=$(find Sources/netrisk -name '*.swift' ! -name main.swift | sort)
if [ "$REBUILT" = 1 ] || [ ! -x "$OUT/netrisk-fuzz" ] \
  || [ -n "$(find Sources/netrisk scripts/fuzz -name '*.swift' -newer "$OUT/netrisk-fuzz" | head -1)" ]; then
  echo "building netrisk-fuzz..." >&2
  # shellcheck disable=SC2086
  swiftc "${FLAGS[@]}" -module-name NetRiskFuzz -L "$OUT/modules" \
    -lNetRiskReport -lNetRisk -lNetRiskData -lNetRiskGraph \
    scripts/fuzz/FuzzTarget.swift $CLI_SOURCES -o "$OUT/netrisk-fuzz" \
    2> >(grep -v "Cannot export local symbol '__asan" >&2) || exit 2  # gold's noise about ASan's helpers
  echo "build: $(( $(date +%s) - build_start )) s" >&2
fi
[ "$BUILD_ONLY" = 1 ] && exit 0

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
    cli)  # one command line per file, arguments separated by newlines
      local n=0 line
      while IFS= read -r line; do
        [ -z "$line" ] && continue
        n=$((n + 1))
        printf '%s' "$line" | tr ' ' '\n' > "$corpus/seed-$n.args"
      done < scripts/fuzz/cli-seeds.txt ;;
  esac
  echo "$corpus"
}

status=0
printf '%-12s %10s %12s %8s\n' target inputs inputs/s crashes
for target in $TARGETS; do
  corpus=$(seed "$target")
  mkdir -p "$OUT/crashes/$target"
  log="$OUT/$target.log"
  touch "$OUT/crashes/.start-$target"  # crashes are counted from here: older ones are earlier runs
  start=$(date +%s%N)
  ASAN_OPTIONS=detect_leaks=0 NETRISK_FUZZ_TARGET="$target" NETRISK_REPOSITORY="$PWD" "$OUT/netrisk-fuzz" "$corpus" \
    -runs="$RUNS" -seed="$SEED" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$OUT/crashes/$target/" > "$log" 2>&1
  code=$?
  milliseconds=$(( ($(date +%s%N) - start) / 1000000 + 1 ))  # bash arithmetic: no bc needed
  done_runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=$(find "$OUT/crashes/$target" -type f -newer "$OUT/crashes/.start-$target" | wc -l)
  if [ "$code" -ne 0 ] || [ "$crashes" -gt 0 ]; then status=1; fi
  rate=$(( ${done_runs:-0} * 1000 / milliseconds ))
  printf '%-12s %10s %12s %8s\n' "$target" "${done_runs:-0}" "$rate" "$crashes"
done
exit $status
