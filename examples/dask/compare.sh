#!/usr/bin/env bash
# Wall time of examples/dask/speakers.py on a local cluster (a scheduler and N worker processes on
# 127.0.0.1) against one `newsq speakers --jobs 1` process, on the same JSON Lines corpus, and
# whether the two views are the same (they must be, byte for byte).
#   examples/dask/compare.sh corpus.jsonl [workers=2] [partitions=8]
# Make a corpus from a directory of .txt articles:
#   node -e 'const fs=require("fs"),p=require("path");const d=process.argv[1];for(const f of fs.readdirSync(d).sort())if(f.endsWith(".txt"))console.log(JSON.stringify({id:f,text:fs.readFileSync(p.join(d,f),"utf8")}))' DIR > corpus.jsonl
set -euo pipefail
corpus=$1; workers=${2:-2}; partitions=${3:-8}
here=$(cd "$(dirname "$0")/../.." && pwd)
newsq="node $here/bin/newsq.js"
tmp=$(mktemp -d)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pids=()
keep=
trap 'kill "${pids[@]}" 2>/dev/null || true; [ -n "$keep" ] || rm -rf "$tmp"' EXIT
/usr/bin/python3 -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard >"$tmp/scheduler.log" 2>&1 &
pids+=($!)
until grep -q "Scheduler at" "$tmp/scheduler.log"; do sleep 0.2; done
for i in $(seq "$workers"); do
  /usr/bin/python3 -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --host 127.0.0.1 --nthreads 1 --no-nanny \
    --no-dashboard --local-directory "$tmp" >"$tmp/worker$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq "$workers"); do until grep -q "Registered to" "$tmp/worker$i.log"; do sleep 0.2; done; done
t0=$(date +%s.%N)
/usr/bin/python3 "$here/examples/dask/speakers.py" "$corpus" --scheduler "tcp://127.0.0.1:$port" --newsq "$newsq" --partitions "$partitions" -- --json >"$tmp/dask.json" 2>"$tmp/dask.err"
t1=$(date +%s.%N)
$newsq speakers --input jsonl --jobs 1 --json -q "$corpus" >"$tmp/single.json"
t2=$(date +%s.%N)
awk -v w="$workers" -v p="$partitions" -v a="$t0" -v b="$t1" -v c="$t2" \
  'BEGIN { printf "dask, %s workers, %s partitions: %.1f s\nnewsq speakers --jobs 1:         %.1f s\n", w, p, b - a, c - b }'
if cmp -s "$tmp/dask.json" "$tmp/single.json"; then echo "views: the same ($(wc -l <"$tmp/single.json") speakers)"; else keep=1; echo "views: DIFFERENT (both kept in $tmp)"; exit 1; fi
