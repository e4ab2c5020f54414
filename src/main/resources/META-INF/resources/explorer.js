'use strict';
// The explorer page: everything it shows comes from the public GraphQL API at /graphql (queries over HTTP, the
// factAdded and entityChanged subscriptions over WebSocket), so a client could ask for the same. Reading needs no
// token; in editor mode, writes carry the editor token, kept in sessionStorage for this tab and sent only to this
// server (a relative URL).

const COLOURS = {
  State: '#1f77b4', Person: '#d62728', Delegation: '#ff7f0e', Talks: '#2ca02c', WorkingGroup: '#17becf',
  DisputedAsset: '#8c564b', Issue: '#9467bd', Position: '#bcbd22', Statement: '#e377c2', Source: '#7f7f7f',
};
const ENDS = '__typename id name';
const SOURCES = 'sources { id name publishedAt url }';
const FACT = `subject { ${ENDS} } predicate object { ${ENDS} } since until attributes { key value } ${SOURCES}`;
// A hub has thousands of facts: the entity view asks for a page and more on demand.
const FACTS_PAGE = 50;
const FACTS_MAX = 500;
const DISAGREEMENT = `subject { ${ENDS} } predicate object { ${ENDS} } property claims { ${FACT} }
  values { property value current ${SOURCES} }`;
const NEIGHBOURS = `query Neighbours($id: ID!, $knownAt: Date, $asOf: Date) { node(id: $id, knownAt: $knownAt) {
  ... on Entity { facts(first: 100, asOf: $asOf) { ${FACT} } } } }`;
const ENTITY = `query Entity($id: ID!, $knownAt: Date, $asOf: Date, $first: Int) {
  node(id: $id, knownAt: $knownAt) { __typename id ... on Entity { name aliases ${SOURCES}
    propertyClaims { property value current ${SOURCES} }
    facts(first: $first, asOf: $asOf) { ${FACT} }
    counted: facts(first: ${FACTS_MAX}, asOf: $asOf) { predicate subject { id } } } }
  asSubject: disagreements(subject: $id) { ${DISAGREEMENT} }
  asObject: disagreements(object: $id) { ${DISAGREEMENT} } }`;
const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { entity { ${ENDS} } } }`;
const TIMELINE = `query Timeline($knownAt: Date) {
  talks(orderBy: [{field: DATE}], first: 100, knownAt: $knownAt) { ${ENDS} date: startDate location }
  positions(orderBy: [{field: DATE}], first: 100, knownAt: $knownAt) { ${ENDS} date holder { name } }
  statements(orderBy: [{field: DATE}], first: 100, knownAt: $knownAt) { ${ENDS} date speaker { name } } }`;
const CHANGES = `query Changes($since: Date!, $until: Date) { changes(since: $since, until: $until, first: 100) {
  ${FACT} } }`;
const DISAGREEMENTS = `{ disagreements(first: 100) { ${DISAGREEMENT} } }`;
const PATH = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { length facts { ${FACT} } } }`;
const TOKEN_KEY = 'accord-graph-editor-token';

const $ = id => document.getElementById(id);
// The entity on view, or being opened.
let selected = null;
let factsShown = FACTS_PAGE;
let graph = null;
// When facts held (asOf) and what the sources had said by then (knownAt); null is today.
const time = { asOf: null, knownAt: null };
// The disagreements of the entity on view, by fact or property, for its rows' marks.
let disagreementsShown = new Map();

/** A DOM element with attributes and children; text is always set as text, never parsed as HTML. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) element.setAttribute(key, value);
  });
  children.flat(Infinity).forEach(child => element.append(child instanceof Node ? child : String(child ?? '')));
  return element;
}

function kindBadge(kind) {
  return el('span', { class: 'kind', style: `background:${COLOURS[kind] || '#555'}` }, kind);
}

function entityButton(entity) {
  return el('button', { type: 'button', class: 'entity', 'data-id': entity.id, onclick: () => open(entity.id) },
    entity.name);
}

function report(message) {
  $('status').textContent = message;
}

/** A refused request, with the problems of `extensions.problems` for the fields they name. */
class Refused extends Error {
  constructor(errors) {
    super(errors.map(e => e.message).join('; '));
    this.problems = errors.flatMap(e => (e.extensions && e.extensions.problems) || []);
  }
}

