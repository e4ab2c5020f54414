"""What the operations scripts share: a GraphQL client over urllib that sends the editor's token when there is
one (data/editor.token), and the seed's report that writes cite."""
import json
import os
import time
import urllib.error
import urllib.request

SEED_SOURCE = "geneva-report-2026-02-17"
TOKEN_FILE = os.environ.get("EDITOR_TOKEN_FILE", "data/editor.token")


def headers():
    h = {"Content-Type": "application/json"}
    if os.path.exists(TOKEN_FILE):
        h["Authorization"] = "Bearer " + open(TOKEN_FILE).read().strip()
    return h


def post(url, query, variables=None, timeout=30):
    """(HTTP status, parsed body or None, seconds)."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    return request(url, body, headers(), timeout)


def request(url, body, request_headers, timeout=30, method="POST"):
    start = time.monotonic()
    req = urllib.request.Request(url, data=body, headers=request_headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            status, raw = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        return 0, {"transport": str(e)}, time.monotonic() - start
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = None
    return status, parsed, time.monotonic() - start


def error_codes(parsed):
    if not isinstance(parsed, dict):
        return []
    codes = [((e or {}).get("extensions") or {}).get("code") for e in parsed.get("errors") or []]
    if parsed.get("code"):
        codes.append(parsed["code"])
    return codes
