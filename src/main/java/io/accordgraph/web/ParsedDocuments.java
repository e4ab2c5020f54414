package io.accordgraph.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import io.accordgraph.error.ErrorCode;

/**
 * Parses the documents clients send, before SmallRye does, so that a document that does not parse gets a coded
 * error on every transport: {@code GRAPHQL_PARSE_FAILED} with its location, {@code QUERY_TOO_LARGE} past the parser's
 * token limit, {@code QUERY_TOO_DEEP} past its nesting limit. Documents that parsed are remembered, so a document
 * asked again, or checked by the HTTP guard and then by the execution, is parsed here once.
 */
@ApplicationScoped
public class ParsedDocuments {

    private static final int REMEMBERED = 2048;

    /** A document as parsed, or the coded error that says why it could not be. */
    public record Parsed(Document document, GraphQLError error) {

        /** The operation a request runs: the one named, or the only one; null when graphql-java must say. */
        public OperationDefinition operation(String name) {
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (name == null || name.isEmpty()) {
                return operations.size() == 1 ? operations.get(0) : null;
            }
            return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
        }
    }

    private final Map<String, Document> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public Parsed parse(String query) {
        Document document = parsed.get(query);
        if (document != null) {
            return new Parsed(document, null);
        }
        try {
            document = Parser.parse(query);
            parsed.put(query, document);
            return new Parsed(document, null);
        } catch (ParseCancelledException e) {
            return failed(ErrorCode.QUERY_TOO_LARGE, "The document is too long for the parser's token limit "
                    + "(quarkus.smallrye-graphql.parser-max-tokens).", null);
        } catch (ParseCancelledTooDeepException e) {
            return failed(ErrorCode.QUERY_TOO_DEEP, "The document nests deeper than the parser follows; "
                    + "a query may nest at most accord.limits.max-depth fields.", null);
        } catch (InvalidSyntaxException e) {
            return failed(ErrorCode.GRAPHQL_PARSE_FAILED, e.getMessage(), e.getLocation());
        }
    }

    private static Parsed failed(ErrorCode code, String message, SourceLocation location) {
        return new Parsed(null, GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.InvalidSyntax)
                .locations(location == null ? null : List.of(location)).extensions(Map.of("code", code.name()))
                .build());
    }
}