async function graphql(query, variables, write) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (write) headers.Authorization = `Bearer ${sessionStorage.getItem(TOKEN_KEY)}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Refused(body.errors);
  return body.data;
}

/** The time controls' values as query variables. */
const timeVariables = () => ({ asOf: time.asOf, knownAt: time.knownAt });

/**
 * For a view that is asked for again and again (an entity, its chart, the timeline, a search box's matches): runs
 * a question and answers what it answers, or undefined when a newer question was asked before it came. Answers can
 * arrive out of order, and only the newest question's may be shown.
 */
function newestOnly() {
  let asked = 0;
  return async question => {
    const mine = ++asked;
    const answer = await question();
    return mine === asked ? answer : undefined;
  };
}

/** Lists what `input` finds as the user types, each match a button made by `pick`. */
function searchBox(input, list, pick) {
  const newest = newestOnly();
  let typing = null;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(async () => {
      const text = input.value.trim();
      try {
        const hits = await newest(async () => (text ? (await graphql(SEARCH, { text })).search : []));
        if (hits === undefined) return;
        list.replaceChildren(...hits.map(hit => el('li', {}, kindBadge(hit.entity.__typename), pick(hit.entity))));
        if (text && !hits.length) list.append(el('li', {}, 'Nothing found.'));
      } catch (e) { report('Search failed: ' + e.message); }
    }, 200);
  });
}

// --- entity view --------------------------------------------------------------------------------------------
function sourceLabel(s) {
  return `${s.name} (${s.publishedAt || 'undated'})`;
}

function sourcesCell(sources) {
  return el('td', {}, sources.map((s, i) => [i ? '; ' : '', s.url
    ? el('a', { href: s.url, rel: 'noopener', title: `published ${s.publishedAt || 'on an unknown day'}` }, s.name)
    : el('span', { title: `published ${s.publishedAt || 'on an unknown day'}` }, s.name)]));
}

const factKey = fact => `${fact.subject.id} ${fact.predicate} ${fact.object.id}`;

function disagreementMark(key) {
  const disagreement = disagreementsShown.get(key);
  return disagreement ? el('button', { type: 'button', class: 'disagree', onclick: () => showClaims(disagreement) },
    'Sources disagree') : '';
}

function factRow(fact, fresh) {
  const attributes = fact.attributes.map(a => `${a.key}: ${a.value}`).join(', ');
  return el('tr', fresh ? { class: 'fresh' } : {},
    el('td', {}, entityButton(fact.subject)),
    el('td', { class: 'predicate' }, fact.predicate, attributes ? el('div', {}, attributes) : '',
      disagreementMark(factKey(fact))),
    el('td', {}, entityButton(fact.object)),
    el('td', {}, [fact.since || '', fact.until ? ` – ${fact.until}` : '']),
    sourcesCell(fact.sources));
}

/** The properties several sources give differently, each marked; the others as the node shows them. */
function propertiesTable(node) {
  const byProperty = new Map();
  node.propertyClaims.forEach(c => byProperty.set(c.property, [...(byProperty.get(c.property) || []), c]));
  if (!byProperty.size) return '';
  return el('table', { 'aria-label': `Properties of ${node.name}` },
    el('thead', {}, el('tr', {}, ['Property', 'Value', 'Reports'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, [...byProperty].map(([property, claims]) => {
      const shown = claims.find(c => c.current) || claims[0];
      return el('tr', {}, el('td', { class: 'predicate' }, property),
        el('td', {}, shown.value, disagreementMark(`${node.id} .${property}`)), sourcesCell(shown.sources));
    })));
}

/** Counts of the entity's facts by kind and direction, from up to FACTS_MAX of them. */
function countsList(node) {
  const counts = new Map();
  node.counted.forEach(f => {
    const key = `${f.predicate} ${f.subject.id === node.id ? '→' : '←'}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  });
  const capped = node.counted.length === FACTS_MAX ? ' (at least)' : '';
  return el('ul', { class: 'counts', 'aria-label': `Counts of facts about ${node.name}${capped}` },
    [...counts].sort().map(([key, n]) => el('li', {}, `${key}: ${n}`)));
}

// Statements per month per speaker, from the aggregation API (issue 19) when the server has it: the page asks the
// schema first, and leaves the chart out on a server without it.
const CHART_GROUPS = 'groups(by: [SPEAKER, DATE_MONTH]) { count key { speaker { id name } month } }';
let aggregations = null;

function hasAggregations() {
  if (!aggregations) {
    aggregations = schemaType('Query').then(query => query.fields.find(f => f.name === 'statementsAggregate'))
      .then(field => (field && field.args.some(a => a.name === 'where')
        ? { knownAt: field.args.some(a => a.name === 'knownAt') } : null))
      .catch(() => null);
  }
  return aggregations;
}

const chartQuestion = newestOnly();

/** The statements the entity made or that are about it, counted by speaker and month, as a table of bars. */
async function statementsChart(node) {
  const field = await hasAggregations();
  if (!field) return;
  const known = field.knownAt ? ', $knownAt: Date' : '';
  const query = `query Chart($where: StatementWhere${known}) { statementsAggregate(where: $where`
    + `${field.knownAt ? ', knownAt: $knownAt' : ''}) { ${CHART_GROUPS} } }`;
  const where = { OR: [{ speaker: { some: { id: { eq: node.id } } } }, { about: { some: { id: { eq: node.id } } } }] };
  const data = await chartQuestion(() => graphql(query, field.knownAt ? { where, knownAt: time.knownAt } : { where }));
  if (data === undefined || selected !== node.id || !data.statementsAggregate.groups.length) return;
  const { groups } = data.statementsAggregate;
  const month = g => g.key.month || 'undated';
  const months = [...new Set(groups.map(month))].sort();
  const speakers = [...new Map(groups.map(g => [g.key.speaker?.id, g.key.speaker])).values()];
  const most = Math.max(...groups.map(g => g.count));
  const count = (speaker, m) => groups.filter(g => g.key.speaker?.id === speaker?.id && month(g) === m)
    .reduce((sum, g) => sum + g.count, 0);
  $('chart').replaceChildren(el('table', { 'aria-label': `Statements per month per speaker, by or about ${node.name}` },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Speaker'), months.map(m => el('th', { scope: 'col' }, m)))),
    el('tbody', {}, speakers.map(speaker => el('tr', {}, el('th', { scope: 'row' }, speaker ? speaker.name : 'unknown'),
      months.map(m => {
        const n = count(speaker, m);
        return el('td', {}, n ? el('span', { class: 'bar', style: `width:${(n / most) * 4}rem` }) : '', String(n));
      }))))));
}

