#!/usr/bin/env bash
# Writes the output of every command (release binary, default dataset and
# model, fixed seeds) into one directory, so that a refactoring can be checked
# byte for byte:
#
#   scripts/golden_outputs.sh /tmp/before      # on the old commit
#   scripts/golden_outputs.sh /tmp/after       # on the new one
#   diff -r /tmp/before /tmp/after             # nothing printed: identical
#
# Every file holds the command's stdout; a command's stderr and exit status
# go to NAME.status. Set NETRISK to use another binary.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/golden_outputs.sh OUTPUT_DIR}"
mkdir -p "$out"
bin="${NETRISK:-.build/release/netrisk}"
if [ -z "${NETRISK:-}" ]; then swift build -c release --product netrisk >/dev/null || exit 2; fi

run() {  # run NAME ARGS...: stdout to NAME, exit status and stderr to NAME.status
  local name="$1"; shift
  "$bin" "$@" >"$out/$name" 2>"$out/$name.stderr"
  echo "exit $?" >"$out/$name.status"
  cat "$out/$name.stderr" >>"$out/$name.status"; rm -f "$out/$name.stderr"
}

run score.txt score
run score.json score --format json
run score.csv score --format csv
for c in TO CI LS US SH KE; do run "explain-$c.txt" explain "$c"; done
run explain-TO.json explain TO --format json
for s in Datasets/scenarios/*.json; do
  n="$(basename "$s" .json)"
  run "simulate-$n.json" simulate --scenario "$s" --format json --trials 128
done
run simulate-red-sea.txt simulate --scenario Datasets/scenarios/red-sea-2024-cuts.json
run simulate-red-sea.csv simulate --scenario Datasets/scenarios/red-sea-2024-cuts.json --format csv
run simulate-background.json simulate --scenario Datasets/scenarios/tonga-cable-cut.json --background --format json
run priorities-TO.txt priorities --country TO --budget 50M
run priorities-TO.json priorities --country TO --budget 50M --format json
run priorities-region.csv priorities --region Africa --budget 100M --format csv --trials 320
run backtest.txt backtest
"$bin" backtest --out "$out/backtest-snapshot.json" >/dev/null 2>&1
"$bin" snapshot --out "$out/snapshot.json" >/dev/null 2>&1
"$bin" report --out "$out/report-world.html" >/dev/null 2>&1
"$bin" report --country TO --country CI --out "$out/report-TO-CI.html" >/dev/null 2>&1
run export.geojson export --format geojson
run export.csv export --format csv
run export-TO.dot export --format dot --country TO --depth 2
run validate.txt validate
run export.graphml export --format graphml
run sweep.json sweep --format json
run sweep-pairs.csv sweep --pairs --format csv --top 30
run attack-TO.txt attack --country TO
run attack-world.json attack --budget-elements 2 --format json
run recovery-red-sea.json simulate --scenario Datasets/scenarios/red-sea-2024-cuts.json --recovery --format json --trials 128
run recovery-denied.txt simulate --scenario Datasets/scenarios/red-sea-2024-repair-denied.json --recovery --trials 128
run priorities-attack-TO.txt priorities --country TO --objective attack --budget 200M
"$bin" report --scenario Datasets/scenarios/red-sea-2024-cuts.json --recovery --out "$out/report-scenario.html" >/dev/null 2>&1
"$bin" report --country CI --out "$out/report-CI.html" >/dev/null 2>&1
"$bin" report --country TO --scenario Datasets/scenarios/tonga-cable-cut.json --scenario Datasets/scenarios/red-sea-2024-cuts.json --out "$out/report-two.html" >/dev/null 2>&1
run diff.txt diff "$out/snapshot.json" "$out/snapshot.json"
run explain-unknown.txt explain XX
run score-badmodel.txt score --model /nonexistent.json
echo "wrote $(ls "$out" | wc -l) files to $out"
