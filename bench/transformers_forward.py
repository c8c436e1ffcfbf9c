#!/usr/bin/env python3
"""The reference side of `xlqa bench` comparisons: Hugging Face transformers' eager PyTorch
forward pass over the same QA features, timed the way the C++ benchmark is compared.

What it measures, all in one process:
  import       `import torch, transformers` (clock started at the script's first statement,
               before any import; `startup_s` is the interpreter's own start before that)
  load         AutoModelForQuestionAnswering.from_pretrained(DIR, attn_implementation="eager"),
               .eval(), optional dtype cast, move to the device
  forward      the features in batches of --batch-size, each padded to --pad-to with the
               model's pad_token_id and attention_mask 0 on the padding, as run_qa.py's
               padding="max_length" does; under torch.inference_mode(). Each batch is timed
               from tensor creation to start/end logits on the host (CUDA synchronised).
  first logits time from the script's start until the first batch's logits are on the host
  total        time from the script's start until the end (after writing --logits-out)

FEATURES.json is written by `xlqa` (or any tool) as
  {"model_type": "xlm-roberta", "pad_token_id": 1,
   "features": [{"input_ids": [0, 123, ..., 2], "token_type_ids": [...]}, ...]}
with unpadded input_ids (attention mask 1 on every given token); token_type_ids only for BERT.

Needs torch and transformers importable, e.g. `pip install transformers==4.46.3 torch`.

Usage:
  python3 bench/transformers_forward.py --model DIR --features FEATURES.json
      [--batch-size 32] [--pad-to 384] [--dtype fp32|bf16|fp16] [--threads N]
      [--device cpu|cuda] [--logits-out FILE.json] [--format text|json]

--threads N also sets OMP_NUM_THREADS, OPENBLAS_NUM_THREADS and MKL_NUM_THREADS (unless already
set) before torch is imported, since torch.set_num_threads does not size every BLAS's pool.
The BLAS kernel choice changes the timings (and the last bits of the logits): the JSON output
records the OMP_/OPENBLAS_/MKL_ variables it ran with.
--pad-to 0 pads each batch to its longest feature instead. --logits-out writes, per feature,
the start/end logits of its real tokens only (floats as Python repr, i.e. the float32 values
exactly), for parity checks against the C++ logits.
"""
import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def interpreter_startup_s():
    """Seconds from the process's exec to the script's first statement (Linux /proc, 10 ms
    resolution), or None where that cannot be read."""
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of proc(5): starttime, clock ticks after boot
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        # /proc/uptime is read now; correct for the time since T0
        return max(0.0, uptime - start_ticks / ticks - (time.perf_counter() - T0))
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def parse_args():
    p = argparse.ArgumentParser(
        description="Time transformers' eager forward over QA features (reference side of xlqa bench).")
    p.add_argument("--model", required=True, help="local model folder (config.json + weights)")
    p.add_argument("--features", required=True, help="FEATURES.json written by xlqa")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--pad-to", type=int, default=384,
                   help="pad every batch to this length (run_qa's max_seq_length); 0 = longest in batch")
    p.add_argument("--dtype", choices=["fp32", "bf16", "fp16"], default="fp32")
    p.add_argument("--threads", type=int, default=None,
                   help="torch.set_num_threads(N); also OMP_/OPENBLAS_/MKL_NUM_THREADS unless already set")
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    p.add_argument("--logits-out", default=None, help="write start/end logits of the real tokens here")
    p.add_argument("--format", choices=["text", "json"], default="text")
    a = p.parse_args()
    if a.batch_size < 1:
        p.error("--batch-size must be at least 1")
    if a.pad_to < 0:
        p.error("--pad-to must be 0 or more")
    if a.threads is not None and a.threads < 1:
        p.error("--threads must be at least 1")
    return a