function timeNote() {
  const parts = [time.asOf ? `as of ${time.asOf}` : '', time.knownAt ? `as known at ${time.knownAt}` : '']
    .filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const entityQuestion = newestOnly();

/**
 * Shows an entity and answers its node (null when nothing is known of it), or undefined when the view was asked for
 * again before this answer came.
 */
async function showEntity(id, freshFacts = []) {
  // Selected as soon as asked for: a live refresh from now on is for this entity, not the one still on view.
  selected = id;
  const data = await entityQuestion(() => graphql(ENTITY, { id, first: factsShown, ...timeVariables() }));
  if (data === undefined) return undefined;
  const node = data.node;
  $('entity-hint').hidden = true;
  disagreementsShown = new Map([...data.asSubject, ...data.asObject].map(d =>
    [d.property ? `${d.subject.id} .${d.property}` : factKey(d), d]));
  if (!node) {
    $('entity-body').replaceChildren(el('h3', { id: 'entity-name', tabindex: '-1' }, id),
      el('p', { id: 'entity-unknown' }, `Nothing known about ${id}${timeNote()}.`));
    return null;
  }
  // A fact's claims share its key; the fresh ones are told by their qualifiers too.
  const claimOf = f => `${factKey(f)} ${JSON.stringify(f.attributes)}`;
  const fresh = new Set(freshFacts.map(claimOf));
  $('entity-body').replaceChildren(
    el('h3', { id: 'entity-name', tabindex: '-1' }, kindBadge(node.__typename), node.name, timeNote()),
    node.aliases.length ? el('p', {}, 'Also: ' + node.aliases.join(', ')) : '',
    el('p', {}, 'Reported by: ', node.sources.map((s, i) => [i ? '; ' : '', sourceLabel(s)])),
    countsList(node),
    el('div', { id: 'chart' }),
    propertiesTable(node),
    el('table', { 'aria-label': `Facts about ${node.name}` },
      el('thead', {}, el('tr', {}, ['Subject', 'Predicate', 'Object', 'Dates', 'Reports'].map(h =>
        el('th', { scope: 'col' }, h)))),
      el('tbody', {}, node.facts.map(f => factRow(f, fresh.has(claimOf(f)))))),
    node.facts.length === factsShown && factsShown < FACTS_MAX
      ? el('button', { type: 'button', id: 'more-facts', onclick: moreFacts }, 'More facts') : '');
  statementsChart(node).catch(e => report('Chart failed: ' + e.message));
  return node;
}

async function moreFacts() {
  factsShown = Math.min(FACTS_MAX, factsShown + FACTS_PAGE);
  try { await showEntity(selected); } catch (e) { report('Could not load more facts: ' + e.message); }
}

/** The claims of a disputed fact or property side by side, newest source first, as Wikidata shows statements. */
function showClaims(disagreement) {
  const newest = sources => sources.map(s => s.publishedAt || '').sort().pop() || '';
  const what = disagreement.property
    ? `${disagreement.subject.name}: ${disagreement.property}`
    : `${disagreement.subject.name} ${disagreement.predicate} ${disagreement.object.name}`;
  const claims = disagreement.property
    ? disagreement.values.map(v => ({ lines: [`${v.property}: ${v.value}`], sources: v.sources }))
    : disagreement.claims.map(c => ({
      lines: [...c.attributes.map(a => `${a.key}: ${a.value}`), c.since ? `since: ${c.since}` : '',
        c.until ? `until: ${c.until}` : ''].filter(Boolean),
      sources: c.sources,
    }));
  claims.sort((a, b) => newest(b.sources).localeCompare(newest(a.sources)));
  $('claims-heading').textContent = `Claims side by side: ${what}`;
  $('claims-body').replaceChildren(el('ol', { class: 'claims', 'aria-label': `Claims of ${what}` },
    claims.map((claim, i) => el('li', { class: 'claim' },
      el('h4', {}, `Claim ${i + 1}`),
      el('ul', { 'aria-label': 'Qualifiers' }, claim.lines.length ? claim.lines.map(l => el('li', {}, l))
        : el('li', {}, 'no qualifiers')),
      el('p', {}, 'Sources: ', [...claim.sources]
        .sort((a, b) => (b.publishedAt || '').localeCompare(a.publishedAt || ''))
        .map((s, j) => [j ? '; ' : '', sourceLabel(s)]))))));
  $('claims').hidden = false;
  $('claims-heading').focus();
}

// --- graph view ---------------------------------------------------------------------------------------------
function addNode(entity) {
  if (graph.getElementById(entity.id).empty()) {
    graph.add({ group: 'nodes', data: { id: entity.id, label: entity.name, kind: entity.__typename,
      colour: COLOURS[entity.__typename] || '#555' } });
  }
}

function addFact(fact) {
  addNode(fact.subject);
  addNode(fact.object);
  const title = fact.attributes.map(a => a.value).join(',');
  const id = `${factKey(fact)} ${title}`;
  if (graph.getElementById(id).empty()) {
    graph.add({ group: 'edges', data: { id, source: fact.subject.id, target: fact.object.id, label: fact.predicate } });
  }
}

function layout() {
  // The page above the graph may have changed height since Cytoscape measured its container: taps would miss.
  graph.resize();
  graph.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false }).run();
  $('graph-nodes').replaceChildren(...graph.nodes().map(n => el('li', {}, kindBadge(n.data('kind')),
    el('button', { type: 'button', class: 'entity', 'data-id': n.id(), onclick: () => expand(n.id()) },
      n.data('label')))));
}

