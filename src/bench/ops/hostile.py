"""Replays the hostile corpus (hostile.jsonl) against a running server. Every request must be answered within
LIMIT seconds, never with a 5xx, with JSON; one that must be refused gets a GraphQL error with extensions.code or a
4xx. Afterwards the server must be ready and its export byte-identical to the one taken before. Exits 1 otherwise."""
import json
import os
import sys
import time
import urllib.request

from client import request

base, limit = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
corpus = [json.loads(line) for line in open(os.path.join(os.path.dirname(__file__), "hostile.jsonl"))]


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return r.status, r.read()


def body_of(entry):
    if "repeat" in entry:
        r = entry["repeat"]
        return (r["head"] + r["unit"] * r["count"] + r["tail"]).encode()
    return entry["body"].encode()


def verdict(entry, status, parsed, seconds):
    if status == 0:
        return f"no answer: {parsed}"
    if status >= 500:
        return f"HTTP {status}"
    if seconds > limit:
        return f"took {seconds:.2f} s"
    if parsed is None:
        return f"HTTP {status} without a JSON body"
    errors = parsed.get("errors") if isinstance(parsed, dict) else None
    if errors and any(not ((e or {}).get("extensions") or {}).get("code") for e in errors):
        return f"an error without extensions.code: {json.dumps(errors)[:200]}"
    if entry["expect"] == "error" and status == 200 and not errors:
        return "answered, but should have been refused"
    return None


_, export_before = get("/bundles/export")
failures, slowest, statuses = [], 0.0, {}
for entry in corpus:
    headers = dict(entry["headers"])
    if entry["contentType"]:
        headers["Content-Type"] = entry["contentType"]
    status, parsed, seconds = request(base + entry["path"], body_of(entry), headers, timeout=10)
    slowest = max(slowest, seconds)
    statuses[status] = statuses.get(status, 0) + 1
    problem = verdict(entry, status, parsed, seconds)
    if problem:
        failures.append(f"{entry['name']}: {problem}")
ready, _ = get("/q/health/ready")
_, export_after = get("/bundles/export")

print(f"{len(corpus)} hostile requests: HTTP statuses {dict(sorted(statuses.items()))}, slowest {slowest * 1000:.0f} ms, "
      f"{len(failures)} failed")
for f in failures:
    print("  " + f)
print(f"ready after: HTTP {ready}; export before and after: {len(export_before)} bytes, "
      + ("identical" if export_before == export_after else "DIFFERENT"))
sys.exit(1 if failures or ready != 200 or export_before != export_after else 0)
