"""Mixed load: CLIENTS threads for SECONDS, each request a read (70 %) or a write (30 %: a new person, or one of
the client's persons made a member of the client's delegation). Prints requests, errors and latency; then reads back every write that was acknowledged and
exits 1 if any request failed or any acknowledged write is missing."""
import random
import statistics
import sys
import threading
import time

from client import SEED_SOURCE, post, error_codes

url, clients, seconds, run_id = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]

READS = [
    "query LoadDelegations { delegations { name state { name } head { name } members { name } } }",
    "query LoadAssets { disputedAssets { name controlledBy { state { name } since } claimedBy { state { name } } } }",
    "query LoadSearch { search(text: \"Kyiv\") { score entity { id name } } }",
    "query LoadPersons { personsConnection(first: 20) { totalCount edges { node { name memberOf { name } } } } }",
    "query LoadStats { stats { labels { name count } relationshipTypes { name count } } }",
]
UPSERT = ("mutation LoadUpsert($input: PersonInput!) { upsertPerson(input: $input) { id name } }")
LINK = ("mutation LoadLink($input: LinkInput!) { link(input: $input) { __typename } }")
DELEGATION = ("mutation LoadDelegation($input: DelegationInput!) { upsertDelegation(input: $input) { id } }")

lock = threading.Lock()
latencies, failures, persons, links = [], [], [], []
deadline = time.monotonic() + seconds


def client(n):
    rnd = random.Random(n)
    delegation = f"load-{run_id}-{n}-delegation"
    status, body, _ = post(url, DELEGATION, {"input": {"id": delegation, "name": f"Load delegation {n}",
                                                        "sources": [SEED_SOURCE]}})
    if status != 200 or not isinstance(body, dict) or body.get("errors"):
        with lock:
            failures.append((status, error_codes(body) or body))
        return
    unlinked = []
    i = 0
    while time.monotonic() < deadline:
        i += 1
        if rnd.random() < 0.3:
            if unlinked and rnd.random() < 0.4:
                person = unlinked.pop(rnd.randrange(len(unlinked)))
                query, variables = LINK, {"input": {"type": "MEMBER_OF", "from": person, "to": delegation,
                                                    "sources": [SEED_SOURCE]}}
                kind = ("link", person, delegation)
            else:
                pid = f"load-{run_id}-{n}-{i}"
                query, variables = UPSERT, {"input": {"id": pid, "name": f"Load person {n} {i}",
                                                      "sources": [SEED_SOURCE]}}
                kind = ("person", pid)
        else:
            query, variables, kind = rnd.choice(READS), None, None
        status, body, took = post(url, query, variables)
        ok = status == 200 and isinstance(body, dict) and not body.get("errors")
        with lock:
            latencies.append(took)
            if not ok:
                failures.append((status, error_codes(body) or body))
            elif kind and kind[0] == "person":
                persons.append(kind[1])
                unlinked.append(kind[1])
            elif kind:
                links.append(kind[1:])


threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lat = sorted(latencies)
print(f"{len(lat)} requests in {seconds:.0f} s from {clients} clients: {len(lat) / seconds:.0f} req/s, "
      f"p50 {statistics.median(lat) * 1000:.0f} ms, p99 {lat[int(len(lat) * 0.99) - 1] * 1000:.0f} ms, "
      f"max {lat[-1] * 1000:.0f} ms; errors {len(failures)}")
for f in failures[:10]:
    print("  error:", f)
print(f"acknowledged writes: {len(persons)} persons, {len(links)} links")

missing = []
for start in range(0, len(persons), 500):
    chunk = persons[start:start + 500]
    status, body, _ = post(url, "query LoadCheck($ids: [ID!]) { persons(where: {id: {in: $ids}}, first: 500) "
                                "{ id memberOf { id } } }", {"ids": chunk})
    found = {p["id"]: {d["id"] for d in p["memberOf"]} for p in ((body or {}).get("data") or {}).get("persons", [])}
    missing += [p for p in chunk if p not in found]
    missing += [f"{a} MEMBER_OF {b}" for a, b in links if a in found and b not in found[a]]
print(f"writes read back: {len(persons) + len(links) - len(missing)} of {len(persons) + len(links)} found"
      + (f"; missing e.g. {missing[:5]}" if missing else ""))
sys.exit(1 if failures or missing else 0)