async function expand(id) {
  try {
    const data = await graphql(NEIGHBOURS, { id, ...timeVariables() });
    if (data.node) data.node.facts.forEach(addFact);
    layout();
    await showEntity(id);
  } catch (e) { report('Could not expand: ' + e.message); }
}

function newGraph() {
  graph = cytoscape({
    container: $('graph'),
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9,
        'text-wrap': 'wrap', 'text-max-width': 110, width: 18, height: 18 } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 7, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#aaa', 'target-arrow-color': '#aaa',
        'text-rotation': 'autorotate', color: '#444' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f4b400' } },
    ],
  });
  graph.on('tap', 'node', event => expand(event.target.id()));
  window.explorerGraph = graph; // for the browser test, which clicks nodes where they are drawn
}

async function open(id) {
  try {
    if (id !== selected) factsShown = FACTS_PAGE;
    $('claims').hidden = true;
    const node = await showEntity(id);
    if (node === undefined) return;
    graph.elements().remove();
    if (node) {
      node.facts.forEach(addFact);
      addNode(node);
    }
    layout();
    $('entity-name').focus();
  } catch (e) { report('Could not open: ' + e.message); }
}

// --- time ---------------------------------------------------------------------------------------------------
/** Applies the time controls to the entity view, the graph and the timeline at once. */
async function timeChanged() {
  time.asOf = $('as-of').value || null;
  time.knownAt = $('known-at').value || null;
  report(time.asOf || time.knownAt ? `Showing the graph${timeNote()}.` : 'Showing the graph as known today.');
  await Promise.all([loadTimeline(), selected ? open(selected) : null]);
}

// --- timeline -----------------------------------------------------------------------------------------------
const timelineQuestion = newestOnly();

async function loadTimeline() {
  try {
    const data = await timelineQuestion(() => graphql(TIMELINE, { knownAt: time.knownAt }));
    if (data === undefined) return;
    // Undated items last: the reports do not always say when a position was taken. Items dated after "As of" had
    // not happened yet.
    const items = [...data.talks, ...data.positions, ...data.statements]
      .filter(item => !time.asOf || !item.date || item.date <= time.asOf)
      .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.name.localeCompare(b.name));
    $('timeline').replaceChildren(...items.map(item => el('li', {}, item.date
      ? el('time', { datetime: item.date }, item.date) : el('span', { class: 'undated' }, 'undated'),
      kindBadge(item.__typename), entityButton(item),
      item.holder ? ` — ${item.holder.name}` : '', item.speaker ? ` — ${item.speaker.name}` : '')));
    if (!items.length) $('timeline').append(el('li', {}, `Nothing${timeNote()}.`));
  } catch (e) { report('Timeline failed: ' + e.message); }
}

// --- what changed, disagreements ----------------------------------------------------------------------------
function factText(fact) {
  const attributes = fact.attributes.map(a => `${a.key}: ${a.value}`).join(', ');
  return [entityButton(fact.subject), ` ${fact.predicate} `, entityButton(fact.object),
    attributes ? ` (${attributes})` : '', fact.since ? `, since ${fact.since}` : '',
    fact.until ? `, until ${fact.until}` : ''];
}

function sourcesText(sources) {
  return el('span', { class: 'sources' }, ' — ', sources.map((s, i) => [i ? '; ' : '', sourceLabel(s)]));
}

async function showChanges(event) {
  event.preventDefault();
  try {
    const data = await graphql(CHANGES, { since: $('changes-since').value, until: $('changes-until').value || null });
    $('changes').replaceChildren(...data.changes.map(f => el('li', {}, factText(f), sourcesText(f.sources))));
    if (!data.changes.length) $('changes').append(el('li', {}, 'No change in that window.'));
  } catch (e) { report('Changes failed: ' + e.message); }
}

