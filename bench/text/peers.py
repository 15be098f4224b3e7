"""Times pySBD or syntok on a file, one paragraph (line) at a time: python peers.py NAME FILE.
Prints the CPU seconds (best of N runs, default 1) and the sentence count, tab-separated."""
import sys, time

name, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
paragraphs = [p for p in text.split("\n") if p.strip()]

if name == "pysbd":
    import pysbd
    seg = pysbd.Segmenter(language="en", clean=False)
    def split(p):
        return seg.segment(p)
elif name == "syntok":
    import syntok.segmenter as segmenter
    def split(p):
        return [s for para in segmenter.process(p) for s in para]
else:
    sys.exit("unknown peer " + name)

runs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
best = None
for _ in range(runs):
    start = time.process_time()
    count = sum(len(split(p)) for p in paragraphs)
    elapsed = time.process_time() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"{best:.3f}\t{count}")
