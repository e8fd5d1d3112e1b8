#!/usr/bin/env python3
"""Who is quoted across a JSON Lines corpus, on a Dask cluster, with newsq doing all the language work.

    python3 examples/dask/speakers.py corpus.jsonl --scheduler tcp://127.0.0.1:8786
    python3 examples/dask/speakers.py corpus.jsonl --scheduler tcp://10.0.0.5:8786 --newsq "node /opt/newsq/bin/newsq.js" -- --json

corpus.jsonl holds one {"id": ..., "text": ...} record per line. Every worker needs newsq (and Node)
installed, under the same command line (--newsq). The run:

  map     each partition of the bag goes through one `newsq quotes --input jsonl --with-entities`
          process: one newsq/1 record per article (an article that fails is an error record);
  reduce  each partition's records go through `newsq speakers --input newsq --partial` (a partial
          aggregate, small), then partials merge in a tree (`newsq speakers --input corpus
          --partial`) and the client prints the view with `newsq speakers --input corpus`.

The merge is associative and order-independent, so the result equals `newsq speakers --input jsonl
corpus.jsonl` on one machine, whatever the partitioning, and when a worker dies and Dask runs its
partitions again elsewhere. Arguments after `--` go to the last `newsq speakers` (--json, --limit N,
--format csv...). Needs the `distributed` package (Debian: apt-get install python3-distributed).
"""
import argparse
import shlex
import subprocess
import sys

import dask.bag as db
from distributed import Client
from fsspec.core import get_fs_token_paths


def newsq(command, args, lines):
    """Pipes lines through one newsq process and returns its output lines. Exit status 1 means some
    record failed and is in the output as an error record; anything else is a failure of the task,
    which Dask retries."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command + args, input=text, capture_output=True, text=True)
    if done.stderr:
        sys.stderr.write(done.stderr)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command + args)} exited with {done.returncode}")
    return done.stdout.splitlines()


def blocksize(corpus, partitions):
    """The bytes per partition that cut the corpus into about this many partitions."""
    fs, _, paths = get_fs_token_paths(corpus)
    total = sum(fs.size(p) for p in paths)
    return max(1, -(-total // partitions))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Arguments after -- go to the final `newsq speakers`.")
    parser.add_argument("corpus", help="JSON Lines file(s) or glob of {id, text} records (any path Dask reads: local, s3://, hdfs://)")
    parser.add_argument("--scheduler", required=True, help="the Dask scheduler, e.g. tcp://127.0.0.1:8786")
    parser.add_argument("--newsq", default="newsq", help='how workers and this client run newsq (default "newsq")')
    parser.add_argument("--blocksize", default="4MiB", help="bytes of the corpus per partition (default 4MiB)")
    parser.add_argument("--partitions", type=int, help="cut the corpus into about this many partitions instead")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--text-field", default="text")
    args, rest = parser.parse_known_args(argv)
    final_args = [a for a in rest if a != "--"]
    cmd = shlex.split(args.newsq)
    fields = ["--id-field", args.id_field, "--text-field", args.text_field]

    with Client(args.scheduler):
        # Byte ranges of the files, each read where its task runs (a repartitioned bag would keep
        # every partition on the worker that read the file).
        bag = db.read_text(args.corpus, blocksize=blocksize(args.corpus, args.partitions) if args.partitions else args.blocksize)
        records = bag.map_partitions(lambda part: newsq(cmd, ["quotes", "--input", "jsonl", "--jobs", "1", "--with-entities", "-q", *fields], part))
        partial = records.reduction(
            lambda part: newsq(cmd, ["speakers", "--input", "newsq", "--partial", "-q"], part),
            lambda parts: newsq(cmd, ["speakers", "--input", "corpus", "--partial", "-q"], [line for p in parts for line in p]),
            split_every=8,
        ).compute()

    view = subprocess.run(cmd + ["speakers", "--input", "corpus", *final_args], input="".join(line + "\n" for line in partial), text=True)
    return view.returncode


if __name__ == "__main__":
    sys.exit(main())
