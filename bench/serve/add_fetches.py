"""Adds a `source.fetched` event with three passages for every URL a claim of a ledger written by
bench/ledger/make_ledger.py has attached (`claim.source`, kind url): the ledger the issue's serve
figures are for, "claims with fetched sources and passages". Each event is laid out as
`claimdesk fetch` writes it (every member of the fetch record, a redirect hop, the WARC record,
digests) and chained by the same rule as make_ledger.py; HEAD is rewritten. Prints how many.
"""
import hashlib, json, os, random, sys, uuid

def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

def main(folder):
    rng = random.Random(11)
    words = ("administration settlement policy minister election percent budget unemployment "
             "growth security council agreement construction freeze violence report official "
             "spokesman government president department state figures table annual").split()
    sentence = lambda n: " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."
    path = folder + "/claims/ledger.jsonl"
    sources = []
    seq, prev = 0, None
    with open(path, "rb") as ledger:
        for line in ledger:
            event = json.loads(line)
            seq, prev = event["seq"], event["hash"]
            if event["op"] == "claim.source" and event["data"].get("kind") == "url":
                sources.append((event["claim"], event["data"]["reference"]))
    with open(path, "ab") as out:
        for claim, url in sources:
            seq += 1
            final = url.replace("https://example.org/", "https://www.example.org/")
            record = "<urn:uuid:%s>" % uuid.UUID(int=rng.getrandbits(128))
            data = {
                "url": url, "requested_url": url, "final_url": final,
                "hops": [
                    {"url": url, "status": 301, "remote_ip": "93.184.215.14", "location": final, "warc_record_id": None},
                    {"url": final, "status": 200, "remote_ip": "93.184.215.14", "location": None, "warc_record_id": record},
                ],
                "started_at": "2015-11-25T09:00:00.000Z", "ended_at": "2015-11-25T09:00:01.250Z",
                "outcome": "fetched", "http_status": 200, "content_type": "text/html", "charset": "utf-8",
                "charset_source": "header", "header_charset": "utf-8", "content_encoding": "gzip",
                "bytes_raw": rng.randint(20000, 90000), "bytes_decoded": rng.randint(90000, 300000), "truncated": False,
                "sha256_raw": hashlib.sha256(b"raw" + url.encode()).hexdigest(),
                "sha256_decoded": hashlib.sha256(b"decoded" + url.encode()).hexdigest(),
                "remote_ip": "93.184.215.14", "warc_file": "claims/sources/bench-%05d.warc.gz" % (seq % 50000),
                "warc_record_id": record, "attempts": 1, "error": None, "revisit_of": None,
                "passages": [
                    {"text": sentence(40), "score": rng.randint(300000, 900000),
                     "matched_terms": rng.sample(words, 4), "paragraph": rng.randint(0, 60)}
                    for _ in range(3)
                ],
            }
            event = {"seq": seq, "at": "2015-11-25T09:00:01.300Z", "actor": "bench", "op": "source.fetched",
                     "claim": claim, "data": data, "prev": prev}
            body = canonical(event)
            prev = hashlib.sha256(body).hexdigest()
            out.write(body[:-1] + b',"hash":"' + prev.encode() + b'"}\n')
    size = os.path.getsize(path)
    with open(folder + "/claims/HEAD", "wb") as head:
        head.write(canonical({"seq": seq, "hash": prev, "length": size}) + b"\n")
    print(len(sources))

if __name__ == "__main__":
    main(sys.argv[1])