def read_features(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    feats = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(feats, list) or not feats:
        sys.exit(f"{path}: no features (expected an object with a non-empty 'features' list)")
    for i, ft in enumerate(feats):
        ids = ft.get("input_ids") if isinstance(ft, dict) else None
        if not isinstance(ids, list) or not ids:
            sys.exit(f"{path}: feature {i} has no input_ids")
        tt = ft.get("token_type_ids")
        if tt is not None and len(tt) != len(ids):
            sys.exit(f"{path}: feature {i}: token_type_ids and input_ids differ in length")
    return doc, feats


def main():
    args = parse_args()
    startup = interpreter_startup_s()

    t = time.perf_counter()
    doc, feats = read_features(args.features)
    features_read_s = time.perf_counter() - t
    longest = max(len(ft["input_ids"]) for ft in feats)
    if args.pad_to and longest > args.pad_to:
        sys.exit(f"a feature has {longest} tokens, more than --pad-to {args.pad_to}")
    use_token_types = any("token_type_ids" in ft for ft in feats)

    if args.threads is not None:
        # torch.set_num_threads does not reach every BLAS (e.g. Debian's torch calls OpenBLAS,
        # which sizes its own pool from these variables when it is loaded): set them first.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, str(args.threads))

    # ---- import
    t = time.perf_counter()
    import torch
    import transformers
    from transformers import AutoModelForQuestionAnswering
    import_s = time.perf_counter() - t

    if args.threads is not None:
        torch.set_num_threads(args.threads)
    if args.device == "cuda" and not torch.cuda.is_available():
        sys.exit("--device cuda: torch.cuda.is_available() is False")
    device = torch.device(args.device)
    dtype = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[args.dtype]

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    # ---- load
    t = time.perf_counter()
    try:
        model = AutoModelForQuestionAnswering.from_pretrained(args.model, attn_implementation="eager")
    except (TypeError, ValueError) as e:
        if "attn_implementation" not in str(e):
            raise
        # transformers before 4.36 has no attn_implementation; eager is its only path
        model = AutoModelForQuestionAnswering.from_pretrained(args.model)
    model.eval()
    if dtype != torch.float32:
        model.to(dtype=dtype)
    if device.type != "cpu":
        model.to(device)
    sync()
    load_s = time.perf_counter() - t
    attn = getattr(model.config, "_attn_implementation", None) or "eager"

    pad_id = model.config.pad_token_id
    if pad_id is None:
        pad_id = doc.get("pad_token_id", 0)
    elif doc.get("pad_token_id") is not None and doc["pad_token_id"] != pad_id:
        sys.exit(f"features were made with pad_token_id {doc['pad_token_id']}, the model's is {pad_id}")
    if doc.get("model_type") and doc["model_type"] != model.config.model_type:
        print(f"warning: features are for model_type {doc['model_type']!r}, the model is "
              f"{model.config.model_type!r}", file=sys.stderr)

    # ---- forward
    keep_logits = args.logits_out is not None
    logits = []  # per feature: (start list, end list)
    forward_s = 0.0
    first_batch_s = None
    first_logits_at = None
    padded_tokens = 0
    no_grad = getattr(torch, "inference_mode", torch.no_grad)
    with no_grad():
        for b in range(0, len(feats), args.batch_size):
            batch = feats[b:b + args.batch_size]
            length = args.pad_to or max(len(ft["input_ids"]) for ft in batch)
            padded_tokens += length * len(batch)
            t = time.perf_counter()
            ids = torch.full((len(batch), length), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), length), dtype=torch.long)
            types = torch.zeros((len(batch), length), dtype=torch.long) if use_token_types else None
            for r, ft in enumerate(batch):
                n = len(ft["input_ids"])
                ids[r, :n] = torch.tensor(ft["input_ids"], dtype=torch.long)
                mask[r, :n] = 1
                if types is not None and "token_type_ids" in ft:
                    types[r, :n] = torch.tensor(ft["token_type_ids"], dtype=torch.long)
            inputs = {"input_ids": ids, "attention_mask": mask}
            if types is not None:
                inputs["token_type_ids"] = types
            if device.type != "cpu":
                inputs = {k: v.to(device, non_blocking=True) for k, v in inputs.items()}
            out = model(**inputs)
            start = out.start_logits.float().cpu()
            end = out.end_logits.float().cpu()
            sync()
            now = time.perf_counter()
            forward_s += now - t
            if first_logits_at is None:
                first_logits_at = now
                first_batch_s = now - t
            if keep_logits:
                for r, ft in enumerate(batch):
                    n = len(ft["input_ids"])
                    logits.append((start[r, :n].tolist(), end[r, :n].tolist()))

    if keep_logits:
        with open(args.logits_out, "w", encoding="utf-8") as f:
            json.dump({
                "model": os.path.abspath(args.model),
                "source": "transformers " + transformers.__version__,
                "dtype": args.dtype, "device": args.device, "batch_size": args.batch_size,
                "pad_to": args.pad_to,
                "features": [{"start_logits": s, "end_logits": e} for s, e in logits],
            }, f)
            f.write("\n")

    total_s = time.perf_counter() - T0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_rss_mib = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    real_tokens = sum(len(ft["input_ids"]) for ft in feats)
    dev_name = args.device
    if device.type == "cuda":
        dev_name = f"cuda ({torch.cuda.get_device_name(device)})"
    res = {
        "startup_s": None if startup is None else round(startup, 3),
        "features_read_s": features_read_s,
        "import_s": import_s,
        "load_s": load_s,
        "first_batch_s": first_batch_s,
        "first_logits_s": first_logits_at - T0,
        "forward_s": forward_s,
        "total_s": total_s,
        "features": len(feats),
        "real_tokens": real_tokens,
        "padded_tokens": padded_tokens,
        "batches": (len(feats) + args.batch_size - 1) // args.batch_size,
        "features_per_s": len(feats) / forward_s if forward_s > 0 else None,
        "peak_rss_mib": peak_rss_mib,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "transformers_path": os.path.dirname(os.path.abspath(transformers.__file__)),
        "attn_implementation": attn,
        "threads": torch.get_num_threads(),
        "thread_env": {k: v for k, v in sorted(os.environ.items())
                       if k.startswith(("OMP_", "OPENBLAS_", "MKL_", "ATEN_CPU_CAPABILITY"))},
        "device": dev_name,
        "dtype": args.dtype,
        "batch_size": args.batch_size,
        "pad_to": args.pad_to,
        "model": os.path.abspath(args.model),
        "model_type": model.config.model_type,
    }
    if args.format == "json":
        print(json.dumps(res))
        return
    w = 26
    print(f"{'model':<{w}}{res['model']} ({res['model_type']}, {type(model).__name__}, attn {attn})")
    print(f"{'transformers / torch':<{w}}{res['transformers']} / {res['torch']}  ({res['transformers_path']})")
    print(f"{'device / dtype / threads':<{w}}{dev_name} / {args.dtype} / {res['threads']}")
    print(f"{'batch size / pad to':<{w}}{args.batch_size} / {args.pad_to or 'longest in batch'}")
    print(f"{'features / real tokens':<{w}}{len(feats)} / {real_tokens} (padded {padded_tokens}, "
          f"{res['batches']} batches)")
    if startup is not None:
        print(f"{'interpreter start':<{w}}{startup:.3f} s (before the script's clock starts)")
    print(f"{'read features':<{w}}{features_read_s:.3f} s")
    print(f"{'import':<{w}}{import_s:.3f} s")
    print(f"{'from_pretrained':<{w}}{load_s:.3f} s")
    print(f"{'first batch':<{w}}{first_batch_s:.3f} s (first logits {res['first_logits_s']:.3f} s after start)")
    print(f"{'forward (all features)':<{w}}{forward_s:.3f} s, {res['features_per_s']:.2f} features/s")
    print(f"{'whole process':<{w}}{total_s:.3f} s")
    print(f"{'peak RSS':<{w}}{peak_rss_mib:.1f} MiB")


if __name__ == "__main__":
    main()
