"""Prints the best wall-clock time of N runs of a command, in milliseconds (stdout discarded)."""
import subprocess, sys, time

runs = int(sys.argv[1])
best = None
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (done.returncode, " ".join(sys.argv[2:]), done.stderr.decode()))
    best = elapsed if best is None else min(best, elapsed)
print(int(round(best)))