async function loadDisagreements() {
  if (!$('disagreements-panel').open) return;
  try {
    const data = await graphql(DISAGREEMENTS);
    $('disagreements').replaceChildren(...data.disagreements.map(d => el('li', {},
      el('button', { type: 'button', class: 'entity', onclick: async () => { await open(d.subject.id); showClaims(d); } },
        d.property ? `${d.subject.name}: ${d.property}` : `${d.subject.name} ${d.predicate} ${d.object.name}`),
      ` — ${d.property ? d.values.length : d.claims.length} claims`)));
    if (!data.disagreements.length) $('disagreements').append(el('li', {}, 'The sources agree on everything.'));
  } catch (e) { report('Disagreements failed: ' + e.message); }
}

// --- paths --------------------------------------------------------------------------------------------------
const pathEnds = { from: null, to: null };

function pathPicker(end) {
  const input = $(`path-${end}`);
  const list = $(`path-${end}-results`);
  searchBox(input, list, entity => el('button', { type: 'button', class: 'entity', onclick: () => {
    pathEnds[end] = entity;
    input.value = entity.name;
    list.replaceChildren();
  } }, entity.name));
  // Typing again forgets the pick.
  input.addEventListener('input', () => { pathEnds[end] = null; });
}

async function findPaths() {
  if (!pathEnds.from || !pathEnds.to) { report('Pick both ends of the path from the matches first.'); return; }
  try {
    const data = await graphql(PATH, { from: pathEnds.from.id, to: pathEnds.to.id });
    graph.elements().remove();
    data.path.forEach(p => p.facts.forEach(addFact));
    layout();
    graph.$id(pathEnds.from.id).select();
    graph.$id(pathEnds.to.id).select();
    $('paths').replaceChildren(...data.path.map((p, i) => el('li', {},
      el('h3', {}, `Path ${i + 1}: ${p.length} ${p.length === 1 ? 'fact' : 'facts'}`),
      el('ol', {}, p.facts.map(f => el('li', {}, factText(f), sourcesText(f.sources)))))));
    if (!data.path.length) $('paths').append(el('li', {}, `No path from ${pathEnds.from.name} to ${pathEnds.to.name}.`));
    report(`${data.path.length} shortest ${data.path.length === 1 ? 'path' : 'paths'} found.`);
  } catch (e) { report('Path failed: ' + e.message); }
}

// --- editor -------------------------------------------------------------------------------------------------
const INTROSPECTION_TYPE = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
// One type a request: graphql-java refuses a query that asks for __type several times (bad-faith introspection).
const TYPE = `query Type($name: String!) { __type(name: $name) { fields { name args { name type { ${INTROSPECTION_TYPE} } } }
  inputFields { name description type { ${INTROSPECTION_TYPE} } } enumValues { name description } } }`;
const SOURCE_LIST = '{ sources(first: 200, orderBy: [{field: DATE, direction: DESC}]) { id name publishedAt } }';
let forms = null;
const types = new Map();
// What every fact takes; the rest of LinkInput are qualifiers of some kinds of fact only.
const FACT_FIELDS = ['type', 'from', 'to', 'since', 'until'];

/** A type of the schema, by introspection, asked once. */
function schemaType(name) {
  if (!types.has(name)) types.set(name, graphql(TYPE, { name }).then(d => d.__type));
  return types.get(name);
}

/** A field's type without its wrappers, and whether it is required or a list. */
function unwrap(type) {
  let required = false;
  let list = false;
  while (type.kind === 'NON_NULL' || type.kind === 'LIST') {
    if (type.kind === 'NON_NULL' && !list) required = true;
    if (type.kind === 'LIST') list = true;
    type = type.ofType;
  }
  return { name: type.name, kind: type.kind, required, list };
}

/**
 * An input for one field of a GraphQL input type, labelled by its name, with its description as a hint; its
 * `data-path` is where a refusal names it (`input.title`), so problems land next to it.
 */
