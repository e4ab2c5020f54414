// Tests the GraphQL server with the third-party clients frontends use: Apollo Client 4, urql (with its
// persisted-queries exchange), graphql-ws over WebSocket and graphql-http's GraphQL-over-HTTP audit.
//
//   BASE_URL=http://127.0.0.1:8080 EDITOR_TOKEN_FILE=data/editor.token node clients.check.mjs
//
// Prints "ok N name" or "FAIL N name: reason" for each check, then "P passed, F failed"; exits 1 if any failed.
// Expected values come from the seed report (src/main/resources/seed) or from the server's own answers.
// Writes use ids unique to the run, so the check can run again on the same database.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient } from 'graphql-ws';
import { serverAudits } from 'graphql-http';
import WebSocket from 'ws';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const GRAPHQL_URL = `${BASE_URL}/graphql`;
const WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');
const SEED_FILE = process.env.SEED_FILE
    || new URL('../../main/resources/seed/geneva-talks-2026-02-17.json', import.meta.url);
const CHECK_TIMEOUT_MS = Number(process.env.CHECK_TIMEOUT_MS || 15000);
const RUN_DEADLINE = Date.now() + Number(process.env.RUN_TIMEOUT_MS || 90000); // against a server that never answers
const RUN = `${Date.now().toString(36)}-${process.pid}`;

if (!process.env.EDITOR_TOKEN_FILE) {
    console.error('EDITOR_TOKEN_FILE must name a file holding an editor JWT');
    process.exit(2);
}
const EDITOR_TOKEN = readFileSync(process.env.EDITOR_TOKEN_FILE, 'utf8').trim();
const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8'));

// ---------------------------------------------------------------- helpers

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function assert(condition, message) {
    if (!condition) throw new Error(message);
}

function show(value, max = 300) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text === undefined ? String(value) : text.length > max ? `${text.slice(0, max)}…` : text;
}

function seedEntity(id) {
    const entity = seed.entities.find((e) => e.id === id) || seed.sources.find((s) => s.id === id);
    assert(entity, `seed has no entity ${id}`);
    return entity;
}

const seedRelations = (type, pick = () => true) => seed.relationships.filter((r) => r.type === type && pick(r));

/**
 * A fetch that records every request and its answer, and is aborted with the check that owns it.
 * Each entry: { method, url, params (GET), body (parsed POST body), status, contentType, text, json }.
 */
function recordingFetch(ctx) {
    const requests = [];
    const fetchFn = async (input, init = {}) => {
        const url = typeof input === 'string' ? input : input.url ?? String(input);
        const method = (init.method || (typeof input === 'object' && input.method) || 'GET').toUpperCase();
        const entry = { method, url, params: null, body: null, status: null, contentType: null, text: null, json: null };
        const parsed = new URL(url);
        if (parsed.search) {
            entry.params = {};
            for (const [key, value] of parsed.searchParams) {
                entry.params[key] = ['variables', 'extensions'].includes(key) ? tryJson(value) : value;
            }
        }
        if (typeof init.body === 'string') entry.body = tryJson(init.body);
        requests.push(entry);
        const signal = init.signal ? AbortSignal.any([init.signal, ctx.signal]) : ctx.signal;
        const response = await fetch(input, { ...init, signal });
        entry.status = response.status;
        entry.contentType = response.headers.get('content-type');
        entry.text = await response.clone().text();
        entry.json = tryJson(entry.text);
        return response;
    };
    return { fetch: fetchFn, requests };
}

function tryJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/** The GraphQL parameters a recorded request carried, from its URL (GET) or its body (POST). */
function graphqlParams(entry) {
    return entry.method === 'GET' ? entry.params || {} : entry.body || {};
}

function describeRequests(requests) {
    return requests.map((r, i) => {
        const p = graphqlParams(r);
        return `#${i + 1} ${r.method} query=${p.query === undefined ? 'absent' : 'sent'} `
            + `hash=${p.extensions?.persistedQuery?.sha256Hash ? 'sent' : 'absent'} -> ${r.status} ${show(r.text, 200)}`;
    }).join('; ');
}

