"""Driver for bench/fetch/run: serves, times the fetchers, prints ROW lines."""
import asyncio, os, resource, shlex, shutil, subprocess, tempfile, threading, time

HOSTS = [f"127.0.0.{i}" for i in range(1, 17)]
URLS = 200
DELAY = 0.1
BODY = (b"<html><body>" + b"<p>The council approved 42 homes.</p>" * 50 + b"</body></html>")


async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if not head:
                break
            await asyncio.sleep(DELAY)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(BODY) + BODY)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def serve(port_box, ready, stop):
    async def main():
        first = await asyncio.start_server(handle, HOSTS[0], 0, backlog=512)
        port = first.sockets[0].getsockname()[1]
        servers = [first] + [await asyncio.start_server(handle, h, port, backlog=512) for h in HOSTS[1:]]
        port_box.append(port)
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.05)
        for s in servers:
            s.close()
    asyncio.run(main())


def timed(command, **kwargs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, wall, cpu


def main():
    port_box, ready, stop = [], threading.Event(), threading.Event()
    thread = threading.Thread(target=serve, args=(port_box, ready, stop), daemon=True)
    thread.start()
    if not ready.wait(10):
        raise SystemExit("bench/fetch: the local server did not start")
    port = port_box[0]
    urls = [f"http://{HOSTS[i % 16]}:{port}/page/{i}" for i in range(URLS)]
    work = tempfile.mkdtemp(prefix="claimdesk-bench-fetch-")
    try:
        ours_runs, peer_runs, multi_runs = [], [], []
        for run in range(3):
            out = os.path.join(work, f"warc{run}")
            result, wall, cpu = timed([os.environ["CLAIMDESK"], "fetch-url", "-j", "16", "--allow-private",
                                       "--out", out] + urls)
            last = result.stdout.decode().strip().splitlines()[-1] if result.stdout else ""
            print(f"claimdesk run {run + 1}: {wall:.3f} s wall, {cpu:.3f} s CPU; {last}")
            if result.returncode != 0 or f"{URLS} fetched" not in last:
                raise SystemExit(f"bench/fetch: claimdesk failed: {result.stderr.decode()[:500]}")
            ours_runs.append((wall, cpu))
            xargs = shlex.join(["xargs", "-P", "16", "-n", "1", "curl", "-s", "-o", "/dev/null",
                                "--compressed", "-w", "%{http_code}\\n"])
            result, wall, cpu = timed(["bash", "-c", xargs], input="\n".join(urls).encode())
            codes = result.stdout.decode().split()
            print(f"xargs curl run {run + 1}: {wall:.3f} s wall, {cpu:.3f} s CPU; {codes.count('200')} x 200")
            peer_runs.append((wall, cpu))
            # The same libcurl multi interface in one process: the fairer peer for the loop itself.
            multi = ["curl", "-s", "-Z", "--parallel-max", "16", "--compressed", "-w", "%{http_code}\\n"]
            for url in urls:
                multi += ["-o", "/dev/null", url]
            result, wall, cpu = timed(multi)
            codes = result.stdout.decode().split()
            print(f"curl -Z run {run + 1}: {wall:.3f} s wall, {cpu:.3f} s CPU; {codes.count('200')} x 200")
            multi_runs.append((wall, cpu))
        ours_wall, ours_cpu = min(r[0] for r in ours_runs), min(r[1] for r in ours_runs)
        peer_wall, peer_cpu = min(r[0] for r in peer_runs), min(r[1] for r in peer_runs)
        multi_wall, multi_cpu = min(r[0] for r in multi_runs), min(r[1] for r in multi_runs)
        print("best of 3 runs each; ratio = ours / peer")
        print(f"ROW\tfetch 200 URLs -j 16, wall (s)\t{ours_wall:.3f}\t{peer_wall:.3f}\t{ours_wall / peer_wall:.2f}\t<= 1.6")
        print(f"ROW\tfetch 200 URLs -j 16, CPU (s)\t{ours_cpu:.3f}\t{peer_cpu:.3f}\t{ours_cpu / peer_cpu:.2f}\t< 0.5")
        print(f"ROW\tfetch 200 URLs -j 16 vs curl -Z, wall (s)\t{ours_wall:.3f}\t{multi_wall:.3f}\t{ours_wall / multi_wall:.2f}\t-")
        print(f"ROW\tfetch 200 URLs -j 16 vs curl -Z, CPU (s)\t{ours_cpu:.3f}\t{multi_cpu:.3f}\t{ours_cpu / multi_cpu:.2f}\t-")
    finally:
        stop.set()
        shutil.rmtree(work, ignore_errors=True)


main()
