#!/usr/bin/env python3
"""Validate eval/triage/labels.jsonl against the AEB pages.

Checks schema, per-article counts, and that every string is a verbatim
substring of the page's visible text (HTML entities decoded, whitespace runs
collapsed to one space); claims and non-claims must also occur in the
ground-truth articleBody (same collapsing). Stdlib only.

Usage: check_labels.py [LABELS.jsonl] [--aeb DIR] [--articles MIN-MAX]
(the development set has 15-20 articles, the default; the validation set, 10: --articles 10-10)
"""
import argparse
import gzip
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_AEB = Path("/work/shared/data/extraction/aeb")

SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "button", "caption",
         "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
         "main", "nav", "ol", "option", "p", "pre", "section", "select", "summary", "table",
         "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul", "img", "label"}
WS = re.compile(r"\s+")

COUNTS = {"claims": (6, 12), "furniture": (3, 10), "nonclaims": (3, 8)}
ARTICLES = (15, 20)
MIN_CLAIM = 20


def collapse(s):
    return WS.sub(" ", s).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = []  # stack of open skipped tags

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag in SKIP and tag not in VOID:
                self.skip.append(tag)
            return
        if tag in SKIP:
            self.skip.append(tag)
            return
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(html):
    p = Visible()
    p.feed(html)
    p.close()
    return collapse("".join(p.parts))


def read_page(aeb, pid):
    raw = gzip.open(aeb / "html" / f"{pid}.html.gz").read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(labels_path, aeb, articles=ARTICLES):
    truth = json.load(open(aeb / "ground-truth.json"))
    errors, seen = [], set()
    totals = {"articles": 0, "claims": 0, "speakers": 0, "furniture": 0, "nonclaims": 0}
    lines = [l for l in open(labels_path, encoding="utf-8") if l.strip()]
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON: {e}")
            continue
        if set(o) != {"id", "url", "claims", "furniture", "nonclaims"}:
            errors.append(f"{where}: keys {sorted(o)}")
            continue
        pid = o["id"]
        where = f"line {n} ({pid[:10]})"
        if pid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(pid)
        if pid not in truth:
            errors.append(f"{where}: id not in ground truth")
            continue
        if o["url"] != truth[pid]["url"]:
            errors.append(f"{where}: url differs from ground truth")
        page = visible_text(read_page(aeb, pid))
        body = collapse(truth[pid]["articleBody"])
        totals["articles"] += 1
        for key, (lo, hi) in COUNTS.items():
            items = o[key]
            if not isinstance(items, list):
                errors.append(f"{where}: {key} is not a list")
                o[key] = []
                continue
            totals[key] += len(items)
            if not lo <= len(items) <= hi:
                errors.append(f"{where}: {key} count {len(items)} not in [{lo},{hi}]")
        strings = []
        for c in o["claims"]:
            if not isinstance(c, dict) or set(c) != {"text", "speaker"}:
                errors.append(f"{where}: bad claim {c!r}")
                continue
            sp = c["speaker"]
            if sp is not None and (not isinstance(sp, str) or not sp.strip()):
                errors.append(f"{where}: bad speaker {sp!r}")
            if sp is not None:
                totals["speakers"] += 1
            if not isinstance(c["text"], str) or len(c["text"]) < MIN_CLAIM:
                errors.append(f"{where}: claim shorter than {MIN_CLAIM}: {c['text']!r}")
            strings.append(("claim", c["text"], True))
        strings += [("furniture", s, False) for s in o["furniture"]]
        strings += [("nonclaim", s, True) for s in o["nonclaims"]]
        texts = [s for _, s, _ in strings]
        if len(texts) != len(set(texts)):
            errors.append(f"{where}: repeated string")
        for kind, s, in_body in strings:
            if not isinstance(s, str) or not s.strip():
                errors.append(f"{where}: empty {kind}")
                continue
            if s != collapse(s):
                errors.append(f"{where}: {kind} not whitespace-collapsed: {s!r}")
            if s not in page:
                errors.append(f"{where}: {kind} not in visible page text: {s!r}")
            if in_body and s not in body:
                errors.append(f"{where}: {kind} not in articleBody: {s!r}")
    if not articles[0] <= totals["articles"] <= articles[1]:
        errors.append(f"article count {totals['articles']} not in {list(articles)}")
    return errors, totals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels", nargs="?", default=str(HERE / "labels.jsonl"))
    ap.add_argument("--aeb", default=str(DEFAULT_AEB))
    ap.add_argument("--articles", default=f"{ARTICLES[0]}-{ARTICLES[1]}")
    a = ap.parse_args()
    low, high = (int(x) for x in a.articles.split("-"))
    errors, totals = check(a.labels, Path(a.aeb), (low, high))
    for e in errors:
        print("FAIL", e)
    print(json.dumps(totals))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
