"""Imports for the crash check. `fire BASE COUNT MEMBERS ACKS` posts COUNT bundles, PARALLEL at a time, each with a
unique marker (a delegation crash-N, its report and MEMBERS persons who are its members), and appends the marker of
each import the server acknowledged to ACKS. `check URL COUNT MEMBERS ACKS` reads each marker back after the
restart: a bundle must be in the graph whole or not at all, and every acknowledged one whole."""
import json
import os
import sys
import threading

from client import headers, post, request

mode, address, count, members, acks = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
PARALLEL = 4
CHECK = ("query Crash($id: ID!, $prefix: String!, $report: ID!) { delegations(where: {id: {eq: $id}}) { membersCount } "
         "personsConnection(first: 1, where: {name: {startsWith: $prefix}}) { totalCount } "
         "sources(where: {id: {eq: $report}}) { id } }")


def bundle(n):
    marker, report = f"crash-{n}", f"crash-{n}-report"
    persons = [{"type": "Person", "id": f"{marker}-member-{i}", "name": f"{marker} member {i}", "sources": [report]}
               for i in range(members)]
    return json.dumps({"format": "accord-graph/fact-bundle@1", "sources": [{"id": report, "name": f"{marker} report"}],
                       "entities": [{"type": "Delegation", "id": marker, "name": marker, "sources": [report]}] + persons,
                       "relationships": [{"type": "MEMBER_OF", "from": p["id"], "to": marker, "sources": [report]}
                                         for p in persons]}).encode()


def fire():
    lock = threading.Lock()
    queue = list(range(count))

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                n = queue.pop(0)
            status, _, _ = request(address + "/bundles", bundle(n), headers(), timeout=120)
            if status == 200:
                with lock, open(acks, "a") as out:
                    out.write(f"crash-{n}\n")
                    out.flush()
                    os.fsync(out.fileno())

    threads = [threading.Thread(target=worker) for _ in range(PARALLEL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def check():
    acknowledged = set(open(acks).read().split()) if os.path.exists(acks) else set()
    whole, absent, partial = [], [], []
    for n in range(count):
        marker = f"crash-{n}"
        status, body, _ = post(address, CHECK, {"id": marker, "prefix": f"{marker} member ",
                                                "report": f"{marker}-report"})
        data = body["data"]
        delegation = data["delegations"]
        persons = data["personsConnection"]["totalCount"]
        parts = (len(delegation), delegation[0]["membersCount"] if delegation else 0, persons, len(data["sources"]))
        if parts == (1, members, members, 1):
            whole.append(marker)
        elif parts == (0, 0, 0, 0):
            absent.append(marker)
        else:
            partial.append(f"{marker} {parts}")
    lost = sorted(acknowledged - set(whole))
    print(f"after the restart: {len(whole)} bundles whole, {len(absent)} absent, {len(partial)} partial; "
          f"{len(acknowledged)} acknowledged before the kill, {len(lost)} of them not whole")
    for p in partial[:10]:
        print("  partial:", p)
    for m in lost[:10]:
        print("  acknowledged but not whole:", m)
    sys.exit(1 if partial or lost else 0)


fire() if mode == "fire" else check()
