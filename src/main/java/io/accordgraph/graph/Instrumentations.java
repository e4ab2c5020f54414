package io.accordgraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

/**
 * Installs every instrumentation bean in graphql-java, chained: graphql-java takes one, and SmallRye installs none of
 * its own unless query limits or federation are configured.
 */
@ApplicationScoped
public class Instrumentations {

    GraphQL.Builder install(@Observes GraphQL.Builder builder, Instance<Instrumentation> instrumentations) {
        return builder.instrumentation(new ChainedInstrumentation(instrumentations.stream().toList()));
    }
}
