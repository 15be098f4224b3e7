#!/usr/bin/env python3
"""Embeds lines of text with sentence-transformers' all-MiniLM-L6-v2 into a text-keyed
vector file that `matching-eval --vectors FILE` reads (see PrecomputedEmbedding.swift).

Used only to tune fusion before the Swift encoder (/work/encoder) works; it needs a venv that
already has sentence-transformers (here /tmp/venvs/ref). Texts come from
`matching-eval --dump-texts FILE` so Python embeds exactly what Swift would ask for.

File layout (little-endian): b"CDVECTXT", u32 count, u32 dims, then per text:
u32 utf8 byte length, the utf8 bytes, dims float32 (unit length).

Usage: python embed_reference.py MODEL_DIR TEXTS.txt OUT.vec [EXISTING.vec ...]
Texts already present in EXISTING files are copied, not re-embedded.
"""
import struct, sys
import numpy as np

def read_vec(path):
    out = {}
    with open(path, "rb") as f:
        assert f.read(8) == b"CDVECTXT"
        count, dims = struct.unpack("<II", f.read(8))
        for _ in range(count):
            (n,) = struct.unpack("<I", f.read(4))
            text = f.read(n).decode("utf-8")
            out[text] = np.frombuffer(f.read(4 * dims), dtype="<f4")
    return out

def main():
    model_dir, texts_path, out_path, *existing = sys.argv[1:]
    texts = []
    seen = set()
    with open(texts_path, encoding="utf-8") as f:
        for line in f:
            t = line.rstrip("\n").replace("\\n", "\n").replace("\\\\", "\\")
            if t not in seen:
                seen.add(t); texts.append(t)
    known = {}
    for p in existing:
        known.update(read_vec(p))
    todo = [t for t in texts if t not in known]
    print(f"{len(texts)} texts, {len(todo)} to embed", file=sys.stderr)
    if todo:
        import torch
        torch.set_num_threads(1)
        from sentence_transformers import SentenceTransformer
        model = SentenceTransformer(model_dir, device="cpu")
        vecs = model.encode(todo, batch_size=64, normalize_embeddings=True,
                            show_progress_bar=False, convert_to_numpy=True)
        for t, v in zip(todo, vecs):
            known[t] = v.astype("<f4")
    dims = len(next(iter(known.values())))
    with open(out_path + ".tmp", "wb") as f:
        f.write(b"CDVECTXT" + struct.pack("<II", len(texts), dims))
        for t in texts:
            b = t.encode("utf-8")
            f.write(struct.pack("<I", len(b)) + b + known[t].astype("<f4").tobytes())
    import os
    os.replace(out_path + ".tmp", out_path)

if __name__ == "__main__":
    main()
