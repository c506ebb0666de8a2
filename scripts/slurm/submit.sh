#!/bin/bash
# Submits a sharded netrisk run to Slurm: a job array of SHARDS tasks, each
# running 'netrisk COMMAND ... --shard auto', then a merge that starts only
# when every task succeeded.
#
#   scripts/slurm/submit.sh NETRISK OUT SHARDS [COMMAND [OPTIONS...]]
#   e.g. submit.sh .build/release/netrisk /shared/run 4 score --trials 1000000
#        submit.sh .build/release/netrisk /shared/run 4 sweep --pairs
#
# NETRISK is the netrisk binary (build it with 'swift build -c release'),
# OUT a directory every node can read and write; COMMAND defaults to
# 'score --trials 1000000 --seed 1'. Prints the merge job's id; the result is
# OUT/merged.table (FORMAT=json or csv for another format; MERGE_ARGS for
# merge-only options such as --top, or --scenario FILE for simulate shards;
# NETRISK_ARGS for --dataset/--model, passed to the shards and the merge).
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
NETRISK=$(realpath "$1")
OUT=$(realpath -m "$2")
SHARDS=$3
shift 3
RUN=${*:-score --trials 1000000 --seed 1}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export NETRISK OUT RUN
array=$(sbatch --parsable --chdir="$OUT" --array="0-$((SHARDS - 1))" --export=ALL "$HERE/shard.sbatch")
sbatch --parsable --chdir="$OUT" --dependency="afterok:${array%%;*}" --export=ALL "$HERE/merge.sbatch"