async function fieldInput(form, path, field, labelPrefix = '') {
  const type = unwrap(field.type);
  const id = `${form}-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  let input;
  if (type.kind === 'ENUM') {
    const values = (await schemaType(type.name)).enumValues;
    input = el('select', { id, 'data-path': path, 'data-type': 'enum' },
      type.required ? '' : el('option', { value: '' }, '—'),
      values.map(v => el('option', { value: v.name, title: v.description || '' }, v.name)));
  } else {
    input = el('input', { id, 'data-path': path, 'data-type': type.list ? 'list' : type.name,
      type: type.name === 'Int' ? 'number' : 'text', required: type.required ? 'required' : null });
  }
  const hint = [field.description, type.list ? 'Comma-separated.' : ''].filter(Boolean).join(' ');
  return el('div', { class: 'field' },
    el('label', { for: id }, `${labelPrefix}${field.name}${type.name === 'ID' ? ' (id)' : ''}`
      + (type.required ? ' (required)' : '')),
    input, hint ? el('small', {}, hint) : '', el('p', { class: 'problem', id: `${id}-problem`, hidden: 'hidden' }));
}

/** "Existing source" or "New source" (its fields from SourceInput): every write names its report. */
async function sourceChoice(form) {
  const holder = document.querySelector(`#${form}-form .source-choice`);
  const { sources } = await graphql(SOURCE_LIST);
  const name = `${form}-source-kind`;
  const existing = el('div', { class: 'field' },
    el('label', { for: `${form}-source` }, 'Existing source'),
    el('select', { id: `${form}-source`, 'data-path': 'input.sources' },
      sources.map(s => el('option', { value: s.id }, sourceLabel(s)))),
    el('p', { class: 'problem', id: `${form}-source-problem`, hidden: 'hidden' }));
  const created = el('fieldset', { hidden: 'hidden' }, el('legend', {}, 'New source'),
    await Promise.all(forms.source.inputFields.filter(f => f.name !== 'citedIn')
      .map(f => fieldInput(`${form}-new`, `input.newSources[0].${f.name}`, f, 'new source: '))));
  const toggle = isNew => { existing.hidden = isNew; created.hidden = !isNew; };
  holder.replaceChildren(el('fieldset', {}, el('legend', {}, 'Source of this write'),
    el('label', {}, el('input', { type: 'radio', name, value: 'existing', checked: 'checked',
      onchange: () => toggle(false) }), ' an existing source'),
    el('label', {}, el('input', { type: 'radio', name, value: 'new', onchange: () => toggle(true) }),
      ' a new source (name, date, URL)'),
    existing, created));
}

/** The mutation's input from a form's fields: only the visible, filled ones. */
function formInput(form) {
  const input = {};
  form.querySelectorAll('[data-path]').forEach(field => {
    if (field.closest('[hidden]') || field.value === '') return;
    const path = field.dataset.path.replace(/^input\./, '');
    const value = field.dataset.type === 'list' || path === 'sources'
      ? field.value.split(',').map(v => v.trim()).filter(Boolean)
      : field.dataset.type === 'Int' ? Number(field.value) : field.value;
    const newSource = /^newSources\[0\]\.(.+)$/.exec(path);
    if (newSource) {
      input.newSources = input.newSources || [{}];
      input.newSources[0][newSource[1]] = value;
    } else {
      input[path] = value;
    }
  });
  return input;
}

