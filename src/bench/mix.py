#!/usr/bin/env python3
"""The query mix of the large-graph benchmark (src/bench/bench.sh) and the helpers that script needs.

    mix.py bodies SAMPLES_DIR OUT_DIR         one file of request bodies per query (OUT_DIR/Q1.bodies, ...: one
                                              JSON body a line, rotated by wrk) and the @neo4j/graphql dialect's
                                              (OUT_DIR/theirs-Q1.bodies, ...)
    mix.py lua BODIES_FILE                    the wrk script that rotates over those bodies and counts GraphQL errors
    mix.py check RESPONSE_FILE                exit 0 when the response has data and no "errors" key, else says why
    mix.py same SERVER_RESPONSE DRIVER_JSON Q whether the server and the hand-written Cypher give the same answer
    mix.py wrk WRK_OUTPUT                     req/s, p50 ms, p99 ms, non-2xx, socket errors, GraphQL errors as TSV
    mix.py report RESULTS_TSV META_FILE OUT   the Markdown report
    mix.py compare-report RESULTS_TSV META    the side-by-side section alone (compare.sh appends it to the report)
    mix.py import-report META                 the figures of an --import-only run (appended to the report)
    mix.py query ours|theirs Q5               prints one query of the mix, e.g. to paste into GraphiQL

The GraphQL queries are the issue's Q1-Q9 and issue 19's Q10 (and Q10s); DriverBench.java holds the Cypher that answers each in one statement.
"""
import json
import os
import re
import sys

BY_SPEAKER = "{ statementsAggregate { groups(by: [SPEAKER]) { count key { speaker { id name } } } } }"

QUERIES = {
    "Q1": ("100 persons by name", "{ persons(first: 100) { id name } }", None),
    "Q2": ("all 2,003 states", "{ states(first: 5000) { id name } }", None),
    "Q3": ("20 states > delegations > members",
           "{ states(first: 20) { name delegations { name members { name } } } }", None),
    "Q4": ("10 talks > delegations > state, members > memberOf",
           "{ talks(first: 10) { name location startDate delegations { name state { name } "
           "members { name memberOf { name } } } } }", None),
    "Q5": ("delegation by id > state, head, members",
           "query ($id: ID!) { delegations(where: {id: {eq: $id}}) { id name state { name } head { name } "
           "members { name } } }", "delegations"),
    "Q6": ("search", "query ($text: String!) { search(text: $text) { score entity { __typename id name } } }",
           "search"),
    "Q7": ("path person to state/asset (2-3 hops)",
           "query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length facts { subject { name } predicate "
           "object { name } sources { name } } } }", "paths"),
    "Q8": ("entity by id: roles, facts",
           "query ($id: ID!) { entity(id: $id) { __typename id name ... on Person { roles { title state { name } } } "
           "facts { subject { name } predicate object { name } since until sources { name } } } }", "persons"),
    "Q9": ("statesConnection page, 3 levels",
           "{ statesConnection(first: 10) { totalCount edges { cursor node { name delegations { name "
           "members { name roles { title } } } } } pageInfo { hasNextPage endCursor } } }", None),
    "Q10": ("statements grouped by speaker", BY_SPEAKER, None),
    # Q10 again, against Cypher that means what the server means (DriverBench.STATEMENTS_BY_FIRST_SPEAKER).
    "Q10s": ("statements grouped by speaker, vs the same meaning", BY_SPEAKER, None),
}

# The same questions Q1-Q5 in the dialect of @neo4j/graphql 7 (src/bench/neo4j-graphql/): `limit` and `sort`
# instead of `first`, and every list, nested ones too, sorted by name then id as ours are.
BY_NAME = "sort: [{name: ASC}, {id: ASC}]"
THEIRS = {
    "Q1": "{ persons(limit: 100, %s) { id name } }" % BY_NAME,
    "Q2": "{ states(limit: 5000, %s) { id name } }" % BY_NAME,
    "Q3": "{ states(limit: 20, %s) { name delegations(%s) { name members(%s) { name } } } }" % ((BY_NAME,) * 3),
    "Q4": "{ talks(limit: 10, %s) { name location startDate delegations(%s) { name state { name } "
          "members(%s) { name memberOf(%s) { name } } } } }" % ((BY_NAME,) * 4),
    "Q5": "query ($id: ID!) { delegations(where: {id: {eq: $id}}) { id name state { name } head { name } "
          "members(%s) { name } } }" % BY_NAME,
}


