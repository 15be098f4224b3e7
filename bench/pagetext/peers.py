"""Runs our extractor's JSONL output and the Python peers on the same AEB pages, one process
each, single thread, timed in CPU seconds, and prints benchmark rows (tab-separated, see common rules).

Usage: peers.py AEB_DIR OURS_JSONL OURS_SECONDS"""
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import aeb_score  # noqa: E402


def load_pages(aeb):
    pages = {}
    for path in sorted(Path(aeb, "html").glob("*.html.gz")):
        pages[aeb_score.page_id(path)] = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return pages


def run_trafilatura(pages):
    import trafilatura
    return {k: trafilatura.extract(html) or "" for k, html in pages.items()}


def run_readability(pages):
    from readability import Document
    import lxml.html
    out = {}
    for k, html in pages.items():
        try:
            summary = Document(html).summary(html_partial=True)
            out[k] = lxml.html.fromstring(summary).text_content()
        except Exception:
            out[k] = ""
    return out


def row(figure, ours, peer, ratio, target):
    print("\t".join(["ROW", figure, ours, peer, ratio, target]))


def main():
    aeb, ours_path, ours_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    truth = json.load(open(Path(aeb, "ground-truth.json")))
    ours = {}
    for line in open(ours_path):
        if line.strip():
            o = json.loads(line)
            ours[aeb_score.page_id(o["file"])] = o.get("text") or ""
    ours_score = aeb_score.score(truth, ours)
    ours_rate = len(ours) / ours_seconds
    print(f"ours: precision {ours_score['precision']:.4f} recall {ours_score['recall']:.4f} "
          f"F1 {ours_score['f1']:.4f}, {len(ours)} pages in {ours_seconds:.2f} s")
    pages = load_pages(aeb)
    for name, runner in (("trafilatura", run_trafilatura), ("readability-lxml", run_readability)):
        try:
            start = time.process_time()
            texts = runner(pages)
            seconds = time.process_time() - start
        except ImportError as e:
            print(f"{name}: not available ({e})")
            continue
        s = aeb_score.score(truth, texts)
        rate = len(pages) / seconds
        print(f"{name}: precision {s['precision']:.4f} recall {s['recall']:.4f} F1 {s['f1']:.4f}, {seconds:.2f} s")
        row(f"AEB F1 (vs {name})", f"{ours_score['f1']:.3f}", f"{s['f1']:.3f}",
            f"{ours_score['f1'] / s['f1']:.3f}" if s["f1"] else "-", ">=0.93")
        row(f"AEB pages/s (vs {name})", f"{ours_rate:.0f}", f"{rate:.1f}", f"{ours_rate / rate:.1f}", ">=200")


if __name__ == "__main__":
    main()
