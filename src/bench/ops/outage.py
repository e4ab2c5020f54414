"""Load across a database outage. CLIENTS threads read (and now and then write) through the server at URL while the
calling script stops its Neo4j and starts it again, writing "down <epoch>" and "up <epoch>" lines to EVENTS, and for
AFTER seconds once Neo4j is up again. Reports what clients got before, during and after, and how readiness followed; exits 1 when a request got
a 5xx or an error without extensions.code, a failure took longer than LIMIT seconds (counted from when Neo4j had
stopped, for a request sent while it was stopping), or the service did not come back."""
import collections
import sys
import threading
import time
import urllib.request

from client import SEED_SOURCE, error_codes, post

url, ready_url, clients, after, events, limit = (sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]),
                                                 sys.argv[5], float(sys.argv[6]))
READ = "query OutageDelegations { delegations { name members { name } } }"
WRITE = "mutation OutageUpsert($input: PersonInput!) { upsertPerson(input: $input) { id } }"
results, readiness, lock = [], [], threading.Lock()


def marks():
    try:
        return dict(line.split() for line in open(events))
    except FileNotFoundError:
        return {}


def running():
    up = marks().get("up")
    return up is None or time.time() < float(up) + after


def client(n):
    i = 0
    while running():
        i += 1
        write = i % 5 == 0
        start = time.time()
        status, body, took = post(url, WRITE if write else READ, {"input": {
            "id": f"outage-{n}-{i}", "name": f"Outage {n} {i}", "sources": [SEED_SOURCE]}} if write else None)
        codes = error_codes(body)
        ok = status == 200 and isinstance(body, dict) and not body.get("errors")
        with lock:
            results.append((start, ok, status, codes, took, "write" if write else "read"))
        if not ok:
            time.sleep(0.1)


def monitor():
    while running():
        try:
            with urllib.request.urlopen(ready_url, timeout=5) as r:
                status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except Exception:
            status = 0
        readiness.append((time.time(), status))
        time.sleep(0.5)


threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)] + [threading.Thread(target=monitor)]
for t in threads:
    t.start()
for t in threads:
    t.join()

down, stopped, up = float(marks()["down"]), float(marks()["stopped"]), float(marks()["up"])


def waited(r):
    """How long a request waited for its answer since it was sent, or since Neo4j stopped if it was sent before."""
    return r[0] + r[4] - max(r[0], stopped)


bad = []
for label, lo, hi in (("before", 0, down), ("while down", down, up), ("after", up, float("inf"))):
    phase = [r for r in results if lo <= r[0] < hi]
    failed = [r for r in phase if not r[1]]
    codes = collections.Counter(c for r in failed for c in (r[3] or ["<none>"]))
    statuses = collections.Counter(r[2] for r in phase)
    slowest = max((r[4] for r in failed), default=0)
    print(f"{label}: {len(phase)} requests, {len(failed)} failed {dict(codes)}, HTTP {dict(statuses)}, "
          f"slowest failure {slowest * 1000:.0f} ms")
    bad += [r for r in failed if r[2] >= 500 or r[2] == 0 or not r[3] or None in r[3] or waited(r) > limit]
first_ok_after = min((r[0] + r[4] for r in results if r[1] and r[0] >= up), default=None)
went_down = min((t for t, s in readiness if s != 200 and t >= down), default=None)
came_up = min((t for t, s in readiness if s == 200 and t >= up), default=None)
in_flight = [r for r in results if r[0] < stopped < r[0] + r[4]]
print(f"Neo4j took {stopped - down:.1f} s to stop; {len(in_flight)} requests were waiting then, and waited at most "
      f"{max((waited(r) for r in in_flight), default=0):.1f} s more")
print(f"Neo4j stopped at 0 s, back at {up - down:.1f} s; readiness DOWN after "
      + (f"{went_down - down:.1f} s" if went_down else "never")
      + ", UP again " + (f"{came_up - up:.1f} s after Neo4j" if came_up else "never")
      + "; first answer after Neo4j was back: " + (f"{first_ok_after - up:.1f} s" if first_ok_after else "none"))
print(f"requests with a 5xx, no answer, an uncoded error or a failure later than {limit:.0f} s: {len(bad)}")
for r in sorted(bad)[:20]:
    print(f"  a {r[5]} sent at {r[0] - down:+.1f} s from the stop: HTTP {r[2]}, {r[3]}, after {r[4]:.1f} s "
          f"({waited(r):.1f} s counted)")
sys.exit(1 if bad or not first_ok_after or not came_up or not went_down else 0)