/** Each problem next to the field it names (or a field that holds it), the others above the button. */
function showProblems(form, problems) {
  form.querySelectorAll('.problem').forEach(p => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(f => f.removeAttribute('aria-invalid'));
  const unplaced = [];
  problems.forEach(problem => {
    const fields = [...form.querySelectorAll('[data-path]')].filter(f => !f.closest('[hidden]'));
    const path = problem.path || '';
    const holds = base => path === base || path.startsWith(`${base}[`) || path.startsWith(`${base}.`);
    const field = fields.find(f => f.dataset.path === path)
      || fields.find(f => holds(f.dataset.path.replace(/\[0\].*$/, '')));
    if (!field) { unplaced.push(problem); return; }
    const note = $(`${field.id}-problem`);
    note.textContent = [note.textContent, problem.message].filter(Boolean).join('; ');
    note.hidden = false;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', note.id);
  });
  form.querySelector('.problems').replaceChildren(...unplaced.map(p =>
    el('li', { class: 'problem' }, `${p.path ? p.path + ': ' : ''}${p.message}`)));
}

/** Sends a form's write; a refusal keeps every value and shows its problems, a success says what was written. */
async function submitWrite(form, mutation, done) {
  try {
    const data = await graphql(mutation, { input: formInput(form) }, true);
    showProblems(form, []);
    done(data);
  } catch (e) {
    const problems = e.problems && e.problems.length ? e.problems : [{ message: e.message }];
    showProblems(form, problems);
    report(`Refused: ${e.message}`);
  }
}

async function entityFields() {
  const mutation = forms.mutations.fields.find(f => f.name === $('entity-kind').value);
  const inputType = unwrap(mutation.args[0].type).name;
  const input = await schemaType(inputType);
  $('entity-fields').replaceChildren(...await Promise.all(input.inputFields
    .filter(f => f.name !== 'sources' && f.name !== 'newSources')
    .map(f => fieldInput('entity', `input.${f.name}`, f))));
}

async function buildForms() {
  const [mutations, link, source] = await Promise.all(['Mutation', 'LinkInput', 'SourceInput'].map(schemaType));
  forms = { mutations, link, source };
  const upserts = forms.mutations.fields.filter(f => f.name.startsWith('upsert'));
  $('entity-kind').replaceChildren(...upserts.map(f => el('option', { value: f.name }, f.name.slice('upsert'.length))));
  await entityFields();
  $('fact-fields').replaceChildren(...await Promise.all(forms.link.inputFields
    .filter(f => f.name !== 'sources' && f.name !== 'newSources')
    .map(f => fieldInput('fact', `input.${f.name}`, f))));
  // GraphQL does not say which qualifiers a kind of fact takes; the bundle format's JSON Schema does.
  forms.bundle = await fetch('/bundles/schema.json').then(r => r.json());
  $('fact-input-type').addEventListener('change', showQualifiers);
  showQualifiers();
  await Promise.all([sourceChoice('entity'), sourceChoice('fact')]);
}

/** Only the qualifiers the chosen kind of fact takes, such as `title` for SERVES. */
function showQualifiers() {
  const kind = forms.bundle.$defs[$('fact-input-type').value];
  const takes = Object.keys(kind?.properties?.properties?.properties || {});
  $('fact-fields').querySelectorAll('.field').forEach(field => {
    const name = field.querySelector('[data-path]').dataset.path.replace(/^input\./, '');
    field.hidden = !FACT_FIELDS.includes(name) && !takes.includes(name);
  });
}

function prefillFact() {
  const from = $('fact-input-from');
  if (from && !from.value && selected) from.value = selected;
}

function tokenState() {
  const has = Boolean(sessionStorage.getItem(TOKEN_KEY));
  $('token-form').hidden = has;
  $('token-state').hidden = !has;
  ['entity-form', 'fact-form', 'import-form'].forEach(id => { $(id).hidden = !has; });
}

async function editorSwitch() {
  const on = $('editor-switch').getAttribute('aria-pressed') !== 'true';
  $('editor-switch').setAttribute('aria-pressed', String(on));
  $('editor').hidden = !on;
  if (!on) return;
  tokenState();
  try {
    if (!forms) await buildForms();
    prefillFact();
    (sessionStorage.getItem(TOKEN_KEY) ? $('entity-kind') : $('editor-token')).focus();
  } catch (e) { report('Editor forms failed: ' + e.message); }
}

// --- import with a preview ----------------------------------------------------------------------------------
const IMPORT = `mutation Import($bundle: String!, $dryRun: Boolean) { importBundle(bundle: $bundle, dryRun: $dryRun) {
  nodesCreated relationshipsCreated preview { entities { id type name }
    claims { subject predicate object qualifiers { key value } sources }
    beside { subject predicate object qualifiers { key value } sources } } } }`;
let bundleText = null;

function claimText(c) {
  const qualifiers = c.qualifiers.map(q => `${q.key}: ${q.value}`).join(', ');
  return `${c.subject} ${c.predicate} ${c.object}${qualifiers ? ` (${qualifiers})` : ''} — ${c.sources.join('; ')}`;
}

async function previewImport() {
  $('import-run').disabled = true;
  bundleText = null;
  const file = $('import-file').files[0];
  if (!file) { $('import-preview').replaceChildren(); return; }
  const text = await file.text();
  try {
    const { importBundle: result } = await graphql(IMPORT, { bundle: text, dryRun: true }, true);
    const p = result.preview;
    const list = (label, items, render) => [el('h4', {}, `${label} (${items.length})`),
      el('ul', { 'aria-label': label }, items.map(item => el('li', {}, render(item))))];
    $('import-preview').replaceChildren(
      el('p', { id: 'import-summary' }, `Preview of ${file.name}: it would create ${result.nodesCreated} nodes and `
        + `${result.relationshipsCreated} relationships. Nothing is written until you import.`),
      ...list('New entities', p.entities, e => `${e.type} ${e.name || ''} (${e.id})`),
      ...list('New claims', p.claims, claimText),
      ...list('Claims beside existing ones (sources disagree)', p.beside, claimText));
    bundleText = text;
    $('import-run').disabled = false;
  } catch (e) {
    $('import-preview').replaceChildren(el('p', {}, `${file.name} cannot be imported:`),
      el('ul', { 'aria-label': 'Problems with the bundle' }, (e.problems.length ? e.problems : [e]).map(p =>
        el('li', { class: 'problem' }, `${p.path ? p.path + ': ' : ''}${p.message}`))));
  }
}

async function runImport(event) {
  event.preventDefault();
  if (!bundleText) return;
  try {
    const { importBundle: result } = await graphql(IMPORT, { bundle: bundleText, dryRun: false }, true);
    $('import-run').disabled = true;
    bundleText = null;
    $('import-preview').append(el('p', { id: 'import-done' }, `Imported: ${result.nodesCreated} nodes and `
      + `${result.relationshipsCreated} relationships created.`));
    report('Import done.');
    if (selected) await showEntity(selected);
  } catch (e) { report('Import refused: ' + e.message); }
}

// --- live updates (graphql-transport-ws) --------------------------------------------------------------------
// One import states thousands of facts, each its own event: the graph is laid out, and the entity view and the
// timeline asked for again, once a burst, at most every BURST_MS, not once an event.
const BURST_MS = 250;
const burst = { facts: [], timeline: false, due: null };

function onFact(fact) {
  // A view of another time shows what the time controls say, not what was written now.
  if (time.asOf || time.knownAt) return;
  const shown = id => id === selected || !graph.getElementById(id).empty();
  if (!shown(fact.subject.id) && !shown(fact.object.id)) return;
  addFact(fact);
  burst.facts.push(fact);
  burst.due ??= setTimeout(burstEnded, BURST_MS);
}

function onEntityChanged() {
  burst.timeline = true;
  burst.due ??= setTimeout(burstEnded, BURST_MS);
}

function burstEnded() {
  const facts = burst.facts.splice(0);
  if (burst.timeline) loadTimeline();
  Object.assign(burst, { timeline: false, due: null });
  if (!facts.length) return;
  layout();
  const last = facts[facts.length - 1];
  report(`${facts.length === 1 ? 'New fact' : `${facts.length} new facts, the last`}: `
    + `${last.subject.name} ${last.predicate} ${last.object.name}`);
  refreshIfShown(facts.flatMap(f => [f.subject.id, f.object.id]), facts);
}

/** Asks again for what writes missed while the live socket was down may have changed: the timeline, the view. */
function catchUp() {
  onEntityChanged();
  if (selected) refreshIfShown([selected]);
}

/** Shows the entity on view again when a write concerned it, with the facts it added marked new. */
function refreshIfShown(ids, facts = []) {
  if (ids.includes(selected)) showEntity(selected, facts).catch(e => report('Could not refresh: ' + e.message));
}

// Whether the live socket was subscribed before (writes made while it was down sent the page no event), and how many
// times in a row it has failed to come back.
const liveSocket = { subscribedBefore: false, failures: 0 };

function live() {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    'graphql-transport-ws');
  const send = message => socket.send(JSON.stringify(message));
  socket.onopen = () => send({ type: 'connection_init' });
  socket.onmessage = event => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') {
      send({ id: 'facts', type: 'subscribe', payload: { query: `subscription { factAdded { ${FACT} } }` } });
      send({ id: 'timeline', type: 'subscribe', payload: {
        query: 'subscription { entityChanged(types: [TALKS, POSITION, STATEMENT]) { id } }' } });
      $('live').dataset.state = 'subscribed';
      $('live').textContent = 'Live updates: on';
      if (liveSocket.subscribedBefore) catchUp();
      Object.assign(liveSocket, { subscribedBefore: true, failures: 0 });
    } else if (message.type === 'ping') {
      send({ type: 'pong' });
    } else if (message.type === 'next' && message.payload.data) {
      if (message.id === 'facts') onFact(message.payload.data.factAdded); else onEntityChanged();
    } else if (message.type === 'error' || (message.type === 'next' && message.payload.errors)) {
      report('Live updates: ' + JSON.stringify(message.payload));
    }
  };
  socket.onclose = () => {
    $('live').dataset.state = 'off';
    $('live').textContent = 'Live updates: reconnecting…';
    // Waits double from 1 s to 30 s, each drawn from its upper half, so that the pages of a restarted server come
    // back spread out, not all at once.
    const wait = Math.min(30_000, 1000 * 2 ** liveSocket.failures++);
    setTimeout(live, wait / 2 + Math.random() * wait / 2);
  };
}

