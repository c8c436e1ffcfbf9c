#!/usr/bin/env python3
"""Side by side, in one run: xlqa against Hugging Face transformers on the same model folder and
the same XQuAD examples, on this machine.

1. Load and first logits: `xlqa logits` on one 384-token window against transformers'
   from_pretrained + forward on the same window (bench/transformers_forward.py): wall time from
   process start to the logits, and peak resident memory, each a separate process.
2. Throughput: `xlqa eval` (the whole job: load, tokenise, batch, forward, decode, score, write
   the run) on the first N examples of each pair, in each --dtypes, against transformers' forward
   alone (no load, no tokenisation, no decoding) over the same examples' windows padded to 384 in
   batches of 32, as run_qa does. The windows come from `xlqa bench eval --features-out`.

Needs torch and transformers importable by --python (see bench/transformers_forward.py). Prints
a table, or JSON with --format json.

Example (the base-shaped benchmark model from `xlqa bench model --shape base`):
  python3 bench/compare_with_transformers.py --xlqa build/bin/xlqa --model /tmp/xlmr-base \\
      --data ../shared/data/xquad --pairs en-en,zh-de --examples-per-pair 25 --dtypes fp32,bf16
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def peak_of(command, env=None):
    """Runs a command to its end: (stdout, wall seconds, the child's own peak RSS in MiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)  # reaps it: its own rusage, not the sum of all children
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if process.returncode != 0:
            sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{err.read().decode(errors='replace')}")
        return out.read().decode(), wall, usage.ru_maxrss / 1024.0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--xlqa", default="build/bin/xlqa")
    p.add_argument("--python", default=sys.executable, help="the Python that imports torch and transformers")
    p.add_argument("--model", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--pairs", default="en-en,zh-de")
    p.add_argument("--examples-per-pair", type=int, default=25)
    p.add_argument("--dtypes", default="fp32", help="our side: comma-separated fp32,bf16")
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--format", choices=["text", "json"], default="text")
    args = p.parse_args()

    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", str(args.threads))
    reference = [args.python, os.path.join(HERE, "transformers_forward.py"), "--model", args.model,
                 "--threads", str(args.threads), "--format", "json"]
    report = {"model": os.path.abspath(args.model), "pairs": args.pairs, "examples_per_pair": args.examples_per_pair,
              "threads": args.threads}
    with tempfile.TemporaryDirectory() as tmp:
        features = os.path.join(tmp, "features.json")
        subprocess.run([args.xlqa, "bench", "eval", "--model", args.model, "--data", args.data, "--pairs", args.pairs,
                        "--examples-per-pair", str(args.examples_per_pair), "--no-naive", "--format", "json",
                        "--features-out", features], check=True, stdout=subprocess.DEVNULL, env=env)
        windows = json.load(open(features))
        report["windows"] = len(windows["features"])

        # 1. Load and first logits on the longest window.
        longest = max(windows["features"], key=lambda f: len(f["input_ids"]))
        one = os.path.join(tmp, "one.json")
        json.dump({**windows, "features": [longest]}, open(one, "w"))
        batch = os.path.join(tmp, "batch.json")
        json.dump({"input_ids": [longest["input_ids"]]}, open(batch, "w"))
        first = {}
        for dtype in args.dtypes.split(","):
            _, wall, peak = peak_of([args.xlqa, "logits", "--model", args.model, "--inputs", batch, "--device", "cpu",
                                     "--dtype", dtype], env)
            first[f"xlqa_{dtype}"] = {"first_logits_s": wall, "peak_rss_mib": peak}
        out, wall, peak = peak_of(reference + ["--features", one, "--batch-size", "1", "--pad-to", "0"], env)
        figures = json.loads(out)
        first["transformers_fp32"] = {"first_logits_s": wall, "peak_rss_mib": peak,
                                      "from_pretrained_s": figures["load_s"], "import_s": figures["import_s"]}
        report["first_logits"] = first

        # 2. Throughput: our whole job against transformers' forward alone.
        throughput = {}
        for dtype in args.dtypes.split(","):
            run = os.path.join(tmp, f"run-{dtype}")
            _, wall, peak = peak_of([args.xlqa, "eval", "--student", args.model, "--data", args.data, "--pairs",
                                     args.pairs, "--max-examples-per-pair", str(args.examples_per_pair), "--device",
                                     "cpu", "--dtype", dtype, "--out", run], env)
            throughput[f"xlqa_{dtype}"] = {"whole_process_s": wall, "peak_rss_mib": peak}
        out, wall, peak = peak_of(reference + ["--features", features, "--batch-size", "32", "--pad-to", "384"], env)
        figures = json.loads(out)
        throughput["transformers_fp32"] = {"forward_s": figures["forward_s"], "whole_process_s": wall,
                                           "peak_rss_mib": peak, "padding": 1 - figures["real_tokens"] /
                                           max(1, figures.get("padded_tokens", 1))}
        report["throughput"] = throughput
        report["transformers"] = figures.get("transformers")
        report["torch"] = figures.get("torch")

    if args.format == "json":
        print(json.dumps(report, indent=1))
        return
    print(f"model {report['model']}; {args.pairs} x {args.examples_per_pair} examples = {report['windows']} windows; "
          f"{args.threads} threads; transformers {report['transformers']}, torch {report['torch']}")
    print("load + first logits (one window of "
          f"{len(longest['input_ids'])} tokens), wall from process start, peak RSS:")
    reference_first = first["transformers_fp32"]["first_logits_s"]
    for name, f in first.items():
        print(f"  {name:18s} {f['first_logits_s']:7.2f} s  {f['peak_rss_mib']:8.0f} MiB"
              f"  ({reference_first / f['first_logits_s']:.2f}x transformers)")
    forward = throughput["transformers_fp32"]["forward_s"]
    print(f"throughput: transformers forward alone {forward:.2f} s "
          f"(padding {100 * throughput['transformers_fp32']['padding']:.0f}%, peak "
          f"{throughput['transformers_fp32']['peak_rss_mib']:.0f} MiB)")
    for name, f in throughput.items():
        if name.startswith("xlqa"):
            print(f"  {name:18s} whole process {f['whole_process_s']:7.2f} s  {f['peak_rss_mib']:8.0f} MiB"
                  f"  -> {forward / f['whole_process_s']:.2f}x transformers' forward alone")


if __name__ == "__main__":
    main()
