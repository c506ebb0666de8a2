#!/bin/bash
# Starts a real one-node Slurm cluster on this machine (Debian's slurm-wlm and
# munge, installed when missing; needs root), runs a 4-shard 'netrisk score'
# and a 4-shard 'netrisk sweep --pairs' through it (each a job array, then a
# merge with --dependency=afterok) and checks that each merged output is byte
# for byte the unsharded run's. Stops the cluster when done.
#
#   scripts/slurm/local_cluster_check.sh [TRIALS]     (default 25600)
#
# Exit 0 when the bytes agree, 1 when they differ, 2 when the cluster or a
# job could not run.
set -euo pipefail
TRIALS=${1:-25600}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/netrisk-slurm.XXXXXX)
HOST=$(hostname -s)
CPUS=$(nproc)

if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  echo "installing slurm-wlm and munge (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge > /dev/null
fi

echo "building netrisk (release)"
(cd "$ROOT" && swift build -c release --product netrisk > /dev/null)
NETRISK="$ROOT/.build/release/netrisk"

mkdir -p "$WORK"/{spool/ctld,spool/d,run}
export SLURM_CONF="$WORK/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=netrisk-local
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$WORK/spool/ctld
SlurmdSpoolDir=$WORK/spool/d
SlurmctldPidFile=$WORK/run/slurmctld.pid
SlurmdPidFile=$WORK/run/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
NodeName=$HOST CPUs=$CPUS State=UNKNOWN
PartitionName=local Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

stop() {
  scontrol shutdown > /dev/null 2>&1 || true
  sleep 1
  [ -f "$WORK/run/munged.pid" ] && kill "$(cat "$WORK/run/munged.pid")" 2> /dev/null || true
}
trap stop EXIT

echo "starting munge and Slurm (config $SLURM_CONF)"
mkdir -p /run/munge /var/log/munge /var/lib/munge
[ -f /etc/munge/munge.key ] || mungekey --create > /dev/null
munged --force --pid-file="$WORK/run/munged.pid" 2> /dev/null || true
slurmctld
slurmd
for _ in $(seq 1 30); do
  sinfo -h -o %T 2> /dev/null | grep -q idle && break
  sleep 1
done
sinfo -h -o "%P %D %T" | grep -q idle || { echo "the Slurm node did not come up; see $WORK/slurm*.log"; exit 2; }

# Runs "$@" unsharded, then as 4 Slurm array tasks and a merge; compares.
check() {
  local name=$1 out="$WORK/$1"
  shift
  echo "unsharded run: netrisk $*"
  "$NETRISK" "$@" > "$WORK/$name.unsharded"
  echo "sharded run: 4 array tasks of netrisk $* --shard auto, then the merge"
  local merge state=""
  merge=$("$ROOT/scripts/slurm/submit.sh" "$NETRISK" "$out" 4 "$@")
  for _ in $(seq 1 600); do
    state=$(scontrol show job "$merge" 2> /dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
    # A failed shard leaves the merge pending for ever (afterok cannot be met).
    if scontrol show job "$merge" 2> /dev/null | grep -q "Reason=DependencyNeverSatisfied"; then
      echo "a shard failed, so merge job $merge will never run; logs in $out:"
      tail -n 3 "$out"/*.log
      exit 2
    fi
    case "$state" in
      COMPLETED) break ;;
      FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY)
        echo "merge job $merge ended $state; logs in $out"
        exit 2 ;;
    esac
    sleep 1
  done
  [ "$state" = COMPLETED ] || { echo "merge job $merge did not finish (state ${state:-unknown})"; exit 2; }
  ls "$out"
  if cmp "$WORK/$name.unsharded" "$out/merged.table"; then
    echo "OK: the 4 shards of '$*' merged through Slurm give the unsharded bytes ($(wc -c < "$out/merged.table") bytes)"
  else
    echo "DIFFERENT: compare $WORK/$name.unsharded and $out/merged.table"
    exit 1
  fi
}

check score score --trials "$TRIALS" --seed 1
check sweep sweep --pairs