async function postGraphql(ctx, query, { variables, token, headers = {} } = {}) {
    const response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json;q=0.9',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
        },
        body: JSON.stringify({ query, variables }),
        signal: ctx.signal,
    });
    const text = await response.text();
    return { status: response.status, text, json: tryJson(text) };
}

function apollo(ctx, { token, persisted } = {}) {
    const recorder = recordingFetch(ctx);
    let link = new HttpLink({
        uri: GRAPHQL_URL,
        fetch: recorder.fetch,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (persisted) link = new PersistedQueryLink({ sha256, ...persisted }).concat(link);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    ctx.defer(() => client.stop());
    return { client, requests: recorder.requests };
}

function urql(ctx, exchanges) {
    const recorder = recordingFetch(ctx);
    const client = new UrqlClient({ url: GRAPHQL_URL, exchanges, fetch: recorder.fetch });
    return { client, requests: recorder.requests };
}

/** ws's WebSocket with a bounded opening handshake (graphql-ws constructs it with no options). */
class BoundedWebSocket extends WebSocket {
    constructor(address, protocols) {
        super(address, protocols, { handshakeTimeout: 5000 });
    }
}

function wsClient(ctx, options = {}) {
    const client = createWsClient({ url: WS_URL, webSocketImpl: BoundedWebSocket, retryAttempts: 0, ...options });
    ctx.defer(() => client.dispose());
    return client;
}

const sleep = (ms, signal) => new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
    }, { once: true });
});

const errorText = (error) => (error?.errors ? show(error.errors) : error?.message || show(error));

// The README's first query, verbatim.
const FIRST_QUERY = `{
  delegations {
    name
    state { name }
    head { name roles { title } }
    members { name }
    sources { name publishedAt }
  }
}`;

/** Compares an answer to FIRST_QUERY with the seed's delegations; throws on the first difference. */
function expectSeedDelegations(delegations) {
    assert(Array.isArray(delegations), `delegations is not a list: ${show(delegations)}`);
    const seedDelegations = seed.entities.filter((e) => e.type === 'Delegation');
    assert(seedDelegations.length > 0, 'the seed has no delegation');
    for (const expected of seedDelegations) {
        const got = delegations.find((d) => d.name === expected.name);
        assert(got, `no delegation named "${expected.name}" in ${show(delegations.map((d) => d.name))}`);
        const state = seedRelations('REPRESENTS', (r) => r.from === expected.id).map((r) => seedEntity(r.to).name)[0];
        assert(got.state?.name === state, `${expected.name}: state ${show(got.state)}, seed says ${state}`);
        const headRel = seedRelations('HEADS', (r) => r.to === expected.id)[0];
        const head = headRel && seedEntity(headRel.from);
        assert(got.head?.name === head?.name, `${expected.name}: head ${show(got.head)}, seed says ${head?.name}`);
        const titles = seedRelations('SERVES', (r) => r.from === headRel.from).map((r) => r.properties.title);
        for (const title of titles) {
            assert(got.head.roles.some((role) => role.title === title), `${head.name}: no role "${title}" in ${show(got.head.roles)}`);
        }
        for (const member of seedRelations('MEMBER_OF', (r) => r.to === expected.id)) {
            const name = seedEntity(member.from).name;
            assert(got.members.some((m) => m.name === name), `${expected.name}: member ${name} missing from ${show(got.members)}`);
        }
        for (const sourceId of expected.sources) {
            const source = seedEntity(sourceId);
            assert(got.sources.some((s) => s.name === source.name && s.publishedAt === source.publishedAt),
                `${expected.name}: source ${source.name} (${source.publishedAt}) missing from ${show(got.sources)}`);
        }
    }
    const medinsky = delegations.find((d) => d.head?.name === seedEntity('vladimir-medinsky').name);
    assert(medinsky, `no delegation headed by ${seedEntity('vladimir-medinsky').name}`);
}

/** A document LEVELS fields deep that breaks only the depth limit (first: 1 everywhere keeps its cost low). */
function depthBomb(levels = 20) {
    const path = ['persons'];
    while (path.length < levels - 1) path.push(path.length % 2 === 1 ? 'memberOf' : 'members');
    return `{ ${path.reduceRight((inner, field) => `${field}(first: 1) { ${inner} }`, 'name')} }`;
}

