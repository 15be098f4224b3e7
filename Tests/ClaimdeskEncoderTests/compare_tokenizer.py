"""Compares ClaimdeskEncoder's tokenizer with HuggingFace's on every Unicode code point
(as "a<c>b") and on random mixed strings, through `encoder-bench --print-ids`.

Not part of `swift test` (it needs transformers); run it after changing BasicTokenizer:

    swift build -c release
    HF_HUB_OFFLINE=1 /tmp/st-venv/bin/python Tests/ClaimdeskEncoderTests/compare_tokenizer.py \
        ${XDG_DATA_HOME:-$HOME/.local/share}/claimdesk/models/all-MiniLM-L6-v2 .build/release/encoder-bench

Last run: 202,896 code points and 11,454 strings, all equal.
"""

import json
import random
import subprocess
import sys
import tempfile
import unicodedata

from transformers import AutoTokenizer


def swift_ids(bench, strings):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump(strings, f)
        f.flush()
        out = subprocess.run([bench, "--print-ids", f.name], capture_output=True, check=True).stdout
    return json.loads(out)


def main() -> None:
    model, bench = sys.argv[1], sys.argv[2]
    tokenizer = AutoTokenizer.from_pretrained(model)
    code_points = [c for c in range(0x32000) if not 0xD800 <= c <= 0xDFFF]
    code_points += list(range(0xE0000, 0xE0080)) + list(range(0xF0000, 0xF0010))
    strings = ["a" + chr(c) + "b" for c in code_points]
    random.seed(7)
    pool = [chr(c) for c in code_points[:0x3000]] + list("abcdefXYZ .,;'\"-") * 200
    strings += ["".join(random.choice(pool) for _ in range(random.randint(0, 40))) for _ in range(3000)]
    strings += [" ".join(chr(c) for c in code_points[i : i + 48]) for i in range(0, len(code_points), 480)]
    expected = tokenizer(strings, truncation=True, max_length=256)["input_ids"]
    found = swift_ids(bench, strings)
    bad = [(s, e, f) for s, e, f in zip(strings, expected, found) if e != f]
    print(f"{len(strings) - len(bad)}/{len(strings)} strings tokenize alike")
    for s, e, f in bad[:20]:
        cats = {unicodedata.category(ch) for ch in s}
        print(repr(s[:60]), sorted(cats), "\n  hf   ", tokenizer.convert_ids_to_tokens(e)[:20],
              "\n  swift", tokenizer.convert_ids_to_tokens(f)[:20])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
