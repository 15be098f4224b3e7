"""Times N verdict round trips against a running `claimdesk serve`: each POST carries the CSRF
token and last_event read from the claim page just before, as a browser's form would. Prints the
99th percentile of the POSTs in milliseconds (the redirect is not followed)."""
import http.client, re, sys, time, urllib.parse

def main(base, claim, n):
    host = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(host.hostname, host.port)
    cookie, times = None, []
    statuses = ["in-progress", "open"]
    for i in range(n):
        conn.request("GET", "/claims/" + claim, headers={"Cookie": cookie} if cookie else {})
        page = conn.getresponse()
        body = page.read().decode()
        cookie = (page.getheader("Set-Cookie") or cookie or "").split(";")[0] or cookie
        csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', body).group(1)
        last = re.search(r'name="last_event" value="([0-9a-f]{64})"', body).group(1)
        form = urllib.parse.urlencode({"status": statuses[i % 2], "note": "bench %d" % i, "csrf": csrf, "last_event": last})
        t = time.perf_counter()
        conn.request("POST", "/claims/%s/verdict" % claim, body=form,
                     headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
        reply = conn.getresponse()
        reply.read()
        times.append((time.perf_counter() - t) * 1000)
        if reply.status != 303:
            sys.exit("verdict %d: HTTP %d" % (i, reply.status))
    times.sort()
    print("%.1f" % times[min(len(times) - 1, int(len(times) * 0.99))])

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