def read_lines(path):
    with open(path) as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def variables(samples, kind):
    """The variables of each request of a rotating query, from the generated samples."""
    if kind == "delegations":
        return [{"id": i} for i in read_lines(os.path.join(samples, "delegations.txt"))]
    if kind == "persons":
        return [{"id": i} for i in read_lines(os.path.join(samples, "persons.txt"))]
    if kind == "search":
        return [{"text": w} for w in read_lines(os.path.join(samples, "search.txt"))]
    if kind == "paths":
        return [dict(zip(("from", "to"), line.split("\t"))) for line in read_lines(os.path.join(samples, "paths.txt"))]
    return [None]


def bodies(samples, out):
    os.makedirs(out, exist_ok=True)
    for name, (_, query, kind) in QUERIES.items():
        write_bodies(os.path.join(out, name + ".bodies"), query, variables(samples, kind))
        if name in THEIRS:
            write_bodies(os.path.join(out, "theirs-" + name + ".bodies"), THEIRS[name], variables(samples, kind))


def write_bodies(path, query, variable_sets):
    with open(path, "w") as f:
        for v in variable_sets:
            f.write(json.dumps({"query": query, "variables": v} if v else {"query": query}) + "\n")


LUA = r"""-- Rotates over the request bodies of %(file)s (one JSON body a line) and counts answers that carry "errors".
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {}
for line in io.lines("%(file)s") do bodies[#bodies + 1] = line end
local next_body = 0
local errors = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function request()
  next_body = next_body %% #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end
function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + (t:get("errors") or 0) end
  io.write(string.format("GraphQL errors: %%d\n", total))
end
"""


def check(path):
    try:
        with open(path) as f:
            answer = json.load(f)
    except (OSError, ValueError) as e:
        print(f"not JSON: {e}")
        return 1
    if "errors" in answer:
        print("errors: " + "; ".join(str(e.get("message", e))[:200] for e in answer["errors"])[:600])
        return 1
    if not answer.get("data") or all(v in (None, []) for v in answer["data"].values()):
        print("empty data: " + json.dumps(answer)[:200])
        return 1
    return 0


def server_rows(name, data):
    """The server's answer shaped as the driver's rows (one value a row)."""
    if name in ("Q1",):
        return data["persons"]
    if name in ("Q2", "Q3"):
        return data["states"]
    if name == "Q4":
        return data["talks"]
    if name == "Q5":
        return data["delegations"]
    if name == "Q6":
        return data["search"]
    if name == "Q7":
        return data["path"]
    if name == "Q8":
        return [data["entity"]]
    if name == "Q9":
        return [data["statesConnection"]]
    if name in ("Q10", "Q10s"):
        return data["statementsAggregate"]["groups"]
    raise KeyError(name)


def in_order(name):
    """Q2 before Q10, and Q10 before Q10s."""
    number, suffix = re.match(r"Q(\d+)(.*)", name).groups()
    return int(number), suffix


