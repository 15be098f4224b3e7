"""5-fold cross-validation on CT24 *train* of the TF-IDF logistic regression the issue names as
an alternative scorer (word 1-2-grams, sublinear tf, min_df 2; scikit-learn), for a few C.

Prints, per C, the out-of-fold F1 at the best threshold and the average precision: the figures
`claimdesk train` prints for the shipped model (F1 0.674, AP 0.742 out of fold, in the header of
ShippedCheckWorthinessWeights.swift). CT24 dev is not read.

    python3 eval/triage/tfidf_cv.py ../shared/data/checkworthiness/ct24/train.tsv
"""
import csv, sys
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import average_precision_score, precision_recall_curve


def read(path):
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8"), delimiter="\t"))
    return [r["Text"].strip() for r in rows], np.array([1 if r["class_label"].strip() == "Yes" else 0 for r in rows])


def best_f1(scores, labels):
    p, r, _ = precision_recall_curve(labels, scores)
    return (2 * p * r / np.maximum(p + r, 1e-9)).max()


texts, labels = read(sys.argv[1])
for c in [0.5, 1, 2, 4]:
    oof = np.zeros(len(texts))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=1).split(texts, labels):
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
        model = LogisticRegression(max_iter=2000, C=c)
        model.fit(vectorizer.fit_transform([texts[i] for i in train]), labels[train])
        oof[test] = model.predict_proba(vectorizer.transform([texts[i] for i in test]))[:, 1]
    print("C %g\tF1 %.3f\tAP %.3f" % (c, best_f1(oof, labels), average_precision_score(labels, oof)), flush=True)
