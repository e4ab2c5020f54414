// The official Neo4j GraphQL Library (@neo4j/graphql 7) over Accord Graph's Neo4j model, served by Apollo Server 4
// standalone: the other side of src/bench/compare.sh. Only the types and fields the compared queries (Q1-Q5)
// touch; labels, relationship types and properties are those the Accord Graph server writes.
//
//   npm ci && NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.mjs
//
// NEO4J_URI (default bolt://127.0.0.1:7687) is the Neo4j to read, as NEO4J_USER with NEO4J_PASSWORD (the embedded
// server's is in its password file; without NEO4J_USER, no authentication); PORT (default 4000) where it listens, on 127.0.0.1.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
    type Person @node(labels: ["Person"]) @plural(value: "persons") {
        id: ID!
        name: String
        nameKey: String
        memberOf: [Delegation!]! @relationship(type: "MEMBER_OF", direction: OUT)
        heads: [Delegation!]! @relationship(type: "HEADS", direction: OUT)
    }

    type Delegation @node(labels: ["Delegation"]) {
        id: ID!
        name: String
        nameKey: String
        state: State @relationship(type: "REPRESENTS", direction: OUT)
        head: Person @relationship(type: "HEADS", direction: IN)
        members: [Person!]! @relationship(type: "MEMBER_OF", direction: IN)
        talks: [Talks!]! @relationship(type: "PARTICIPATES_IN", direction: OUT)
    }

    type State @node(labels: ["State"]) {
        id: ID!
        name: String
        nameKey: String
        delegations: [Delegation!]! @relationship(type: "REPRESENTS", direction: IN)
    }

    type Talks @node(labels: ["Talks"]) @plural(value: "talks") {
        id: ID!
        name: String
        nameKey: String
        location: String
        startDate: Date
        delegations: [Delegation!]! @relationship(type: "PARTICIPATES_IN", direction: IN)
    }
`;

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const auth = process.env.NEO4J_USER
    ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? "")
    : undefined;
const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 64 });
await driver.verifyConnectivity();

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const port = Number(process.env.PORT ?? 4000);
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`@neo4j/graphql on ${url}, Neo4j at ${uri}`);

for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, async () => {
        await server.stop();
        await driver.close();
        process.exit(0);
    });
}