/** Only id and name of each item: clients add __typename, a plain request does not. */
const idsAndNames = (items) => JSON.stringify((items || []).map(({ id, name }) => ({ id, name })));

// ---------------------------------------------------------------- checks

const checks = [];
const check = (name, fn, timeout = CHECK_TIMEOUT_MS) => checks.push({ name, fn, timeout });

check('Apollo Client: the README first query answers the seed delegations', async (ctx) => {
    const { client } = apollo(ctx);
    const { data } = await client.query({ query: gql(FIRST_QUERY) });
    expectSeedDelegations(data.delegations);
});

check('Apollo Client: personsConnection pages by cursor through every person', async (ctx) => {
    const { client } = apollo(ctx);
    const query = gql`query Persons($after: String) {
        personsConnection(first: 2, after: $after) {
            totalCount
            edges { cursor node { id name } }
            pageInfo { hasNextPage endCursor }
        }
    }`;
    const seen = new Set();
    let after = null;
    let totalCount;
    let pages = 0;
    for (;;) {
        assert(++pages <= 500, 'more than 500 pages: the cursor does not advance');
        const { data } = await client.query({ query, variables: { after }, fetchPolicy: 'network-only' });
        const page = data.personsConnection;
        if (totalCount === undefined) totalCount = page.totalCount;
        assert(Number.isInteger(totalCount), `totalCount is ${show(page.totalCount)}`);
        assert(page.totalCount === totalCount, `totalCount changed from ${totalCount} to ${page.totalCount}`);
        assert(page.edges.length <= 2, `page ${pages} has ${page.edges.length} edges for first: 2`);
        for (const edge of page.edges) {
            assert(typeof edge.cursor === 'string' && edge.cursor, `empty cursor on ${edge.node.id}`);
            assert(!seen.has(edge.node.id), `${edge.node.id} repeated on page ${pages}`);
            seen.add(edge.node.id);
        }
        if (!page.pageInfo.hasNextPage) break;
        assert(page.edges.length > 0, `page ${pages} is empty but hasNextPage is true`);
        assert(page.pageInfo.endCursor === page.edges.at(-1).cursor,
            `endCursor ${page.pageInfo.endCursor} is not the last edge's cursor ${page.edges.at(-1).cursor}`);
        after = page.pageInfo.endCursor;
    }
    assert(seen.size === totalCount, `paged through ${seen.size} persons, totalCount says ${totalCount}`);
    for (const person of seed.entities.filter((e) => e.type === 'Person')) {
        assert(seen.has(person.id), `seed person ${person.id} never appeared`);
    }
    ctx.info(`${seen.size} persons in ${pages} pages`);
});

check('Apollo Client: node(id) is normalized and read back from the cache without a request', async (ctx) => {
    const { client, requests } = apollo(ctx);
    const expected = seedEntity('vladimir-medinsky');
    const query = gql`query Node($id: ID!) { node(id: $id) { id ... on Person { name } } }`;
    const { data } = await client.query({ query, variables: { id: expected.id } });
    assert(data.node?.__typename === 'Person', `node.__typename is ${show(data.node?.__typename)}`);
    assert(data.node.id === expected.id && data.node.name === expected.name, `node answered ${show(data.node)}`);
    const sent = requests.length;
    const cacheId = client.cache.identify({ __typename: 'Person', id: expected.id });
    assert(cacheId === `Person:${expected.id}`, `cache.identify gave ${cacheId}`);
    const fragment = client.cache.readFragment({ id: cacheId, fragment: gql`fragment P on Person { id name }` });
    assert(fragment?.name === expected.name, `cache.readFragment(${cacheId}) gave ${show(fragment)}`);
    const again = await client.query({ query, variables: { id: expected.id }, fetchPolicy: 'cache-only' });
    assert(again.data?.node?.name === expected.name, `cache-only query gave ${show(again.data)}`);
    assert(requests.length === sent, `reading from the cache sent ${requests.length - sent} request(s)`);
});

