#!/bin/bash
# Submits a sharded 'netrisk score' run to Slurm: a job array of SHARDS
# tasks, then a merge that starts only when every task succeeded.
#
#   scripts/slurm/submit.sh NETRISK OUT [SHARDS] [TRIALS]
#
# NETRISK is the netrisk binary (build it with 'swift build -c release'),
# OUT a directory every node can read and write. Prints the merge job's id;
# the result is OUT/score.table (FORMAT=json or csv for another format;
# NETRISK_ARGS for --dataset/--model, passed to the shards and the merge).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
NETRISK=$(realpath "$1")
OUT=$(realpath -m "$2")
SHARDS=${3:-4}
TRIALS=${4:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export NETRISK OUT TRIALS
array=$(sbatch --parsable --chdir="$OUT" --array="0-$((SHARDS - 1))" --export=ALL "$HERE/score-shard.sbatch")
sbatch --parsable --chdir="$OUT" --dependency="afterok:${array%%;*}" --export=ALL "$HERE/merge.sbatch"
