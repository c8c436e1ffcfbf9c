#!/usr/bin/env bash
# Starts N copies of a command on this machine with torchrun's environment contract (RANK,
# WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT), as `torchrun --standalone --no_python`
# does. Debian 12's torchrun (PyTorch 1.13 on Python 3.11) stops at start-up, so this is the
# local recipe there. Exits non-zero when any rank fails.
#   tools/local_ranks.sh 2 build/bin/xlqa train --config skd.json
set -uo pipefail
if [[ $# -lt 2 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 N COMMAND [ARGS...]" >&2
  exit 2
fi
ranks=$1
shift
port=${MASTER_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
pids=()
for ((rank = 0; rank < ranks; ++rank)); do
  RANK=$rank WORLD_SIZE=$ranks LOCAL_RANK=$rank MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
    OMP_NUM_THREADS=${OMP_NUM_THREADS:-$(($(nproc) / ranks > 0 ? $(nproc) / ranks : 1))} "$@" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