check('Apollo Client: a mutation with the editor token writes, and a query reads it back', async (ctx) => {
    const id = `clients-check-person-${RUN}`;
    const sourceId = `clients-check-report-${RUN}`;
    const mutation = gql`mutation AddPerson($id: ID!, $name: String!, $source: ID!) {
        upsertPerson(input: {id: $id, name: $name, aliases: ["Clients check"],
            newSources: [{id: $source, name: "Clients check report", publishedAt: "2026-02-25"}]}) { id name }
    }`;
    const variables = { id, name: `Clients Check ${RUN}`, source: sourceId };

    const anonymous = apollo(ctx).client;
    const refused = await anonymous.mutate({ mutation, variables, errorPolicy: 'all' }).catch((error) => ({ error }));
    const codes = (refused.error?.errors || []).map((e) => e.extensions?.code);
    assert(codes.includes('UNAUTHENTICATED'), `without a token: expected UNAUTHENTICATED, got ${errorText(refused.error) || show(refused.data)}`);

    const editor = apollo(ctx, { token: EDITOR_TOKEN }).client;
    const { data } = await editor.mutate({ mutation, variables });
    assert(data.upsertPerson.id === id && data.upsertPerson.name === variables.name, `upsertPerson answered ${show(data.upsertPerson)}`);

    const reader = apollo(ctx).client;
    const read = await reader.query({
        query: gql`query Read($id: ID!) { node(id: $id) { id ... on Person { name aliases sources { id publishedAt } } } }`,
        variables: { id },
        fetchPolicy: 'network-only',
    });
    const node = read.data.node;
    assert(node?.name === variables.name, `read back ${show(node)}`);
    assert(node.aliases.includes('Clients check'), `aliases ${show(node.aliases)}`);
    assert(node.sources.some((s) => s.id === sourceId && s.publishedAt === '2026-02-25'), `sources ${show(node.sources)}`);
});

check('Apollo Client: automatic persisted queries (POST, and GET with useGETForHashedQueries)', async (ctx) => {
    for (const useGETForHashedQueries of [false, true]) {
        const label = useGETForHashedQueries ? 'GET' : 'POST';
        // A document the server has never seen: its hash cannot be stored yet.
        const query = gql(`query Apq { persons(first: 2, orderBy: [{field: NAME}]) { id name } apq_${label}_${RUN.replace(/-/g, '_')}: __typename }`);
        const expected = await postGraphql(ctx, 'query { persons(first: 2, orderBy: [{field: NAME}]) { id name } }');
        assert(expected.json?.data?.persons, `plain query failed: ${show(expected.text)}`);

        const first = apollo(ctx, { persisted: { useGETForHashedQueries } });
        const one = await first.client.query({ query }).catch((error) => {
            throw new Error(`${label}: first client failed: ${errorText(error)}; requests: ${describeRequests(first.requests)}`);
        });
        assert(idsAndNames(one.data.persons) === idsAndNames(expected.json.data.persons),
            `${label}: answered ${show(one.data.persons)}, a plain query answers ${show(expected.json.data.persons)}`);
        const [miss, retry] = first.requests;
        const trace = `${label}: ${describeRequests(first.requests)}`;
        assert(first.requests.length === 2, `expected a miss and a retry, got ${trace}`);
        const missParams = graphqlParams(miss);
        const hash = missParams.extensions?.persistedQuery?.sha256Hash;
        assert(miss.method === label, `the hash-only request was a ${miss.method}: ${trace}`);
        assert(/^[0-9a-f]{64}$/.test(hash || '') && missParams.query === undefined, `first request is not hash-only: ${trace}`);
        const missError = miss.json?.errors?.[0];
        assert(missError?.message === 'PersistedQueryNotFound' && missError?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND',
            `the hash-only request did not answer PersistedQueryNotFound / PERSISTED_QUERY_NOT_FOUND: ${trace}`);
        const retryParams = graphqlParams(retry);
        assert(typeof retryParams.query === 'string' && sha256(retryParams.query) === hash,
            `the retry does not carry the document of that hash: ${trace}`);

        const second = apollo(ctx, { persisted: { useGETForHashedQueries } });
        const two = await second.client.query({ query }).catch((error) => {
            throw new Error(`${label}: second client failed: ${errorText(error)}; requests: ${describeRequests(second.requests)}`);
        });
        const trace2 = `${label}: ${describeRequests(second.requests)}`;
        assert(second.requests.length === 1, `second client: expected one hash-only request, got ${trace2}`);
        const params = graphqlParams(second.requests[0]);
        assert(second.requests[0].method === label && params.query === undefined
            && params.extensions?.persistedQuery?.sha256Hash === hash, `second client did not send the hash alone: ${trace2}`);
        assert(JSON.stringify(two.data) === JSON.stringify(one.data), `second client answered ${show(two.data)}`);
    }
});

