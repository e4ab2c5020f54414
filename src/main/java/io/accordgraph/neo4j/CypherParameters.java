package io.accordgraph.neo4j;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The parameters of one statement being built, and fresh names for its variables and map keys: user values only
 * ever reach Cypher through here, as {@code $p0}, {@code $p1}, ..., and names come from counters, never from a
 * request (not even its aliases), so one shape of question always compiles to the same text and Neo4j plans it once.
 */
public final class CypherParameters {

    private final Map<String, Object> values = new HashMap<>();
    private final String prefix;
    private int names;

    public CypherParameters() {
        this("");
    }

    /** Parameters named {@code <prefix>p0}, ...: apart from those of another statement that this one joins. */
    public CypherParameters(String prefix) {
        this.prefix = prefix;
    }

    /** Adds a value and returns the placeholder to write in the statement. */
    public String add(Object value) {
        return "$" + named(value);
    }

    /** Adds a value and returns it as a Cypher-DSL parameter, named as {@link #add} names it. */
    public Parameter<Object> parameter(Object value) {
        return Cypher.parameter(named(value));
    }

    private String named(Object value) {
        String name = prefix + "p" + values.size();
        values.put(name, value);
        return name;
    }

    /** A name not used elsewhere in the statement, e.g. {@code n3} for {@code fresh("n")}. */
    public String fresh(String prefix) {
        return prefix + names++;
    }

    /** As {@link #fresh}, as a Cypher-DSL name. */
    public SymbolicName name(String prefix) {
        return Cypher.name(fresh(prefix));
    }

    public Map<String, Object> values() {
        return values;
    }
}
