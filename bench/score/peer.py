"""The floor: a scikit-learn TF-IDF (word 1-2-grams) logistic regression on the same splits.

Prints tab-separated `figure<TAB>value` lines: CT24 dev P/R/F1 at 0.5 and AP, and CLEF 2019
leave-one-file-out MAP with and without CT24 in training (held-out sentences and their exact
duplicates in CT24 removed from training, as `claimdesk eval` does). Given a second argument (a
file of sentences, one per line), also the sentences/s of the CT24-trained pipeline on it.
"""
import csv, glob, os, sys, time
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

data = sys.argv[1]

def read_ct24(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["Text"].strip() for r in rows], [1 if r["class_label"].strip() == "Yes" else 0 for r in rows]

def read_clef(path):
    texts, labels = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row[2].strip()); labels.append(int(row[3]))
    return texts, labels

def model():
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), LogisticRegression(max_iter=2000, C=1.0)

def fit_predict(train_x, train_y, test_x):
    vec, lr = model()
    lr.fit(vec.fit_transform(train_x), train_y)
    return lr.predict_proba(vec.transform(test_x))[:, 1]

tx, ty = read_ct24(os.path.join(data, "checkworthiness/ct24/train.tsv"))
dx, dy = read_ct24(os.path.join(data, "checkworthiness/ct24/dev.tsv"))
vec, lr = model()
lr.fit(vec.fit_transform(tx), ty)
p = lr.predict_proba(vec.transform(dx))[:, 1]
pr, rc, f1, _ = precision_recall_fscore_support(dy, p >= 0.5, average="binary")
print(f"ct24_dev_precision\t{pr:.3f}\nct24_dev_recall\t{rc:.3f}\nct24_dev_f1\t{f1:.3f}")
print(f"ct24_dev_ap\t{average_precision_score(dy, p):.3f}")

files = sorted(glob.glob(os.path.join(data, "checkworthiness/clef2019/training/*.tsv")))
clef = [read_clef(f) for f in files]
for with_ct24 in (False, True):
    aps = []
    for i, (hx, hy) in enumerate(clef):
        held = set(hx)
        trx, tr_y = [], []
        for j, (x, y) in enumerate(clef):
            if j != i:
                trx += x; tr_y += y
        if with_ct24:
            for x, y in zip(tx, ty):
                if x not in held:
                    trx.append(x); tr_y.append(y)
        aps.append(average_precision_score(hy, fit_predict(trx, tr_y, hx)))
    print(f"clef2019_lofo_map{'_with_ct24' if with_ct24 else ''}\t{np.mean(aps):.3f}")

if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as f:
        lines = f.read().split("\n")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        lr.predict_proba(vec.transform(lines))
        best = min(best, time.perf_counter() - start)
    print(f"sentences_per_s\t{len(lines) / best:.0f}")