check('urql defaults: the first query, sent as GET, answers without error', async (ctx) => {
    const { client, requests } = urql(ctx, [cacheExchange, fetchExchange]);
    const result = await client.query(FIRST_QUERY, {}).toPromise();
    const trace = describeRequests(requests);
    assert(requests.length === 1 && requests[0].method === 'GET', `expected one GET, got ${trace}`);
    assert(requests[0].params?.query?.includes('delegations'), `the GET does not carry the query: ${requests[0].url}`);
    assert(!result.error, `urql error: ${result.error?.message}; ${trace}`);
    expectSeedDelegations(result.data?.delegations);
});

check('urql defaults: statements counted by speaker and kind, as the seed report states them', async (ctx) => {
    // The counts the report gives, from the seed file: each statement's kind, and who made it (MADE).
    const statements = seed.entities.filter((e) => e.type === 'Statement');
    const tally = (keyOf) => statements.reduce((m, s) => m.set(keyOf(s), (m.get(keyOf(s)) || 0) + 1), new Map());
    const speakerOf = (s) => seedRelations('MADE', (r) => r.to === s.id).map((r) => r.from)[0] ?? null;
    const bySpeaker = tally(speakerOf);
    const byKind = tally((s) => s.properties?.kind ?? null);
    const { client, requests } = urql(ctx, [cacheExchange, fetchExchange]);
    const result = await client.query(`query StatementsAggregate {
      statementsAggregate {
        count
        speakers: groups(by: [SPEAKER]) { count key { speaker { id name } } }
        kinds: groups(by: [KIND]) { count key { kind } }
      }
    }`, {}).toPromise();
    const trace = describeRequests(requests);
    assert(!result.error, `urql error: ${result.error?.message}; ${trace}`);
    const aggregate = result.data?.statementsAggregate;
    assert(aggregate?.count === statements.length, `count ${aggregate?.count}, the seed has ${statements.length}`);
    const answered = (groups, keyOf) => new Map(groups.map((g) => [keyOf(g.key), g.count]));
    const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
    const speakers = answered(aggregate.speakers, (key) => key.speaker?.id ?? null);
    assert(same(speakers, bySpeaker), `by speaker ${show([...speakers])}, the seed gives ${show([...bySpeaker])}`);
    const kinds = answered(aggregate.kinds, (key) => key.kind ?? null);
    assert(same(kinds, byKind), `by kind ${show([...kinds])}, the seed gives ${show([...byKind])}`);
    const counts = aggregate.speakers.map((g) => g.count);
    assert(counts.every((c, i) => i === 0 || counts[i - 1] >= c), `groups not in count order: ${show(counts)}`);
});

check('Apollo Client: each delegation\'s membersAggregate counts the members its list gives', async (ctx) => {
    const { client } = apollo(ctx);
    const { data } = await client.query({ query: gql`query MembersAggregate {
      delegations { id membersAggregate { count } members(first: 100) { id } }
    }` });
    assert(data?.delegations?.length > 0, `no delegations: ${show(data)}`);
    for (const d of data.delegations) {
        const members = seedRelations('MEMBER_OF', (r) => r.to === d.id).map((r) => r.from);
        const seedCount = new Set(members).size;
        assert(d.membersAggregate.count === d.members.length && d.members.length === seedCount,
            `${d.id}: membersAggregate ${d.membersAggregate.count}, members ${d.members.length}, seed ${seedCount}`);
    }
});