function legend() {
  $('legend').replaceChildren(...Object.keys(COLOURS).map(kind => el('li', {}, kindBadge(kind))));
}

document.addEventListener('DOMContentLoaded', () => {
  newGraph();
  legend();
  searchBox($('search'), $('results'), entityButton);
  pathPicker('from');
  pathPicker('to');
  $('path-find').addEventListener('click', findPaths);
  $('as-of').addEventListener('change', timeChanged);
  $('known-at').addEventListener('change', timeChanged);
  $('time-clear').addEventListener('click', () => { $('as-of').value = ''; $('known-at').value = ''; timeChanged(); });
  $('changes-form').addEventListener('submit', showChanges);
  $('disagreements-panel').addEventListener('toggle', loadDisagreements);
  $('editor-switch').addEventListener('click', editorSwitch);
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('editor-token').value.trim());
    $('editor-token').value = '';
    tokenState();
    $('entity-kind').focus();
  });
  $('token-forget').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); tokenState(); });
  $('entity-kind').addEventListener('change', () => entityFields().catch(e => report(e.message)));
  $('entity-form').addEventListener('submit', event => {
    event.preventDefault();
    const mutation = $('entity-kind').value;
    const inputType = unwrap(forms.mutations.fields.find(f => f.name === mutation).args[0].type).name;
    submitWrite(event.target, `mutation Save($input: ${inputType}!) { ${mutation}(input: $input) { id name } }`,
      data => {
        report(`Saved ${data[mutation].name}.`);
        refreshIfShown([data[mutation].id]);
      });
  });
  $('fact-form').addEventListener('submit', event => {
    event.preventDefault();
    submitWrite(event.target, `mutation Link($input: LinkInput!) { link(input: $input) { ${FACT} } }`,
      data => {
        // Shown at once, whether or not live updates are on.
        report(`Added: ${data.link.subject.name} ${data.link.predicate} ${data.link.object.name}.`);
        refreshIfShown([data.link.subject.id, data.link.object.id], [data.link]);
      });
  });
  $('import-file').addEventListener('change', previewImport);
  $('import-form').addEventListener('submit', runImport);
  loadTimeline();
  live();
});
