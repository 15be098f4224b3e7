"""Writes a realistic ledger (N claims, 3N events) by the README's rule, without Claimdesk.

Each event is serialised canonically (keys sorted, compact, UTF-8, '/' unescaped), its SHA-256
is taken over those bytes, and `,"hash":"<hex>"}` replaces the closing brace.
"""
import hashlib, json, random, sys, os

def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

def main(folder, claims):
    rng = random.Random(7)
    words = ("administration settlement policy minister election percent budget unemployment "
             "growth security council agreement construction freeze violence report official "
             "spokesman government president department state israeli palestinian").split()
    os.makedirs(folder + "/claims", exist_ok=True)
    os.makedirs(folder + "/reports", exist_ok=True)
    prev, seq = "0" * 64, 0
    doc = hashlib.sha256(b"benchmark document").hexdigest()
    ids = []
    with open(folder + "/claims/ledger.jsonl", "wb") as out:
        def emit(op, data, claim=None, document=None, at="2015-11-24T12:00:00.000Z"):
            nonlocal prev, seq
            seq += 1
            event = {"seq": seq, "at": at, "actor": "bench", "op": op, "data": data, "prev": prev}
            if claim: event["claim"] = claim
            if document: event["document"] = document
            body = canonical(event)
            h = hashlib.sha256(body).hexdigest()
            out.write(body[:-1] + b',"hash":"' + h.encode() + b'"}\n')
            prev = h
        emit("document.added", {"origin": "bench.txt", "format": "text", "bytes_sha256": doc, "title": "Bench"}, document=doc)
        sentence = lambda n: " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."
        for i in range(claims):
            cid = hashlib.sha256(b"claim%d" % i).hexdigest()[:32]
            ids.append(cid)
            text = sentence(18) + " It rose %d%% since %d." % (rng.randint(1, 90), rng.randint(1950, 2015))
            emit("claim.added", {
                "text": text, "sentence": text, "context_before": sentence(25), "context_after": sentence(25),
                "span": {"start": i * 300, "end": i * 300 + len(text)}, "score": rng.randint(0, 1000000),
                "kinds": ["quantity", "temporal"], "speaker": "Mark Toner", "hedges": [],
                "cues": [{"kind": "percent", "text": "5%", "value": "5"}, {"kind": "span", "text": "since 1967", "value": "1967"}],
                "suggested_sources": [], "origin": "extracted"}, claim=cid, document=doc)
        for i in range(2 * claims - 1):
            cid = ids[rng.randrange(claims)]
            kind = i % 3
            if kind == 0:
                emit("claim.source", {"reference": "https://example.org/report/%d" % i, "kind": "url"}, claim=cid)
            elif kind == 1:
                emit("claim.note", {"text": sentence(20)}, claim=cid)
            else:
                emit("claim.status", {"status": "in-progress", "from": "open"}, claim=cid)
    size = os.path.getsize(folder + "/claims/ledger.jsonl")
    with open(folder + "/claims/HEAD", "wb") as head:
        head.write(canonical({"seq": seq, "hash": prev, "length": size}) + b"\n")
    print(ids[claims // 2])

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
