"""Scores article bodies against the AEB ground truth as the benchmark defines it: tokens \\w+,
4-gram shingles (with counts), per-page TP/FP/FN normalised to sum 1, precision and recall
averaged over the pages that have them, F1 of the two means.

Usage: aeb_score.py GROUND_TRUTH.json PREDICTIONS.jsonl [--worst N]
PREDICTIONS.jsonl: one {"file": ".../<id>.html.gz", "text": ...} per line (claimdesk text --jsonl)."""
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(truth_by_id, text_by_id):
    counts = {k: page_counts(v["articleBody"], text_by_id.get(k, "")) for k, v in truth_by_id.items()}
    p = statistics.mean(precision(*c) for c in counts.values() if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts.values() if c[0] + c[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pages": counts}


def page_id(path):
    name = Path(path).name
    return name.split(".")[0]


if __name__ == "__main__":
    truth = json.load(open(sys.argv[1]))
    texts = {}
    for line in open(sys.argv[2]):
        if line.strip():
            o = json.loads(line)
            texts[page_id(o["file"])] = o.get("text") or ""
    result = score(truth, texts)
    print(f"precision {result['precision']:.4f} recall {result['recall']:.4f} F1 {result['f1']:.4f} pages {len(texts)}")
    if "--worst" in sys.argv:
        n = int(sys.argv[sys.argv.index("--worst") + 1])
        worst = sorted(result["pages"].items(), key=lambda kv: kv[1][0])[:n]
        for k, (tp, fp, fn) in worst:
            print(f"  {k[:12]} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f} {truth[k]['url'][:90]}")