check('urql persistedExchange: hash-only GET, miss, retry with the document, then a hit', async (ctx) => {
    const query = `query UrqlApq { states(orderBy: [{field: NAME}]) { id name } apq_urql_${RUN.replace(/-/g, '_')}: __typename }`;
    const expected = await postGraphql(ctx, 'query { states(orderBy: [{field: NAME}]) { id name } }');
    assert(expected.json?.data?.states, `plain query failed: ${show(expected.text)}`);

    const first = urql(ctx, [cacheExchange, persistedExchange(), fetchExchange]);
    const one = await first.client.query(query, {}).toPromise();
    const trace = describeRequests(first.requests);
    assert(!one.error, `first client: ${one.error?.message}; ${trace}`);
    assert(idsAndNames(one.data?.states) === idsAndNames(expected.json.data.states),
        `answered ${show(one.data)}, a plain query answers ${show(expected.json.data.states)}`);
    assert(first.requests.length === 2, `expected a miss and a retry, got ${trace}`);
    const [miss, retry] = first.requests;
    const missParams = graphqlParams(miss);
    const hash = missParams.extensions?.persistedQuery?.sha256Hash;
    assert(miss.method === 'GET' && /^[0-9a-f]{64}$/.test(hash || '') && missParams.query === undefined,
        `first request is not a hash-only GET: ${trace}`);
    assert(miss.json?.errors?.[0]?.message === 'PersistedQueryNotFound', `the miss did not answer PersistedQueryNotFound: ${trace}`);
    const retryParams = graphqlParams(retry);
    assert(typeof retryParams.query === 'string' && sha256(retryParams.query) === hash,
        `the retry does not carry the document of that hash: ${trace}`);

    const second = urql(ctx, [cacheExchange, persistedExchange(), fetchExchange]);
    const two = await second.client.query(query, {}).toPromise();
    const trace2 = describeRequests(second.requests);
    assert(!two.error, `second client: ${two.error?.message}; ${trace2}`);
    const params = graphqlParams(second.requests[0] || {});
    assert(second.requests.length === 1 && params.query === undefined && params.extensions?.persistedQuery?.sha256Hash === hash,
        `second client did not send the hash alone: ${trace2}`);
    assert(JSON.stringify(two.data) === JSON.stringify(one.data), `second client answered ${show(two.data)}`);
});

check('graphql-ws: entityChanged and factAdded deliver a write made over HTTP', async (ctx) => {
    const person = `clients-check-ws-person-${RUN}`;
    const delegation = `clients-check-ws-delegation-${RUN}`;
    let connected;
    const isConnected = new Promise((resolve) => { connected = resolve; });
    const client = wsClient(ctx, { on: { connected: () => connected() } });

    const subscribe = (query) => {
        const events = [];
        let notify = () => {};
        let failure;
        client.subscribe({ query }, {
            next: (event) => { events.push(event); notify(); },
            error: (error) => { failure = error; notify(); },
            complete: () => { failure ??= new Error('completed before any event'); notify(); },
        });
        return {
            events,
            next: () => new Promise((resolve, reject) => {
                const look = () => {
                    if (failure) reject(new Error(`${query}: ${errorText(failure)}`));
                    else if (events.length) resolve(events[0]);
                    else notify = look;
                };
                look();
            }),
        };
    };
    const entities = subscribe(`subscription { entityChanged(id: "${person}", types: [PERSON]) { __typename id name } }`);
    const facts = subscribe(`subscription { factAdded(subject: "${person}") { predicate subject { id } object { id } sources { id } } }`);
    await isConnected;
    await sleep(300, ctx.signal); // graphql-transport-ws does not acknowledge a subscribe: let the server set it up

    const name = `Clients Check WS ${RUN}`;
    // Each attempt cites a new report, so a repeated write is a new event, not an idempotent no-op.
    for (let attempt = 1; attempt <= 3 && !(entities.events.length && facts.events.length); attempt++) {
        const report = `clients-check-ws-report-${RUN}-${attempt}`;
        const write = await postGraphql(ctx, `mutation {
            upsertPerson(input: {id: "${person}", name: "${name}", newSources: [{id: "${report}", name: "WS report ${attempt}", publishedAt: "2026-02-25"}]}) { id }
            upsertDelegation(input: {id: "${delegation}", name: "Clients check delegation", sources: ["${report}"]}) { id }
            link(input: {type: MEMBER_OF, from: "${person}", to: "${delegation}", sources: ["${report}"]}) { predicate }
        }`, { token: EDITOR_TOKEN });
        assert(write.json?.data?.link && !write.json.errors, `write failed: ${show(write.text)}`);
        if (attempt > 1) ctx.info(`write attempt ${attempt}: no event yet after the previous one`);
        await Promise.race([Promise.all([entities.next(), facts.next()]), sleep(4000, ctx.signal)]);
    }
    const entity = await entities.next();
    assert(!entity.errors, `entityChanged errors: ${show(entity.errors)}`);
    const changed = entity.data?.entityChanged;
    assert(changed?.id === person && changed.name === name && changed.__typename === 'Person', `entityChanged sent ${show(entity)}`);
    const fact = await facts.next();
    assert(!fact.errors, `factAdded errors: ${show(fact.errors)}`);
    const added = fact.data?.factAdded;
    assert(added?.predicate === 'MEMBER_OF' && added.subject.id === person && added.object.id === delegation,
        `factAdded sent ${show(fact)}`);
    assert(added.sources.some((s) => s.id.startsWith(`clients-check-ws-report-${RUN}`)), `factAdded sources ${show(added.sources)}`);
});

