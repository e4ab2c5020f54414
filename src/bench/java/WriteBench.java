import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Write throughput of the server against hand-written Cypher, and the mixed load check. Compiled and started by
 * src/bench/write-lib.sh (javac/java against the jars the benchmarked app ships: the Neo4j driver and Jackson; no
 * Maven module), for src/bench/writes.sh, load.sh and import.sh.
 *
 * <pre>
 * WriteBench setup   BASE TOKEN PREFIX COUNT                     POST /bundles: COUNT delegations PREFIX-d-0.. citing PREFIX-setup
 * WriteBench server  BASE TOKEN PREFIX CLIENTS SECONDS WARMUP OUT  the write mutation over HTTP (one TSV line to OUT)
 * WriteBench driver  BOLT TOKEN PREFIX CLIENTS SECONDS WARMUP OUT  the same facts as one Cypher statement
 * WriteBench mixed   BASE TOKEN PREFIX CLIENTS SECONDS DELEGATIONS TIMEOUT WARMUP   80 % reads, 20 % writes, read-back
 * WriteBench import  BOLT TOKEN BUNDLE [ROWS]                     a fact bundle as UNWIND ... MERGE, one transaction
 * WriteBench shape   BOLT PERSON_ID                               what a write left around one person, ids abstracted
 * WriteBench persons BOLT                                         how many persons the graph holds
 * WriteBench drop-indexes BOLT                                    drops every index no constraint owns (LOOKUP kept)
 * WriteBench indexes BOLT                                         the names of those indexes, one a line
 * </pre>
 *
 * TOKEN is the editor token's file (data/editor.token); when it does not exist, requests go without one and the
 * Cypher records {@code anonymous} as the writer, as the server does with auth off. For BOLT, the password of the
 * user neo4j comes from the environment variable NEO4J_PASSWORD (lib.sh exports it).
 *
 * <p>
 * server and driver: CLIENTS threads, each with one request in flight, loop through a warm-up (not recorded: until
 * the rate settles, at most WARMUP seconds, see {@link #load}) and then SECONDS seconds. Each request creates a new
 * person citing a new source of its own and makes it a member of the client's own delegation PREFIX-d-CLIENT (made
 * by setup): over HTTP one GraphQL document with {@code upsertPerson} and {@code link}; through the driver
 * {@link #WRITE}. The TSV line: name, clients, seconds,
 * requests, acknowledged, errors, writes/s, p50 ms, p99 ms, max ms, acknowledged including the warm-up, error kinds,
 * the warm-up (its length and the rate of each of its windows).
 * Latencies are those of the requests started in the measured window, failed ones included.
 *
 * <p>
 * mixed: CLIENTS threads for SECONDS; each request is a nested read ({@link #READ}) or, one time in five, the write
 * above joining one of DELEGATIONS shared delegations (PREFIX-d-0.., made first). During the warm-up the writes join
 * as many working groups instead (PREFIX-wg-0..), which the read does not list: it costs more the more members each
 * delegation has (its members are sorted by name to return 20), and a warm-up of minutes would otherwise measure
 * delegations many times larger than a run of SECONDS makes. HTTP timeout TIMEOUT seconds.
 * Prints reads and writes apart (count, p50, p99, max), errors by kind, then reads back every acknowledged write
 * (the person exists and is a member of its delegation); exits 1 on any error or anything missing.
 */
public final class WriteBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHED_AT = "2026-03-02";

    /** The document of one write: a person with a new source of its own, made a member of a delegation. */
    static final String MUTATION = """
            mutation WriteBench($person: PersonInput!, $member: LinkInput!) {
              upsertPerson(input: $person) { id }
              link(input: $member) { predicate }
            }""";

    /**
     * The same facts as one hand-written statement, and the same graph as the server writes (README "Claims"; checked
     * by writes.sh with {@code shape}): the source and the person with their derived sort keys (nameKey, and the
     * source's dateKey: its date as text), the person's REPORTED_BY to its source carrying what that source says of
     * it (its name) and who recorded it when, and the MEMBER_OF claim: claim key '' (no qualifiers), the sources
     * that state it, recordedAt and recordedBy. MERGE throughout, so that it is idempotent as the server's write.
     */
    static final String WRITE = """
            MERGE (s:Source:Entity {id: $source})
            SET s.name = $sourceName, s.publishedAt = $publishedAt,
                s.nameKey = toLower($sourceName), s.dateKey = coalesce(toString($publishedAt), '')
            MERGE (p:Person:Entity {id: $id})
            SET p.name = $name, p.nameKey = toLower($name)
            MERGE (p)-[said:REPORTED_BY]->(s)
              ON CREATE SET said.recordedAt = datetime(), said.recordedBy = $recordedBy
            SET said.name = $name
            WITH p
            MATCH (d:Delegation:Entity {id: $delegation})
            MERGE (p)-[r:MEMBER_OF {claim: ''}]->(d)
              ON CREATE SET r.recordedAt = datetime(), r.recordedBy = $recordedBy
            SET r.sources = CASE WHEN $source IN coalesce(r.sources, []) THEN r.sources
                                 ELSE coalesce(r.sources, []) + $source END
            RETURN p.id AS id""";

    static final String READ = "query MixedRead { delegations { name head { name } "
            + "members(first: 20) { name roles { title } } sources { name } } }";
    static final String READ_BACK = "query MixedReadBack($ids: [ID!]) { persons(where: {id: {in: $ids}}, first: "
            + "200) { id memberOf(first: 100) { id } workingGroups(first: 100) { id } } }";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WriteBench setup|server|floor|driver|mixed|import|shape|persons|drop-indexes|indexes "
                    + "... (see the class comment)");
            System.exit(2);
        }
        int status = switch (args[0]) {
            case "setup" -> setup(URI.create(args[1]), token(args[2]), args[3], Integer.parseInt(args[4]), 0);
            case "server" -> serverLoad(URI.create(args[1]), token(args[2]), args[3], Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
            case "floor" -> floorLoad(URI.create(args[1]), token(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
            case "driver" -> withDriver(args[1], Math.max(64, Integer.parseInt(args[4]) + 8), driver -> driverLoad(
                    driver, subject(token(args[2])), args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Path.of(args[7])));
            case "mixed" -> mixed(URI.create(args[1]), token(args[2]), args[3], Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]),
                    Integer.parseInt(args[8]));
            case "import" -> withDriver(args[1], 8, driver -> importBundle(driver, subject(token(args[2])),
                    Path.of(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 10_000));
            case "shape" -> withDriver(args[1], 8, driver -> shape(driver, args[2]));
            case "persons" -> withDriver(args[1], 8, driver -> {
                System.out.println(driver.executableQuery("MATCH (p:Person) RETURN count(p)").execute().records()
                        .get(0).get(0).asLong());
                return 0;
            });
            case "drop-indexes" -> withDriver(args[1], 8, WriteBench::dropIndexes);
            case "indexes" -> withDriver(args[1], 8, driver -> {
                unownedIndexes(driver).forEach(System.out::println);
                return 0;
            });
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        System.exit(status);
    }

    // --- shared -------------------------------------------------------------------------------------------------

    interface DriverWork {
        int run(Driver driver) throws Exception;
    }

    @SuppressWarnings("deprecation") // Logging: the driver's only switch for its INFO lines
    private static int withDriver(String uri, int pool, DriverWork work) throws Exception {
        Config config = Config.builder().withMaxConnectionPoolSize(pool).withLogging(Logging.none()).build();
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", System.getenv("NEO4J_PASSWORD")),
                config)) {
            driver.verifyConnectivity();
            return work.run(driver);
        }
    }

    /** The editor token in the file, or null when there is none (writes then go without one). */
    private static String token(String file) throws IOException {
        Path path = Path.of(file);
        return Files.isRegularFile(path) ? Files.readString(path).trim() : null;
    }

    /** Who the server records as the writer: the token's subject, or anonymous without a token. */
    private static String subject(String token) throws IOException {
        if (token == null) {
            return "anonymous";
        }
        String[] parts = token.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return claims.path("sub").asText("anonymous");
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** How one request ended: {@code kind} is null when it succeeded, else what went wrong. */
    record Outcome(String kind, JsonNode body, long nanos) {
        boolean ok() {
            return kind == null;
        }
    }

    /** POSTs JSON; the outcome's kind is the HTTP status, the first error's extensions.code, or timeout. */
    private static Outcome post(URI uri, String token, Object body, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            JsonNode parsed = null;
            try {
                parsed = JSON.readTree(response.body());
            } catch (IOException e) {
                // not JSON: the status says what happened
            }
            if (response.statusCode() != 200) {
                String code = parsed == null ? "" : firstCode(parsed);
                return new Outcome("HTTP " + response.statusCode() + (code.isEmpty() ? "" : " " + code), parsed, took);
            }
            if (parsed == null) {
                return new Outcome("HTTP 200 not JSON", null, took);
            }
            if (parsed.has("errors") && !parsed.get("errors").isEmpty()) {
                String code = firstCode(parsed);
                return new Outcome("GraphQL " + (code.isEmpty() ? "error without code" : code), parsed, took);
            }
            return new Outcome(null, parsed, took);
        } catch (HttpTimeoutException e) {
            return new Outcome("timeout", null, System.nanoTime() - start);
        } catch (IOException e) {
            return new Outcome("transport " + e.getClass().getSimpleName(), null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", null, System.nanoTime() - start);
        }
    }

    private static String firstCode(JsonNode body) {
        for (JsonNode error : body.path("errors")) {
            String code = error.path("extensions").path("code").asText("");
            if (!code.isEmpty()) {
                return code;
            }
        }
        return body.path("code").asText("");
    }

    private static Map<String, Object> graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return body;
    }

    /** The variables of write {@code n} of client {@code client}: ids unique per request. */
    private static Map<String, Object> writeVariables(String prefix, int client, long n, String delegation) {
        String person = prefix + "-p-" + client + "-" + n;
        String source = prefix + "-s-" + client + "-" + n;
        Map<String, Object> newSource = new LinkedHashMap<>();
        newSource.put("id", source);
        newSource.put("name", "Write report " + client + " " + n);
        newSource.put("publishedAt", PUBLISHED_AT);
        Map<String, Object> personInput = new LinkedHashMap<>();
        personInput.put("id", person);
        personInput.put("name", "Write Person " + client + " " + n);
        personInput.put("newSources", List.of(newSource));
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("type", "MEMBER_OF");
        member.put("from", person);
        member.put("to", delegation);
        member.put("sources", List.of(source));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("person", personInput);
        variables.put("member", member);
        return variables;
    }

    /** A write's answer names the person and the fact, or it was not what was asked. */
    private static Outcome checkWrite(Outcome outcome, String person) {
        if (!outcome.ok()) {
            return outcome;
        }
        JsonNode data = outcome.body().path("data");
        if (!person.equals(data.path("upsertPerson").path("id").asText())
                || !"MEMBER_OF".equals(data.path("link").path("predicate").asText())) {
            return new Outcome("unexpected answer", outcome.body(), outcome.nanos());
        }
        return outcome;
    }

    // --- setup --------------------------------------------------------------------------------------------------

    /** Makes COUNT delegations PREFIX-d-0.. and GROUPS working groups PREFIX-wg-0.., citing PREFIX-setup. */
    private static int setup(URI base, String token, String prefix, int count, int groups) {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities.add(Map.of("type", "Delegation", "id", prefix + "-d-" + i, "name", "Write delegation " + i,
                    "sources", List.of(prefix + "-setup")));
        }
        for (int i = 0; i < groups; i++) {
            entities.add(Map.of("type", "WorkingGroup", "id", prefix + "-wg-" + i, "name", "Warm-up group " + i,
                    "sources", List.of(prefix + "-setup")));
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", "accord-graph/fact-bundle@1");
        bundle.put("sources", List.of(Map.of("id", prefix + "-setup", "name", "Write benchmark setup",
                "publishedAt", "2026-03-01")));
        bundle.put("entities", entities);
        bundle.put("relationships", List.of());
        Outcome outcome = post(base.resolve("/bundles"), token, bundle, Duration.ofSeconds(60));
        if (!outcome.ok()) {
            System.err.println("setup of " + count + " delegations failed: " + outcome.kind() + " " + outcome.body());
            return 1;
        }
        return 0;
    }

    // --- the load loop ------------------------------------------------------------------------------------------

    interface Request {
        /**
         * Request {@code n} of {@code client}, {@code measured} once the warm-up is over; a kind says what it was
         * (reads and writes are counted apart).
         */
        Outcome run(int client, long n, boolean measured) throws Exception;
    }

    /** What a run measured: latencies of the requests started in the measured window, by kind of request. */
    static final class Stats {
        final Map<String, long[]> latencies = new ConcurrentHashMap<>();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final LongAdder acknowledgedAll = new LongAdder();
        long requests;
        long failed;
        double seconds;
        String warmup;
        // CPU time the server process (SERVER_PID) spent in the measured window, user and system; -1: not known.
        long serverCpuNanos = -1;
    }

    // The warm-up is watched in windows of this length; it ends when the rate of three windows in a row has settled.
    private static final long WARMUP_WINDOW_NANOS = 30_000_000_000L;
    private static final double SETTLED = 0.05;

    /**
     * Waits while the load warms the server up, until its rate has settled or {@code most} seconds have passed;
     * says how long that took and the rate of each window, e.g. {@code 150 s: 57.3 99.1 121.0 123.6 125.2/s}, or
     * {@code none}.
     */
    private static String warmUp(int most, LongAdder acknowledged) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + most * 1_000_000_000L;
        List<Double> rates = new ArrayList<>();
        long before = acknowledged.sum();
        long windowStart = start;
        while (System.nanoTime() < end && !settled(rates)) {
            Thread.sleep(Math.max(1, Math.min(WARMUP_WINDOW_NANOS, end - System.nanoTime()) / 1_000_000));
            long now = acknowledged.sum();
            long windowEnd = System.nanoTime();
            rates.add((now - before) * 1e9 / (windowEnd - windowStart));
            before = now;
            windowStart = windowEnd;
            System.err.printf(Locale.ROOT, "  warm-up window %d: %.1f/s%n", rates.size(), rates.get(rates.size() - 1));
        }
        if (rates.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "%d s:%s/s", (System.nanoTime() - start) / 1_000_000_000L,
                rates.stream().map(r -> String.format(Locale.ROOT, " %.1f", r)).collect(Collectors.joining()));
    }

    private static boolean settled(List<Double> rates) {
        int n = rates.size();
        return n >= 3 && close(rates.get(n - 3), rates.get(n - 2)) && close(rates.get(n - 2), rates.get(n - 1));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= SETTLED * Math.max(a, b);
    }

    /**
     * CLIENTS threads, one request in flight each: a warm-up (not recorded), then SECONDS seconds measured;
     * {@code kindOf} names the kind of request n of a client (for the mixed load: read or write), {@code request}
     * runs it. On 2 cores the JIT keeps compiling the server's write path for minutes under this load (the server's
     * writes/s rose from 57 to 215 over five minutes, with the compiler threads at a third of a core), so a fixed
     * short warm-up measures the compiler: the warm-up lasts until the rate of the last three 30-s windows differs
     * by less than 5 % from one window to the next, and at most WARMUP seconds (0: none).
     */
    private static Stats load(int clients, int seconds, int warmup, java.util.function.BiFunction<Integer, Long,
            String> kindOf, Request request) throws Exception {
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong until = new AtomicLong(Long.MAX_VALUE);
        Stats stats = new Stats();
        stats.seconds = seconds;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, long[]>>> workers = new ArrayList<>();
        LongAdder requests = new LongAdder();
        LongAdder failed = new LongAdder();
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                Map<String, long[]> mine = new HashMap<>();
                Map<String, Integer> counts = new HashMap<>();
                long n = 0;
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= until.get()) {
                        break;
                    }
                    n++;
                    String kind = kindOf.apply(client, n);
                    boolean measured = begin >= measureFrom.get();
                    Outcome outcome;
                    try {
                        outcome = request.run(client, n, measured);
                    } catch (Exception e) {
                        outcome = new Outcome(describe(e), null, System.nanoTime() - begin);
                    }
                    if (outcome.ok()) {
                        stats.acknowledgedAll.increment();
                    }
                    if (!measured) {
                        continue;
                    }
                    requests.increment();
                    if (!outcome.ok()) {
                        failed.increment();
                        LongAdder first = new LongAdder();
                        LongAdder seen = stats.errors.putIfAbsent(kind + ": " + outcome.kind(), first);
                        if (seen == null) { // the first of its kind: shown once, with the answer
                            seen = first;
                            System.err.println(kind + " failed: " + outcome.kind() + (outcome.body() == null ? ""
                                    : " " + abbreviate(outcome.body().toString())));
                        }
                        seen.increment();
                    }
                    long[] list = mine.computeIfAbsent(kind, k -> new long[1024]);
                    int count = counts.getOrDefault(kind, 0);
                    if (count == list.length) {
                        list = Arrays.copyOf(list, count * 2);
                        mine.put(kind, list);
                    }
                    list[count] = outcome.nanos();
                    counts.put(kind, count + 1);
                }
                Map<String, long[]> trimmed = new HashMap<>();
                mine.forEach((k, v) -> trimmed.put(k, Arrays.copyOf(v, counts.get(k))));
                return trimmed;
            }));
        }
        stats.warmup = warmUp(warmup, stats.acknowledgedAll);
        long cpuBefore = serverCpuNanos();
        long measured = System.nanoTime();
        measureFrom.set(measured);
        until.set(measured + seconds * 1_000_000_000L);
        for (Future<Map<String, long[]>> f : workers) {
            f.get().forEach((kind, part) -> stats.latencies.merge(kind, part, (a, b) -> {
                long[] all = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, all, a.length, b.length);
                return all;
            }));
        }
        long cpuAfter = serverCpuNanos();
        if (cpuBefore >= 0 && cpuAfter >= 0) {
            stats.serverCpuNanos = cpuAfter - cpuBefore;
        }
        pool.shutdown();
        stats.latencies.values().forEach(Arrays::sort);
        stats.requests = requests.sum();
        stats.failed = failed.sum();
        return stats;
    }

    /**
     * The CPU time the process of the environment's SERVER_PID has used so far (the server under load, whose share
     * of the 2 cores does not depend on what the load generator beside it takes); -1 without one.
     */
    private static long serverCpuNanos() {
        String pid = System.getenv("SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        return ProcessHandle.of(Long.parseLong(pid.trim())).flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toNanos).orElse(-1L);
    }

    private static String describe(Exception e) {
        if (e instanceof Neo4jException neo) {
            return "Neo4j " + neo.code();
        }
        return e.getClass().getSimpleName();
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted == null || sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String errorKinds(Stats stats) {
        return stats.errors.isEmpty() ? "-" : new TreeMap<>(stats.errors).entrySet().stream()
                .map(e -> e.getValue().sum() + " x " + e.getKey()).collect(Collectors.joining("; "));
    }

    /** One TSV line for writes.sh: name, clients, seconds, requests, acknowledged, errors, writes/s, p50, p99, max,
     * acknowledged with the warm-up, error kinds, the warm-up, the server's CPU ms per acknowledged request ("-": no
     * SERVER_PID). */
    private static int report(String name, int clients, Stats stats, Path out) throws IOException {
        long[] lat = stats.latencies.getOrDefault("write", new long[0]);
        long ok = stats.requests - stats.failed;
        String cpu = stats.serverCpuNanos < 0 || ok == 0 ? "-"
                : String.format(Locale.ROOT, "%.3f", stats.serverCpuNanos / 1e6 / ok);
        String line = String.format(Locale.ROOT, "%s\t%d\t%.0f\t%d\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%s\t%s\t%s",
                name, clients, stats.seconds, stats.requests, ok, stats.failed, ok / stats.seconds,
                percentile(lat, 0.50), percentile(lat, 0.99), percentile(lat, 1.0), stats.acknowledgedAll.sum(),
                errorKinds(stats), stats.warmup, cpu);
        try (PrintStream tsv = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            tsv.println(line);
        }
        return 0;
    }

    // --- 1a: the server's mutation over HTTP ---------------------------------------------------------------------

    private static int serverLoad(URI base, String token, String prefix, int clients, int seconds, int warmup,
            Path out) throws Exception {
        URI graphql = base.resolve("/graphql");
        Duration timeout = Duration.ofSeconds(60);
        Stats stats = load(clients, seconds, warmup, (c, n) -> "write", (client, n, measured) -> {
            Map<String, Object> variables = writeVariables(prefix, client, n, prefix + "-d-" + client);
            String person = (String) ((Map<?, ?>) variables.get("person")).get("id");
            return checkWrite(post(graphql, token, graphql(MUTATION, variables), timeout), person);
        });
        return report("server", clients, stats, out);
    }

    /**
     * The cost of a request that reaches the server and writes nothing: HTTP, the editor token, a GraphQL parse,
     * validation and execution of {@code __typename}. A server whose mutation cost nothing beyond this and the
     * database's statement could reach at most 1 / (1/floor + 1/driver) writes/s.
     */
    private static int floorLoad(URI base, String token, int clients, int seconds, int warmup, Path out)
            throws Exception {
        URI graphql = base.resolve("/graphql");
        Duration timeout = Duration.ofSeconds(60);
        Map<String, Object> body = graphql("query WriteBenchFloor { __typename }", Map.of());
        Stats stats = load(clients, seconds, warmup, (c, n) -> "write",
                (client, n, measured) -> post(graphql, token, body, timeout));
        return report("floor", clients, stats, out);
    }

    // --- 1b and 1c: the same facts as one Cypher statement ------------------------------------------------------

    private static int driverLoad(Driver driver, String recordedBy, String prefix, int clients, int seconds,
            int warmup, Path out) throws Exception {
        LocalDate publishedAt = LocalDate.parse(PUBLISHED_AT);
        Stats stats = load(clients, seconds, warmup, (c, n) -> "write", (client, n, measured) -> {
            long begin = System.nanoTime();
            String person = prefix + "-p-" + client + "-" + n;
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("id", person);
            parameters.put("name", "Write Person " + client + " " + n);
            parameters.put("source", prefix + "-s-" + client + "-" + n);
            parameters.put("sourceName", "Write report " + client + " " + n);
            parameters.put("publishedAt", publishedAt);
            parameters.put("delegation", prefix + "-d-" + client);
            parameters.put("recordedBy", recordedBy);
            List<Record> rows = driver.executableQuery(WRITE).withParameters(parameters).execute().records();
            // No row: the delegation was missing and no membership was written (the server refuses such a link).
            return new Outcome(rows.size() == 1 ? null : "no membership written", null, System.nanoTime() - begin);
        });
        return report("driver", clients, stats, out);
    }

    // --- 2: the mixed load --------------------------------------------------------------------------------------

    private static int mixed(URI base, String token, String prefix, int clients, int seconds, int delegations,
            int timeoutSeconds, int warmup) throws Exception {
        if (setup(base, token, prefix, delegations, delegations) != 0) {
            return 1;
        }
        URI graphql = base.resolve("/graphql");
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Random[] random = new Random[clients];
        for (int c = 0; c < clients; c++) {
            random[c] = new Random(c);
        }
        // Drawn once per request, by the client's own thread: its kind, and for a write the delegation it joins.
        Map<Integer, int[]> draw = new ConcurrentHashMap<>();
        List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Stats stats = load(clients, seconds, warmup, (client, n) -> {
            Random r = random[client];
            boolean write = r.nextDouble() < 0.2;
            draw.put(client, new int[] {write ? 1 : 0, r.nextInt(delegations)});
            return write ? "write" : "read";
        }, (client, n, measured) -> {
            int[] d = draw.get(client);
            if (d[0] == 0) {
                Outcome o = post(graphql, token, graphql(READ, Map.of()), timeout);
                if (o.ok() && !o.body().path("data").path("delegations").isArray()) {
                    return new Outcome("unexpected answer", o.body(), o.nanos());
                }
                return o;
            }
            // The warm-up's writes join working groups, which the read does not list: the delegations it lists grow
            // only in the measured window, as they would in a run of that length without a warm-up.
            String delegation = prefix + (measured ? "-d-" : "-wg-") + d[1];
            Map<String, Object> variables = writeVariables(prefix, client, n, delegation);
            String person = (String) ((Map<?, ?>) variables.get("person")).get("id");
            Outcome o = checkWrite(post(graphql, token, graphql(MUTATION, variables), timeout), person);
            if (o.ok()) {
                acknowledged.add(new String[] {person, delegation});
            }
            return o;
        });

        long[] reads = stats.latencies.getOrDefault("read", new long[0]);
        long[] writes = stats.latencies.getOrDefault("write", new long[0]);
        System.out.printf(Locale.ROOT, "%d requests in %d s from %d clients: %.0f req/s; errors %d%n", stats.requests,
                seconds, clients, stats.requests / (double) seconds, stats.failed);
        System.out.printf(Locale.ROOT, "  reads  %6d  p50 %7.0f ms  p99 %7.0f ms  max %7.0f ms%n", reads.length,
                percentile(reads, 0.5), percentile(reads, 0.99), percentile(reads, 1.0));
        System.out.printf(Locale.ROOT, "  writes %6d  p50 %7.0f ms  p99 %7.0f ms  max %7.0f ms%n", writes.length,
                percentile(writes, 0.5), percentile(writes, 0.99), percentile(writes, 1.0));
        System.out.println("  errors by kind: " + (stats.errors.isEmpty() ? "none" : errorKinds(stats)));
        System.out.println("  warm-up: " + stats.warmup);
        System.out.printf("acknowledged writes: %d persons, each a new member of one of %d delegations (measured) "
                + "or of %d working groups (warm-up)%n", acknowledged.size(), delegations, delegations);

        // Every acknowledged write reads back: the person exists and is a member of its delegation.
        List<String> missing = new ArrayList<>();
        List<String[]> all = new ArrayList<>(acknowledged);
        int readBackErrors = 0;
        for (int from = 0; from < all.size(); from += 200) {
            List<String[]> chunk = all.subList(from, Math.min(all.size(), from + 200));
            Outcome o = post(graphql, token, graphql(READ_BACK, Map.of("ids", chunk.stream().map(a -> a[0])
                    .toList())), Duration.ofSeconds(60));
            if (!o.ok()) {
                readBackErrors++;
                System.out.println("  read-back failed: " + o.kind());
                chunk.forEach(a -> missing.add(a[0] + " (not read)"));
                continue;
            }
            Map<String, Set<String>> found = new HashMap<>();
            for (JsonNode p : o.body().path("data").path("persons")) {
                Set<String> memberOf = new java.util.HashSet<>();
                p.path("memberOf").forEach(d -> memberOf.add(d.path("id").asText()));
                p.path("workingGroups").forEach(g -> memberOf.add(g.path("id").asText()));
                found.put(p.path("id").asText(), memberOf);
            }
            for (String[] a : chunk) {
                if (!found.containsKey(a[0])) {
                    missing.add(a[0]);
                } else if (!found.get(a[0]).contains(a[1])) {
                    missing.add(a[0] + " MEMBER_OF " + a[1]);
                }
            }
        }
        System.out.printf("writes read back: %d of %d found (person and membership)%s%n", all.size() - missing.size(),
                all.size(), missing.isEmpty() ? "" : "; missing e.g. " + missing.subList(0, Math.min(5,
                        missing.size())));
        boolean pass = stats.failed == 0 && missing.isEmpty() && readBackErrors == 0;
        System.out.println(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    // --- 3: a bundle through the driver -------------------------------------------------------------------------

    /** The kinds this import writes: those without a date of their own (no dateKey to derive) and the sources. */
    private static final Set<String> KINDS = Set.of("State", "Person", "Delegation", "WorkingGroup",
            "DisputedAsset", "Issue");
    private static final Set<String> PREDICATES = Set.of("HEADS", "MEMBER_OF", "REPRESENTS", "PARTICIPATES_IN",
            "SPONSORS", "PARTY_TO", "PART_OF", "SERVES", "CONTROLS", "CLAIMS", "TRAVELLED_TO", "ADDRESSES",
            "DISPUTES", "INVOLVES", "TAKES", "CONCERNS", "MADE", "ABOUT");
    private static final List<String> BOOKKEEPING = List.of("sources", "claim", "recordedAt", "recordedBy");

    static final String IMPORT_SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source:Entity {id: row.id})
            SET s += row.props
            SET s.nameKey = toLower(s.name), s.dateKey = coalesce(toString(s.publishedAt), '')""";
    // LABEL is one of KINDS, never the bundle's text.
    static final String IMPORT_ENTITIES = """
            UNWIND $rows AS row
            MERGE (n:LABEL:Entity {id: row.id})
            SET n += row.props
            SET n.nameKey = toLower(n.name)
            WITH n, row
            UNWIND row.sources AS sid
            MATCH (s:Source {id: sid})
            MERGE (n)-[said:REPORTED_BY]->(s)
              ON CREATE SET said.recordedAt = datetime(), said.recordedBy = $recordedBy
            SET said += row.stated""";
    // TYPE is one of PREDICATES.
    static final String IMPORT_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:TYPE {claim: row.claim}]->(b)
              ON CREATE SET r += row.props, r.recordedAt = datetime(), r.recordedBy = $recordedBy
            SET r.sources = reduce(acc = coalesce(r.sources, []), s IN row.sources |
                                   CASE WHEN s IN acc THEN acc ELSE acc + s END)""";

    /**
     * Imports a bundle as the server would write it (same nodes, properties, claims and REPORTED_BY links), in one
     * transaction of UNWIND ... MERGE statements of ROWS rows each, as the server slices its own. It handles what
     * import.sh generates and the like: sources, entities of the undated kinds with string properties, and facts;
     * anything else is refused rather than written differently. Prints the times and the counters.
     */
    private static int importBundle(Driver driver, String recordedBy, Path file, int slice) throws Exception {
        long start = System.nanoTime();
        JsonNode bundle = JSON.readTree(file.toFile());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (JsonNode s : bundle.path("sources")) {
            Map<String, Object> props = new LinkedHashMap<>();
            s.properties().forEach(f -> {
                switch (f.getKey()) {
                    case "id" -> { }
                    case "citedIn" -> {
                        if (!f.getValue().isEmpty()) {
                            throw new IllegalArgumentException("citedIn is not supported by this import");
                        }
                    }
                    case "aliases" -> props.put("aliases", strings(f.getValue()));
                    case "publishedAt" -> props.put("publishedAt", LocalDate.parse(f.getValue().asText()));
                    default -> props.put(f.getKey(), f.getValue().asText());
                }
            });
            sources.add(Map.of("id", s.path("id").asText(), "props", props));
        }
        Map<String, List<Map<String, Object>>> entities = new TreeMap<>();
        for (JsonNode e : bundle.path("entities")) {
            String type = e.path("type").asText();
            if (!KINDS.contains(type)) {
                throw new IllegalArgumentException("entities of type " + type + " are not supported by this import");
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", e.path("name").asText());
            e.path("properties").properties().forEach(f -> props.put(f.getKey(), f.getValue().asText()));
            Map<String, Object> stated = new LinkedHashMap<>(props);
            if (e.has("aliases")) {
                props.put("aliases", strings(e.get("aliases")));
            }
            entities.computeIfAbsent(type, k -> new ArrayList<>()).add(Map.of("id", e.path("id").asText(), "props",
                    props, "stated", stated, "sources", strings(e.path("sources"))));
        }
        Map<String, List<Map<String, Object>>> relationships = new TreeMap<>();
        for (JsonNode r : bundle.path("relationships")) {
            String type = r.path("type").asText();
            if (!PREDICATES.contains(type)) {
                throw new IllegalArgumentException("unknown relationship type " + type);
            }
            Map<String, Object> props = new LinkedHashMap<>();
            r.path("properties").properties().forEach(f -> props.put(f.getKey(), f.getValue().asText()));
            for (String date : List.of("since", "until")) {
                if (r.hasNonNull(date)) {
                    props.put(date, LocalDate.parse(r.get(date).asText()));
                }
            }
            relationships.computeIfAbsent(type, k -> new ArrayList<>()).add(Map.of("from", r.path("from").asText(),
                    "to", r.path("to").asText(), "props", props, "claim", claimKey(props), "sources",
                    strings(r.path("sources"))));
        }
        long parsed = System.nanoTime();
        long[] counters = new long[2];
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                counters[0] = 0;
                counters[1] = 0;
                List<Runnable> steps = new ArrayList<>();
                steps.add(() -> run(tx, IMPORT_SOURCES, sources, recordedBy, slice, counters));
                entities.forEach((type, rows) -> steps.add(() -> run(tx, IMPORT_ENTITIES.replace("LABEL", type), rows,
                        recordedBy, slice, counters)));
                relationships.forEach((type, rows) -> steps.add(() -> run(tx, IMPORT_RELATIONSHIPS.replace("TYPE",
                        type), rows, recordedBy, slice, counters)));
                steps.forEach(Runnable::run);
                return null;
            });
        }
        long done = System.nanoTime();
        System.out.printf(Locale.ROOT, "driver_ms\t%d%nparse_ms\t%d%nwrite_ms\t%d%nnodes_created\t%d%n"
                + "relationships_created\t%d%n", (done - start) / 1_000_000, (parsed - start) / 1_000_000,
                (done - parsed) / 1_000_000, counters[0], counters[1]);
        return 0;
    }

    private static void run(org.neo4j.driver.TransactionContext tx, String cypher, List<Map<String, Object>> rows,
            String recordedBy, int slice, long[] counters) {
        for (int from = 0; from < rows.size(); from += slice) {
            ResultSummary summary = tx.run(cypher, Map.of("rows", rows.subList(from, Math.min(rows.size(),
                    from + slice)), "recordedBy", recordedBy)).consume();
            counters[0] += summary.counters().nodesCreated();
            counters[1] += summary.counters().relationshipsCreated();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The server's claim key (README "Claims"): each qualifier by name, name and value with separators. */
    static String claimKey(Map<String, Object> qualifiers) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(qualifiers).forEach((name, value) -> {
            if (value != null && !BOOKKEEPING.contains(name)) {
                key.append(name).append('\u001f').append(value).append('\u001e');
            }
        });
        return key.toString();
    }

    // --- checks -------------------------------------------------------------------------------------------------

    /**
     * What a write left around one person, as text that two writes of the same shape share: the person's labels and
     * properties, and each relationship with its direction, type, properties and the other end's labels and
     * properties. Ids, names and their lower-cased forms are replaced by the role they play (<Person.id>,
     * <Source.name>, <lower(Person.name)> ...), times by their type; other values are shown as they are.
     */
    private static int shape(Driver driver, String id) {
        List<Record> nodes = driver.executableQuery("MATCH (p:Entity {id: $id}) RETURN p").withParameters(
                Map.of("id", id)).execute().records();
        if (nodes.isEmpty()) {
            System.out.println("no entity " + id);
            return 1;
        }
        Node person = nodes.get(0).get("p").asNode();
        List<Record> rels = driver.executableQuery("MATCH (p:Entity {id: $id})-[r]-(m) RETURN r, m").withParameters(
                Map.of("id", id)).execute().records();
        Map<String, String> roles = new HashMap<>();
        role(roles, person);
        rels.forEach(r -> role(roles, r.get("m").asNode()));
        List<String> lines = new ArrayList<>();
        lines.add("node " + labels(person) + " " + props(person.asMap(), roles));
        for (Record r : rels) {
            Relationship rel = r.get("r").asRelationship();
            Node other = r.get("m").asNode();
            boolean out = rel.startNodeElementId().equals(person.elementId());
            lines.add((out ? "-[" : "<-[") + rel.type() + " " + props(rel.asMap(), roles) + (out ? "]->" : "]-")
                    + " " + labels(other) + " " + props(other.asMap(), roles));
        }
        Collections.sort(lines);
        lines.forEach(System.out::println);
        return 0;
    }

    private static void role(Map<String, String> roles, Node node) {
        String kind = labels(node).stream().filter(l -> !l.equals("Entity")).findFirst().orElse("Node");
        Map<String, Object> props = node.asMap();
        for (String key : List.of("id", "name")) {
            if (props.get(key) instanceof String value) {
                roles.putIfAbsent(value, "<" + kind + "." + key + ">");
                roles.putIfAbsent(value.toLowerCase(Locale.ROOT), "<lower(" + kind + "." + key + ")>");
            }
        }
    }

    private static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        Collections.sort(labels);
        return labels;
    }

    private static String props(Map<String, Object> props, Map<String, String> roles) {
        return new TreeMap<>(props).entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue(), roles))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object v, Map<String, String> roles) {
        if (v instanceof String s) {
            return roles.getOrDefault(s, "'" + s.replace("\u001f", "\\u001f").replace("\u001e", "\\u001e") + "'");
        }
        if (v instanceof LocalDate d) {
            return "date('" + d + "')";
        }
        if (v instanceof Temporal t) {
            return t.getClass().getSimpleName();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(x -> value(x, roles)).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private static List<String> unownedIndexes(Driver driver) {
        return driver.executableQuery("SHOW INDEXES YIELD name, owningConstraint, type "
                + "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name ORDER BY name").execute().records()
                .stream().map(r -> r.get("name").asString()).toList();
    }

    /** Drops every index that no constraint owns, but the LOOKUP ones; names from the database, quoted. */
    private static int dropIndexes(Driver driver) {
        List<String> names = unownedIndexes(driver);
        for (String name : names) {
            driver.executableQuery("DROP INDEX `" + name.replace("`", "``") + "`").execute();
        }
        System.out.println(String.join(" ", names));
        return 0;
    }
}
