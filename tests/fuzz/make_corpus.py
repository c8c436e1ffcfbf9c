#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) and dictionaries: small,
valid inputs made here, so mutation starts from the formats' real structure.

    /usr/bin/python3 tests/fuzz/make_corpus.py [--run DEMO_RUN_FOLDER]

The .bin seeds need Debian's python3-torch (torch.save); --run takes run records from a run the
project wrote (the demo's), and without it the committed ones are kept."""
import argparse, io, json, os, struct, zipfile
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))


def put(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def safetensors(tensors, metadata=None):
    """tensors: name -> (dtype, shape, raw bytes), laid out in name order."""
    header, blob = {}, b""
    if metadata is not None:
        header["__metadata__"] = metadata
    for name in sorted(tensors):
        dtype, shape, raw = tensors[name]
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(blob), len(blob) + len(raw)]}
        blob += raw
    text = json.dumps(header, separators=(",", ":")).encode()
    return struct.pack("<Q", len(text)) + text + blob


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--run", help="a run folder to take manifest, pair and example seeds from")
    args = parser.parse_args()

    f32 = struct.pack("<4f", 1.0, -2.5, 0.0, 3.25)
    put("safetensors", "f32_and_i64", safetensors({"qa_outputs.weight": ("F32", [2, 2], f32),
                                                   "position_ids": ("I64", [1, 2], struct.pack("<2q", 0, 1))},
                                                  {"format": "pt"}))
    put("safetensors", "f16", safetensors({"w": ("F16", [3], struct.pack("<3e", 1.0, 0.5, -2.0))}))
    put("safetensors", "bf16", safetensors({"w": ("BF16", [2], bytes([0x80, 0x3F, 0x00, 0xC0]))}))
    put("safetensors", "scalar_and_empty", safetensors({"s": ("F32", [], f32[:4]), "e": ("F32", [0, 4], b"")}))

    index = {"metadata": {"total_size": 28},
             "weight_map": {"a.weight": "model-00001-of-00002.safetensors", "b.bias": "model-00002-of-00002.safetensors"}}
    put("safetensors_index", "two_shards", json.dumps(index, indent=2))
    put("safetensors_index", "one_shard", json.dumps({"weight_map": {"a.weight": "model-00001-of-00002.safetensors"}}))

    put("model_config", "xlmr", json.dumps({
        "architectures": ["XLMRobertaForQuestionAnswering"], "model_type": "xlm-roberta", "vocab_size": 250,
        "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 64,
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": 66, "type_vocab_size": 1, "layer_norm_eps": 1e-5, "pad_token_id": 1,
        "bos_token_id": 0, "eos_token_id": 2, "position_embedding_type": "absolute", "torch_dtype": "float32"}, indent=2))
    put("model_config", "bert", json.dumps({
        "model_type": "bert", "vocab_size": 120, "hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
        "intermediate_size": 32, "hidden_act": "gelu_new", "max_position_embeddings": 64, "type_vocab_size": 2,
        "layer_norm_eps": 1e-12, "pad_token_id": 0}))

    squad = {"version": "1.1", "data": [{"title": "Lumen", "paragraphs": [
        {"context": "The river Lumen flows past Oskar's mill, built in 1789.",
         "qas": [{"id": "q1", "question": "When was the mill built?", "answers": [{"text": "1789", "answer_start": 50}]},
                 {"id": "q2", "question": "Whose mill?", "answers": [{"text": "Oskar's", "answer_start": 27},
                                                                      {"text": "Oskar", "answer_start": 27}]}]},
        {"context": "लुमेन नदी 1789 में बनी चक्की के पास बहती है। 河流经过磨坊。",
         "qas": [{"id": "q3", "question": "कब?", "answers": [{"text": "1789", "answer_start": 10}]}]}]}]}
    put("squad_file", "two_paragraphs", json.dumps(squad, ensure_ascii=False, indent=1))

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "who", "wrote", "?", "ca", "##fe", "##f", "红", "楼", "梦",
             "ال", "##قا", "##هرة", "a", "##b", ""]
    put("vocab", "small", "\n".join(vocab) + "\n")
    put("vocab", "crlf", "\r\n".join(vocab[:6]) + "\r\n")

    put("predictions", "official", json.dumps({"q1": "1789", "q2": "Oskar", "q3": ""}, ensure_ascii=False))

    put("example_tags", "two_pairs", json.dumps({"format": "xlqa-tags/1", "tags": {
        "en-es": {"q1": {"label": "gold wrong", "note": "the year is 1798", "updated_at": "2026-12-01T10:00:00Z"}},
        "hi-zh": {"q3": {"label": "ambiguous", "note": "", "updated_at": "2026-12-01T10:01:00Z"}}}}, ensure_ascii=False))

    put("training_config", "distill", json.dumps({
        "teacher": "teacher", "student": "student", "train_data": ["train.en.json", "train.es.json"],
        "dev_data": ["dev.en.json"], "dev_pairs": ["en-es"], "output_dir": "out", "epochs": 2, "batch_size": 8,
        "learning_rate": 3e-5, "weight_decay": 0.01, "warmup_fraction": 0.1, "seed": 42, "distill": True,
        "temperature": 2.0, "alpha_ce": 1.0, "alpha_kl": 1.0, "kl_direction": "forward",
        "kl_weighting": {"coefficient": "map@k", "k": 5, "window": 3},
        "sampling": {"max_questions": 100, "target_languages": 2, "languages": ["en", "es"], "add_english": True},
        "features": {"max_seq_length": 384, "doc_stride": 128, "max_query_length": 64}}, indent=2))

    if args.run:
        with open(os.path.join(args.run, "manifest.json"), "rb") as f:
            manifest = json.load(f)
        manifest["dataset_files"] = manifest["dataset_files"][:2]
        for record in manifest["dataset_files"] + [m for m in (manifest.get("teacher"), manifest.get("student")) if m]:
            record["path"] = os.path.basename(record["path"])  # no paths of this machine in the seeds
        manifest["pairs"] = manifest["pairs"][:2]
        put("run_records", "manifest", b"\x00" + json.dumps(manifest).encode())
        with open(os.path.join(args.run, "pairs", "en-en.json"), "rb") as f:
            put("run_records", "pair", b"\x01" + f.read())
        with open(os.path.join(args.run, "pairs", "en-en.examples.jsonl"), "rb") as f:
            put("run_records", "example", b"\x02" + f.readline().rstrip(b"\n"))

    try:
        import torch
    except ImportError:
        print("python3-torch missing: the .bin seeds are kept as they are")
        return
    state = {"a.weight": torch.ones(2, 2), "b.bias": torch.arange(3.0), "position_ids": torch.arange(4).view(1, 4)}
    for name, obj in (("dict", state), ("ordered_dict", OrderedDict(state)),
                      ("half", {k: v.half() if v.is_floating_point() else v for k, v in state.items()}),
                      ("view", {"a.weight": torch.ones(4, 4)[1:3, ::2]})):
        buffer = io.BytesIO()
        torch.save(obj, buffer)
        data = buffer.getvalue()
        put("torch_checkpoint", name, data)
        put("zip_directory", name, data)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            put("unpickler", name, z.read([n for n in z.namelist() if n.endswith("data.pkl")][0]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "deflated " * 8)
        z.writestr(zipfile.ZipInfo("b/stored.bin"), b"\x00" * 16, zipfile.ZIP_STORED)
    put("zip_directory", "mixed_methods", buffer.getvalue())


if __name__ == "__main__":
    main()