def normalise(value):
    """Cursors are opaque (the server encodes them), scores are floats, a null field the query did not ask is gone."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if k not in ("cursor", "endCursor") and
                not (k == "roles" and v is None)}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


def same(server_file, driver_file, name):
    with open(server_file) as f:
        server = normalise(server_rows(name, json.load(f)["data"]))
    with open(driver_file) as f:
        driver = json.load(f)
    if isinstance(driver, dict) and "error" in driver:
        print("the Cypher failed: " + driver["error"][:300])
        return
    driver = normalise(driver)
    if server == driver:
        print("same answer")
    elif sorted(map(canonical, server)) == sorted(map(canonical, driver)):
        print("same rows, other order")
    else:
        print(f"DIFFERENT ({len(server)} rows vs {len(driver)}): first difference at {first_difference(server, driver)}")


def canonical(value):
    return json.dumps(sort_deep(value), sort_keys=True)


def sort_deep(value):
    if isinstance(value, dict):
        return {k: sort_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((sort_deep(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def first_difference(a, b, path="$"):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
    return f"{path}: server {json.dumps(a)[:120]} / driver {json.dumps(b)[:120]}"


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wrk(path):
    with open(path) as f:
        text = f.read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    pct = {p: re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s|m)\b" % p, text, re.M) for p in ("50", "99")}
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    gql = re.search(r"GraphQL errors: (\d+)", text)
    requests = re.search(r"(\d+) requests in", text)
    ms = lambda m: "%.2f" % (float(m.group(1)) * UNITS[m.group(2)]) if m else "nan"
    print("\t".join([rps.group(1) if rps else "0", ms(pct["50"]), ms(pct["99"]), non2xx.group(1) if non2xx else "0",
                     str(sum(map(int, socket.groups()))) if socket else "0", gql.group(1) if gql else "0",
                     requests.group(1) if requests else "0"]))


def fmt(x, digits=0):
    try:
        v = float(x)
    except (TypeError, ValueError):
        return "-"
    if v != v:
        return "-"
    return f"{v:,.{digits}f}"


def read_meta(meta_path):
    meta = {}
    with open(meta_path) as f:
        for line in f:
            if "\t" in line:
                k, v = line.rstrip("\n").split("\t", 1)
                meta[k] = v
    return meta


def read_results(results_path):
    rows, compare = {}, []
    with open(results_path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] in ("server", "driver"):
                rows.setdefault((parts[1], int(parts[2])), {})[parts[0]] = parts[3:]
            elif parts[0] == "compare":
                compare.append(parts[1:])
    return rows, compare


def header(meta):
    return [f"- server: `{meta.get('app', '')}`, {meta.get('commit', '')}; JVM options: "
            f"`{meta.get('java_opts') or '(none)'}`; max heap {meta.get('max_heap', '?')}; "
            f"server options `{meta.get('server_opts', '')}`",
            f"- machine: {meta.get('machine', '')}",
            f"- start-up (launch to first answer, seed loaded): {fmt(meta.get('startup_ms'))} ms",
            f"- generation through POST /bundles: {meta.get('import_summary', '')}",
            f"- graph: {meta.get('graph', '')}",
            f"- indexes: {meta.get('indexes', '')}"]


def import_report(meta_path):
    """The import-only run's figures, to append to a report."""
    meta = read_meta(meta_path)
    print("\n".join([f"## Import only ({meta.get('date', '')})", ""] + header(meta) +
                     [f"- server memory after the import: VmRSS {meta.get('rss_after', '?')} MiB, VmHWM (peak) "
                      f"{meta.get('hwm_after', '?')} MiB", ""]))


def compare_report(results_path, meta_path):
    """The side-by-side of a --compare-only run, to append to a report."""
    meta = read_meta(meta_path)
    _, compare = read_results(results_path)
    print("\n".join(["", f"## Separate run of compare.sh ({meta.get('date', '')})", ""] + header(meta) + [""] +
                     compare_section(compare, meta)))


def report(results_path, meta_path, out):
    """results: TSV lines `server|driver Q c rps p50 p99 ...` and `compare Q round ours|theirs rps p50 p99 ...`;
    meta: `key<TAB>value` lines."""
    meta = read_meta(meta_path)
    rows, compare = read_results(results_path)
    lines = [f"# Query mix on the large graph ({meta.get('date', '')})", ""]
    lines += header(meta) + [
        f"- load: wrk -t1, {meta.get('duration', '?')} s per query and concurrency after "
        f"{meta.get('warmup', '?')} s of warm-up; the driver columns run the hand-written Cypher "
        f"(src/bench/java/DriverBench.java) with a fixed pool of C threads, one executableQuery (READ) "
        f"per request, against the same embedded Neo4j",
        f"- server memory after the HTTP load: VmRSS {meta.get('rss_after', '?')} MiB, VmHWM (peak) "
        f"{meta.get('hwm_after', '?')} MiB",
        ""]
    if meta.get("note"):
        lines += [f"**{meta['note']}**", ""]
    lines += ["| query | C | server req/s | p50 ms | p99 ms | driver req/s | p50 ms | p99 ms | server/driver | "
              "errors | sample answer |",
              "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"]
    for (q, c) in sorted(rows, key=lambda k: (in_order(k[0]), k[1])):
        s, d = rows[(q, c)].get("server"), rows[(q, c)].get("driver")
        title = QUERIES[q][0] if q in QUERIES else q
        check_note = meta.get(f"check_{q}", "")
        ratio = "-"
        if s and d and float(d[0]) > 0 and float(s[0]) > 0:
            ratio = f"{float(s[0]) / float(d[0]):.2f}"
        server_cells = [fmt(s[0], 1), fmt(s[1], 1), fmt(s[2], 1)] if s else ["-"] * 3
        driver_cells = [fmt(d[0], 1), fmt(d[1], 1), fmt(d[2], 1)] if d else ["-"] * 3
        errors = f"{errors_cell(s) if s else '-'} / {d[3] if d else '-'}"
        lines.append(f"| {q} {title} | {c} | " + " | ".join(server_cells + driver_cells + [ratio, errors, check_note])
                     + " |")
    lines += ["", "errors: server (non-2xx responses + socket errors and timeouts + 200 answers carrying `errors`, "
              "counted by wrk) / driver (exceptions). sample answer: the first request's answer has data and no "
              "`errors`, and whether it equals the driver's answer to the same question.", ""]
    if compare:
        lines += compare_section(compare, meta)
    text = "\n".join(lines) + "\n"
    with open(out, "w") as f:
        f.write(text)