check('graphql-ws: a subscription that does not parse (or validate) ends with coded errors', async (ctx) => {
    const client = wsClient(ctx);
    const failing = (query) => new Promise((resolve, reject) => {
        client.subscribe({ query }, {
            next: (event) => reject(new Error(`${query}: expected an error, got an event ${show(event)}`)),
            error: resolve,
            complete: () => reject(new Error(`${query}: completed without an error`)),
        });
    });
    for (const [query, code] of [['subscription { factAdded(', 'GRAPHQL_PARSE_FAILED'], ['subscription { noSuchField }', 'VALIDATION']]) {
        const errors = await failing(query);
        assert(Array.isArray(errors) && errors.length > 0,
            `${query}: the error callback got ${errors?.code ? `a close ${errors.code} ${errors.reason}` : show(errors)}, not a list of GraphQL errors`);
        const codes = errors.map((e) => e.extensions?.code);
        assert(codes.every((c) => c === code), `${query}: codes ${show(codes)}, expected ${code}: ${show(errors)}`);
    }
});

check('graphql-http audit: every MUST and SHOULD passes', async (ctx) => {
    const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: ctx.signal });
    const results = [];
    for (const audit of serverAudits({ url: GRAPHQL_URL, fetchFn })) {
        results.push(await audit.fn());
    }
    const level = (r) => r.name.split(' ')[0];
    const count = (lvl) => {
        const of = results.filter((r) => level(r) === lvl);
        return `${of.filter((r) => r.status === 'ok').length}/${of.length}`;
    };
    ctx.info(`MUST ${count('MUST')}, SHOULD ${count('SHOULD')}, MAY ${count('MAY')}`);
    const failed = results.filter((r) => r.status !== 'ok');
    const describe = async (r) => {
        let body = '';
        try {
            body = await r.response.text();
        } catch { /* already read */ }
        return `${r.name} (${r.id}): ${r.reason} [${r.response?.status} ${show(body, 160)}]`;
    };
    for (const r of failed.filter((x) => level(x) === 'MAY')) ctx.info(`MAY not met: ${await describe(r)}`);
    const required = failed.filter((r) => level(r) !== 'MAY');
    if (required.length) {
        const lines = [];
        for (const r of required) lines.push(await describe(r));
        throw new Error(`${required.length} MUST/SHOULD audit(s) failed:\n      ${lines.join('\n      ')}`);
    }
}, 2 * CHECK_TIMEOUT_MS);

