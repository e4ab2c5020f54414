package io.accordgraph;

import java.util.Map;

/**
 * A five-level question with fragments (on a type and on the Entity interface), aliases of one field with different
 * arguments, arguments at every level, variables and {@code @include} / {@code @skip}: three root fields.
 */
public final class DeepQuery {

    public static final String QUERY = """
            query Deep($state: ID!, $withSources: Boolean!, $day: Date) {
              first: states(where: {id: {eq: $state}}) {
                ...StateNames
                delegations(first: 5, orderBy: [{field: NAME}]) {
                  name
                  allMembers: members { id }
                  firstMembers: members(orderBy: [{field: NAME, direction: DESC}], first: 1) {
                    ...PersonNames
                    memberOf(first: 2) {
                      name
                      head(asOf: $day) {
                        name
                        roles(asOf: $day) { title state { name } sources { id } }
                      }
                    }
                  }
                }
              }
              second: states(first: 1, orderBy: [{field: ID, direction: DESC}]) { id }
              entity(id: "vladimir-medinsky") {
                __typename
                ... on Person { heads { name } }
                ... on State { delegations { name } }
                facts(first: 3) { predicate object { name } }
              }
            }
            fragment StateNames on State { id name }
            fragment PersonNames on Person {
              id
              name
              sources @include(if: $withSources) { id }
              aliases @skip(if: $withSources)
            }
            """;

    private DeepQuery() {
    }

    public static Map<String, Object> variables(String state) {
        return Map.of("state", state, "withSources", true, "day", "2026-02-17");
    }
}