def errors_cell(s):
    # s: rps p50 p99 non2xx socket gql requests [driver_errors]
    try:
        return str(int(s[3]) + int(s[4]) + int(s[5]))
    except (IndexError, ValueError):
        return s[3] if len(s) > 3 else "-"


def compare_section(compare, meta):
    """compare lines: Q round ours|theirs rps p50 p99 non2xx socket gql requests."""
    by = {}
    for q, rnd, who, *vals in compare:
        by.setdefault(q, {}).setdefault(who, []).append([float(v) for v in vals[:6]])
    lines = [f"## Accord Graph vs @neo4j/graphql {meta.get('neo4j_graphql_version', '7')}, concurrency "
             f"{meta.get('compare_concurrency', '16')}", "",
             f"Same Neo4j, same data; each query run ours, theirs, ours, theirs ({meta.get('duration', '?')} s each, "
             f"after {meta.get('warmup', '?')} s of warm-up each), the figures the mean of the two rounds. Their "
             "server: Apollo Server 4 standalone on Node " + meta.get("node_version", "") +
             " (one process), type definitions in src/bench/neo4j-graphql/server.mjs. Queries in their dialect: "
             "`limit` and `sort: [{name: ASC}, {id: ASC}]` on every list, `where: {id: {eq: $id}}`. Our server's "
             f"memory at the end: VmRSS {meta.get('rss_end', '?')} MiB, VmHWM {meta.get('hwm_end', '?')} MiB.", "",
             "| query | ours req/s | p50 ms | p99 ms | errors | theirs req/s | p50 ms | p99 ms | errors | ours/theirs | answers |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"]
    for q in sorted(by, key=in_order):
        cells = []
        means = {}
        for who in ("ours", "theirs"):
            runs = by[q].get(who, [])
            if not runs:
                cells += ["-"] * 4
                continue
            mean = [sum(r[i] for r in runs) / len(runs) for i in range(3)]
            errs = sum(r[3] + r[4] + r[5] for r in runs)
            means[who] = mean[0]
            cells += [fmt(mean[0], 1), fmt(mean[1], 1), fmt(mean[2], 1), str(int(errs))]
        ratio = f"{means['ours'] / means['theirs']:.2f}" if means.get("ours") and means.get("theirs") else "-"
        lines.append(f"| {q} {QUERIES[q][0]} | " + " | ".join(cells) + f" | {ratio} | {meta.get('cmp_check_' + q, '')} |")
    return lines + [""]


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "bodies":
        bodies(*args)
    elif cmd == "lua":
        print(LUA % {"file": args[0]})
    elif cmd == "check":
        sys.exit(check(args[0]))
    elif cmd == "same":
        same(*args)
    elif cmd == "wrk":
        wrk(args[0])
    elif cmd == "report":
        report(*args)
    elif cmd == "compare-report":
        compare_report(*args)
    elif cmd == "import-report":
        import_report(*args)
    elif cmd == "query":
        print(THEIRS[args[1]] if args[0] == "theirs" else QUERIES[args[1]][1])
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