check('GET: a mutation is refused with 405 METHOD_NOT_ALLOWED, a depth bomb with QUERY_TOO_DEEP', async (ctx) => {
    const id = `clients-check-get-${RUN}`;
    const mutation = `mutation { upsertIssue(input: {id: "${id}", name: "Sent over GET", newSources: [{id: "${id}-report", name: "GET report"}]}) { id } }`;
    const response = await fetch(`${GRAPHQL_URL}?query=${encodeURIComponent(mutation)}`, {
        headers: { accept: 'application/graphql-response+json, application/json;q=0.9', authorization: `Bearer ${EDITOR_TOKEN}` },
        signal: ctx.signal,
    });
    const text = await response.text();
    const body = tryJson(text);
    const read = await postGraphql(ctx, `{ node(id: "${id}") { id } }`);
    assert(read.json?.data && read.json.data.node === null, `the GET mutation wrote ${id}: ${show(read.text)}`);
    assert(response.status === 405, `mutation over GET answered ${response.status} ${show(text)}`);
    assert(body?.errors?.[0]?.extensions?.code === 'METHOD_NOT_ALLOWED',
        `405 body is not a JSON error coded METHOD_NOT_ALLOWED: ${response.headers.get('content-type')} ${show(text)}`);
    if (!response.headers.get('allow')) ctx.info('the 405 has no Allow header');

    const bomb = depthBomb(20);
    const posted = await postGraphql(ctx, bomb);
    assert(posted.json?.errors?.[0]?.extensions?.code === 'QUERY_TOO_DEEP', `POST depth bomb answered ${show(posted.text)}`);
    const got = await fetch(`${GRAPHQL_URL}?query=${encodeURIComponent(bomb)}`, {
        headers: { accept: 'application/json' },
        signal: ctx.signal,
    });
    const gotText = await got.text();
    const gotBody = tryJson(gotText);
    assert(gotBody?.errors?.length && gotBody.errors.every((e) => e.extensions?.code === 'QUERY_TOO_DEEP') && !gotBody.data,
        `GET depth bomb answered ${got.status} ${show(gotText)}`);
});

check('persisted queries: a hash that does not match its document is refused and not stored', async (ctx) => {
    // Otherwise anyone could bind a hash to another document, and every client sending that hash would get its answer.
    const honest = `query Poison { issues(first: 1) { id } apq_poison_${RUN.replace(/-/g, '_')}: __typename }`;
    const hash = sha256(honest);
    const liar = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
            query: '{ states(first: 1) { name } }',
            extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        }),
        signal: ctx.signal,
    });
    const liarText = await liar.text();
    const liarBody = tryJson(liarText);
    assert(liarBody?.errors?.length && liarBody.errors.every((e) => typeof e.extensions?.code === 'string'),
        `a mismatched hash was not refused with a coded error: ${liar.status} ${show(liarText)}`);
    assert(!liarBody.data?.states, `a mismatched hash was executed: ${show(liarText)}`);
    const probe = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
        signal: ctx.signal,
    });
    const probeText = await probe.text();
    assert(tryJson(probeText)?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND',
        `after the mismatch, the hash alone answered ${probe.status} ${show(probeText)}`);
});

// ---------------------------------------------------------------- runner

let passed = 0;
let failed = 0;
console.log(`# clients check against ${GRAPHQL_URL} (run ${RUN})`);
for (const [index, { name, fn, timeout: ownTimeout }] of checks.entries()) {
    const number = index + 1;
    const timeout = Math.min(ownTimeout, RUN_DEADLINE - Date.now());
    if (timeout <= 0) {
        failed++;
        console.log(`FAIL ${number} ${name}: not run, the run's time limit passed`);
        continue;
    }
    const controller = new AbortController();
    const cleanups = [];
    const infos = [];
    const ctx = { signal: controller.signal, defer: (f) => cleanups.push(f), info: (line) => infos.push(line) };
    let timer;
    try {
        await Promise.race([
            fn(ctx),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`timed out after ${(timeout / 1000).toFixed(1)} s`)), timeout);
            }),
        ]);
        passed++;
        console.log(`ok ${number} ${name}`);
    } catch (error) {
        failed++;
        console.log(`FAIL ${number} ${name}: ${error?.message || show(error)}`);
    } finally {
        clearTimeout(timer);
        controller.abort();
        for (const cleanup of cleanups) {
            // Best effort, and bounded: graphql-ws's dispose() waits for a socket still connecting.
            await Promise.race([Promise.resolve().then(cleanup).catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
        }
    }
    for (const line of infos) console.log(`    ${line}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
