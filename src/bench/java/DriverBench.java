import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * The benchmark's baseline: the hand-written Cypher that answers each question of the query mix in one statement,
 * run through the Neo4j Java driver against the server's own embedded Neo4j. Compiled and started by
 * src/bench/bench.sh with javac/java against the driver jars the benchmarked app ships (no Maven module).
 *
 * <pre>
 * java -cp CLASSPATH DriverBench bench BOLT_URI SAMPLES_DIR "Q1 Q2 ..." "1 16" SECONDS WARMUP_SECONDS OUT_TSV
 * java -cp CLASSPATH DriverBench dump  BOLT_URI SAMPLES_DIR "Q1 Q2 ..." OUT_DIR   (each query's first answer as JSON)
 * java -cp CLASSPATH DriverBench info  BOLT_URI                                  (node, relationship and index counts)
 * java -cp CLASSPATH DriverBench exec  BOLT_URI CYPHER                            (a write, e.g. an index)
 * </pre>
 *
 * bench: for each query and concurrency C, C threads loop for WARMUP seconds (not recorded), then for SECONDS
 * seconds; each request is one {@code executableQuery} with READ routing (as the server's reads), its rows read
 * whole. The parameters rotate over the samples (the same ids the wrk scripts use). Writes one TSV line per run:
 * driver, query, concurrency, req/s, p50 ms, p99 ms, errors, requests.
 */
public final class DriverBench {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    /** Nested lists as the API orders them: by name (its lower-cased key), then id; each subquery sorts its own rows. */
    private static final String STATES_DELEGATIONS_MEMBERS = """
            MATCH (s:State) WHERE s.name IS NOT NULL AND s.id IS NOT NULL
            WITH s ORDER BY s.name, s.id LIMIT $first
            RETURN s {.name, delegations: COLLECT {
                MATCH (s)<-[:REPRESENTS]-(d:Delegation) WITH d ORDER BY d.name, d.id
                RETURN d {.name, members: COLLECT {
                    MATCH (d)<-[:MEMBER_OF]-(p:Person) WITH p ORDER BY p.name, p.id RETURN p {.name} }} }} AS state
            """;

    private static final String TALKS_TREE = """
            MATCH (t:Talks) WHERE t.name IS NOT NULL AND t.id IS NOT NULL
            WITH t ORDER BY t.name, t.id LIMIT $first
            RETURN t {.name, .location, .startDate, delegations: COLLECT {
                MATCH (t)<-[:PARTICIPATES_IN]-(d:Delegation) WITH d ORDER BY d.name, d.id
                RETURN d {.name,
                    state: COLLECT { MATCH (d)-[:REPRESENTS]->(st:State) WITH st ORDER BY st.name, st.id
                                     RETURN st {.name} LIMIT 1 }[0],
                    members: COLLECT {
                        MATCH (d)<-[:MEMBER_OF]-(p:Person) WITH p ORDER BY p.name, p.id
                        RETURN p {.name, memberOf: COLLECT {
                            MATCH (p)-[:MEMBER_OF]->(o:Delegation) WITH o ORDER BY o.name, o.id
                            RETURN o {.name} }} }} }} AS talks
            """;

    private static final String DELEGATION_BY_ID = """
            MATCH (d:Delegation {id: $id})
            RETURN d {.id, .name,
                state: COLLECT { MATCH (d)-[:REPRESENTS]->(s:State) WITH s ORDER BY s.name, s.id
                                 RETURN s {.name} LIMIT 1 }[0],
                head: COLLECT { MATCH (d)<-[:HEADS]-(h:Person) WITH h ORDER BY h.name, h.id
                                RETURN h {.name} LIMIT 1 }[0],
                members: COLLECT { MATCH (d)<-[:MEMBER_OF]-(p:Person) WITH p ORDER BY p.name, p.id
                                   RETURN p {.name} }} AS delegation
            """;

    // The server's search: the full-text index, best score first, ties by id.
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
            WITH node, score ORDER BY score DESC, node.id LIMIT $first
            RETURN {score: score, entity: {__typename: [l IN labels(node) WHERE l <> 'Entity'][0],
                                           id: node.id, name: node.name}} AS hit
            """;

    // Provenance links (REPORTED_BY) are no step of a path; a fact's sources are the ids it lists.
    private static final String PATH = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..4]-(b))
            WHERE none(r IN relationships(p) WHERE type(r) = 'REPORTED_BY')
            WITH p LIMIT 20
            RETURN {length: length(p), facts: [r IN relationships(p) | {
                subject: {name: startNode(r).name}, predicate: type(r), object: {name: endNode(r).name},
                sources: COLLECT { MATCH (src:Source) WHERE src.id IN r.sources WITH src ORDER BY src.id
                                   RETURN src {.name} }}]} AS path
            """;

    // Facts as the server orders them: dated ones first, newest first, then by predicate and the other end's name.
    private static final String ENTITY = """
            MATCH (n:Entity {id: $id})
            RETURN n {__typename: [l IN labels(n) WHERE l <> 'Entity'][0], .id, .name,
                roles: CASE WHEN n:Person THEN COLLECT {
                    MATCH (n)-[r:SERVES]->(s:State) WITH r, s ORDER BY s.name, s.id
                    RETURN {title: r.title, state: s {.name}} } END,
                facts: COLLECT {
                    MATCH (n)-[r]-(o:Entity) WHERE type(r) <> 'REPORTED_BY'
                    WITH r, o ORDER BY r.since IS NULL, r.since DESC, type(r), o.name
                    RETURN {subject: {name: startNode(r).name}, predicate: type(r), object: {name: endNode(r).name},
                            since: r.since, until: r.until,
                            sources: COLLECT { MATCH (src:Source) WHERE src.id IN r.sources WITH src ORDER BY src.id
                                               RETURN src {.name} }} }} AS entity
            """;

    // A keyset page: one row more than asked tells whether there is a next page; the cursor is the sort keys.
    private static final String STATES_CONNECTION = """
            MATCH (s:State) WHERE s.name IS NOT NULL AND s.id IS NOT NULL
            WITH s ORDER BY s.name, s.id LIMIT $first + 1
            WITH collect(s) AS page
            RETURN {totalCount: COUNT { (:State) },
                edges: [s IN page[..$first] | {cursor: [s.name, s.id], node: s {.name, delegations: COLLECT {
                    MATCH (s)<-[:REPRESENTS]-(d:Delegation) WITH d ORDER BY d.name, d.id
                    RETURN d {.name, members: COLLECT {
                        MATCH (d)<-[:MEMBER_OF]-(p:Person) WITH p ORDER BY p.name, p.id
                        RETURN p {.name, roles: COLLECT {
                            MATCH (p)-[r:SERVES]->(st:State) WITH r, st ORDER BY st.name, st.id
                            RETURN {title: r.title} }} }} }} }],
                pageInfo: {hasNextPage: size(page) > $first,
                           endCursor: CASE WHEN size(page) = 0 THEN null
                                      ELSE [page[..$first][-1].name, page[..$first][-1].id] END}} AS connection
            """;

    // Statements by speaker, as a Cypher developer would count them: a statement two claims link to its speaker
    // counts once; one without a speaker groups under null. Largest groups first, then by the speaker's id. A
    // statement two reports give different speakers counts under each, where the server counts it under the one its
    // speaker field shows: the answers are equal on the benchmark graph, where every statement has one speaker.
    private static final String STATEMENTS_BY_SPEAKER = """
            MATCH (s:Statement)
            OPTIONAL MATCH (p)-[:MADE]->(s)
            WITH p, count(DISTINCT s) AS c ORDER BY c DESC, p.id LIMIT $first
            RETURN {count: c, key: {speaker: p {.id, .name}}} AS group
            """;

    // The same groups as the server means them, as a Cypher developer would write that: each statement under its
    // first speaker by name, then id (what its speaker field shows).
    private static final String STATEMENTS_BY_FIRST_SPEAKER = """
            MATCH (s:Statement)
            CALL (s) { OPTIONAL MATCH (p)-[:MADE]->(s) RETURN p ORDER BY p.name, p.id LIMIT 1 }
            WITH p, count(*) AS c ORDER BY c DESC, p.id LIMIT $first
            RETURN {count: c, key: {speaker: p {.id, .name}}} AS group
            """;

    record Query(String name, String cypher, LongFunction<Map<String, Object>> parameters) {
    }

    static Map<String, Query> queries(Path samples) throws IOException {
        List<String> delegations = lines(samples.resolve("delegations.txt"));
        List<String> persons = lines(samples.resolve("persons.txt"));
        List<String> words = lines(samples.resolve("search.txt"));
        List<String[]> pairs = lines(samples.resolve("paths.txt")).stream().map(l -> l.split("\t")).toList();
        Map<String, Query> all = new LinkedHashMap<>();
        add(all, "Q1", """
                MATCH (p:Person) WHERE p.name IS NOT NULL AND p.id IS NOT NULL
                WITH p ORDER BY p.name, p.id LIMIT $first
                RETURN p {.id, .name} AS person
                """, i -> Map.of("first", 100));
        add(all, "Q2", """
                MATCH (s:State) WHERE s.name IS NOT NULL AND s.id IS NOT NULL
                WITH s ORDER BY s.name, s.id LIMIT $first
                RETURN s {.id, .name} AS state
                """, i -> Map.of("first", 5000));
        add(all, "Q3", STATES_DELEGATIONS_MEMBERS, i -> Map.of("first", 20));
        add(all, "Q4", TALKS_TREE, i -> Map.of("first", 10));
        add(all, "Q5", DELEGATION_BY_ID, i -> Map.of("id", pick(delegations, i)));
        // The words are plain letters: nothing to escape for Lucene (the server escapes its special characters).
        add(all, "Q6", SEARCH, i -> Map.of("query", pick(words, i), "first", 50));
        add(all, "Q7", PATH, i -> {
            String[] pair = pick(pairs, i);
            return Map.of("from", pair[0], "to", pair[1]);
        });
        add(all, "Q8", ENTITY, i -> Map.of("id", pick(persons, i)));
        add(all, "Q9", STATES_CONNECTION, i -> Map.of("first", 10));
        add(all, "Q10", STATEMENTS_BY_SPEAKER, i -> Map.of("first", 50));
        add(all, "Q10s", STATEMENTS_BY_FIRST_SPEAKER, i -> Map.of("first", 50));
        return all;
    }

    private static void add(Map<String, Query> all, String name, String cypher,
            LongFunction<Map<String, Object>> parameters) {
        all.put(name, new Query(name, cypher, parameters));
    }

    private static <T> T pick(List<T> list, long i) {
        return list.get((int) (i % list.size()));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    @SuppressWarnings("deprecation") // Logging: the driver's only switch for its INFO lines
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DriverBench bench|dump|info|exec BOLT_URI ... (see the class comment)");
            System.exit(2);
        }
        Config config = Config.builder().withMaxConnectionPoolSize(64).withLogging(Logging.none()).build();
        // The embedded server's generated password, which lib.sh exports after the server started.
        AuthToken auth = AuthTokens.basic("neo4j", System.getenv("NEO4J_PASSWORD"));
        try (Driver driver = GraphDatabase.driver(args[1], auth, config)) {
            driver.verifyConnectivity();
            switch (args[0]) {
                case "bench" -> bench(driver, queries(Path.of(args[2])), args[3], args[4], Integer.parseInt(args[5]),
                        Integer.parseInt(args[6]), Path.of(args[7]));
                case "dump" -> dump(driver, queries(Path.of(args[2])), args[3], Path.of(args[4]));
                case "info" -> info(driver);
                case "exec" -> driver.executableQuery(args[2]).execute();
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static void info(Driver driver) {
        long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().get(0).get(0).asLong();
        long rels = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().get(0).get(0)
                .asLong();
        // Grouped by kind and properties, e.g. "RANGE (nameKey, id): Person, State".
        Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (Record r : driver.executableQuery("SHOW INDEXES YIELD type, labelsOrTypes, properties "
                + "WHERE type <> 'LOOKUP' RETURN type, labelsOrTypes[0] AS label, properties ORDER BY label")
                .execute().records()) {
            String key = r.get("type").asString() + " (" + String.join(", ", r.get("properties").asList(
                    v -> v.asString())) + ")";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r.get("label").asString());
        }
        List<String> indexes = groups.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
        System.out.println("nodes\t" + nodes);
        System.out.println("relationships\t" + rels);
        System.out.println("indexes\t" + String.join("; ", indexes));
    }

    private static void dump(Driver driver, Map<String, Query> all, String names, Path out) throws IOException {
        Files.createDirectories(out);
        for (String name : words(names)) {
            Query q = query(all, name);
            StringBuilder json = new StringBuilder();
            try {
                List<Object> rows = new ArrayList<>();
                for (Record r : run(driver, q, 0)) {
                    rows.add(r.get(0).asObject());
                }
                json(rows, json);
            } catch (RuntimeException e) {
                System.err.println(name + ": " + e);
                json.setLength(0);
                json(Map.of("error", String.valueOf(e)), json);
            }
            Files.writeString(out.resolve(name + ".json"), json.append('\n'));
        }
    }

    private static Query query(Map<String, Query> all, String name) {
        Query q = all.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no query " + name + "; known: " + all.keySet());
        }
        return q;
    }

    private static List<Record> run(Driver driver, Query q, long i) {
        return driver.executableQuery(q.cypher()).withParameters(q.parameters().apply(i)).withConfig(READ).execute()
                .records();
    }

    private static void bench(Driver driver, Map<String, Query> all, String names, String concurrencies,
            int seconds, int warmup, Path out) throws Exception {
        try (PrintStream tsv = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            for (String name : words(names)) {
                Query q = query(all, name);
                try {
                    run(driver, q, 0);
                } catch (RuntimeException e) {
                    System.err.println(name + " not loaded: " + e);
                    for (String c : words(concurrencies)) {
                        tsv.printf("driver\t%s\t%s\t0\tnan\tnan\t1\t0%n", name, c);
                    }
                    continue;
                }
                for (String c : words(concurrencies)) {
                    int clients = Integer.parseInt(c);
                    if (warmup > 0) {
                        load(driver, q, clients, warmup);
                    }
                    Result r = load(driver, q, clients, seconds);
                    String line = String.format(Locale.ROOT, "driver\t%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t%d", name, clients,
                            r.requests() / (double) seconds, r.p50(), r.p99(), r.errors(), r.requests());
                    tsv.println(line);
                    System.out.println(line);
                }
            }
        }
    }

    record Result(long requests, long errors, double p50, double p99) {
    }

    /** C workers loop until the deadline, each request timed; the parameters rotate over the samples. */
    private static Result load(Driver driver, Query q, int clients, int seconds) throws Exception {
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> workers = new ArrayList<>();
        long[] errors = new long[clients];
        for (int w = 0; w < clients; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        run(driver, q, next.getAndIncrement());
                    } catch (RuntimeException e) {
                        if (errors[worker]++ == 0) {
                            System.err.println(q.name() + ": " + e);
                        }
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : workers) {
            long[] part = f.get();
            int from = all.length;
            all = Arrays.copyOf(all, from + part.length);
            System.arraycopy(part, 0, all, from, part.length);
        }
        pool.shutdown();
        Arrays.sort(all);
        return new Result(all.length, Arrays.stream(errors).sum(), percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Enough JSON for the values the queries return: maps, lists, text, numbers, booleans, dates, null. */
    private static void json(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                json(String.valueOf(e.getKey()), out);
                out.append(':');
                json(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
