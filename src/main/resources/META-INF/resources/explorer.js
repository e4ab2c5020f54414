'use strict';
// The explorer page: everything it shows comes from the public GraphQL API at /graphql (queries over HTTP, the
// factAdded and entityChanged subscriptions over WebSocket), so a client could ask for the same. It only reads, so
// it never needs the editor token.

const COLOURS = {
  State: '#1f77b4', Person: '#d62728', Delegation: '#ff7f0e', Talks: '#2ca02c', WorkingGroup: '#17becf',
  DisputedAsset: '#8c564b', Issue: '#9467bd', Position: '#bcbd22', Statement: '#e377c2', Source: '#7f7f7f',
};
const ENDS = '__typename id name';
const FACT = `subject { ${ENDS} } predicate object { ${ENDS} } since until attributes { key value }
  sources { id name publishedAt url }`;
const NEIGHBOURS = 'query Neighbours($id: ID!) { node(id: $id) { ... on Entity { facts(first: 100) { ' + FACT + ' } } } }';
const ENTITY = `query Entity($id: ID!) { node(id: $id) { __typename id ... on Entity { name aliases
  sources { id name publishedAt url } facts(first: 200) { ${FACT} } } } }`;
const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { entity { ${ENDS} } } }`;
const TIMELINE = `{
  talks(orderBy: [{field: DATE}], first: 100) { ${ENDS} date: startDate location }
  positions(orderBy: [{field: DATE}], first: 100) { ${ENDS} date holder { name } }
  statements(orderBy: [{field: DATE}], first: 100) { ${ENDS} date speaker { name } } }`;
const TIMELINE_KINDS = ['Talks', 'Position', 'Statement'];

const $ = id => document.getElementById(id);
let selected = null;
let graph = null;

/** A DOM element with attributes and children; text is always set as text, never parsed as HTML. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (key === 'onclick') element.addEventListener('click', value); else element.setAttribute(key, value);
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

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map(e => e.message).join('; '));
  return body.data;
}

// --- search -------------------------------------------------------------------------------------------------
let typing = null;
let asked = '';
function searchAsYouType() {
  clearTimeout(typing);
  typing = setTimeout(async () => {
    const text = $('search').value.trim();
    asked = text;
    if (!text) { $('results').replaceChildren(); return; }
    try {
      const data = await graphql(SEARCH, { text });
      if (asked !== text) return; // an older answer arriving late
      $('results').replaceChildren(...data.search.map(hit => el('li', {}, kindBadge(hit.entity.__typename),
        entityButton(hit.entity))));
      if (!data.search.length) $('results').append(el('li', {}, 'Nothing found.'));
    } catch (e) { report('Search failed: ' + e.message); }
  }, 200);
}

// --- entity view --------------------------------------------------------------------------------------------
function sourcesCell(sources) {
  return el('td', {}, sources.map((s, i) => [i ? '; ' : '', s.url
    ? el('a', { href: s.url, rel: 'noopener', title: `published ${s.publishedAt || 'on an unknown day'}` }, s.name)
    : el('span', { title: `published ${s.publishedAt || 'on an unknown day'}` }, s.name)]));
}

function factRow(fact, fresh) {
  const attributes = fact.attributes.map(a => `${a.key}: ${a.value}`).join(', ');
  return el('tr', fresh ? { class: 'fresh' } : {},
    el('td', {}, entityButton(fact.subject)),
    el('td', { class: 'predicate' }, fact.predicate, attributes ? el('div', {}, attributes) : ''),
    el('td', {}, entityButton(fact.object)),
    el('td', {}, [fact.since || '', fact.until ? ` – ${fact.until}` : '']),
    sourcesCell(fact.sources));
}

async function showEntity(id, freshFact) {
  const data = await graphql(ENTITY, { id });
  const node = data.node;
  if (!node) { report(`No entity with id ${id}.`); return; }
  selected = node.id;
  $('entity-hint').hidden = true;
  const isFresh = f => freshFact && f.subject.id === freshFact.subject.id && f.predicate === freshFact.predicate
    && f.object.id === freshFact.object.id;
  $('entity-body').replaceChildren(
    el('h3', { id: 'entity-name', tabindex: '-1' }, kindBadge(node.__typename), node.name),
    node.aliases.length ? el('p', {}, 'Also: ' + node.aliases.join(', ')) : '',
    el('p', {}, 'Reported by: ', node.sources.map((s, i) => [i ? '; ' : '', s.name])),
    el('table', { 'aria-label': `Facts about ${node.name}` },
      el('thead', {}, el('tr', {}, ['Subject', 'Predicate', 'Object', 'Dates', 'Reports'].map(h =>
        el('th', { scope: 'col' }, h)))),
      el('tbody', {}, node.facts.map(f => factRow(f, isFresh(f))))));
  return node;
}

// --- graph view ---------------------------------------------------------------------------------------------
function addFact(fact) {
  [fact.subject, fact.object].forEach(end => {
    if (graph.getElementById(end.id).empty()) {
      graph.add({ group: 'nodes', data: { id: end.id, label: end.name, kind: end.__typename,
        colour: COLOURS[end.__typename] || '#555' } });
    }
  });
  const title = fact.attributes.map(a => a.value).join(',');
  const id = `${fact.subject.id} ${fact.predicate} ${fact.object.id} ${title}`;
  if (graph.getElementById(id).empty()) {
    graph.add({ group: 'edges', data: { id, source: fact.subject.id, target: fact.object.id, label: fact.predicate } });
  }
}

function layout() {
  graph.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false }).run();
  $('graph-nodes').replaceChildren(...graph.nodes().map(n => el('li', {}, kindBadge(n.data('kind')),
    el('button', { type: 'button', class: 'entity', 'data-id': n.id(), onclick: () => expand(n.id()) },
      n.data('label')))));
}

async function expand(id) {
  try {
    const data = await graphql(NEIGHBOURS, { id });
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
    const node = await showEntity(id);
    if (!node) return;
    graph.elements().remove();
    node.facts.forEach(addFact);
    if (graph.getElementById(node.id).empty()) {
      graph.add({ group: 'nodes', data: { id: node.id, label: node.name, kind: node.__typename,
        colour: COLOURS[node.__typename] } });
    }
    layout();
    $('entity-name').focus();
  } catch (e) { report('Could not open: ' + e.message); }
}

// --- timeline -----------------------------------------------------------------------------------------------
async function loadTimeline() {
  try {
    const data = await graphql(TIMELINE);
    // Undated items last: the reports do not always say when a position was taken.
    const items = [...data.talks, ...data.positions, ...data.statements]
      .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.name.localeCompare(b.name));
    $('timeline').replaceChildren(...items.map(item => el('li', {}, item.date
      ? el('time', { datetime: item.date }, item.date) : el('span', { class: 'undated' }, 'undated'),
      kindBadge(item.__typename), entityButton(item),
      item.holder ? ` — ${item.holder.name}` : '', item.speaker ? ` — ${item.speaker.name}` : '')));
  } catch (e) { report('Timeline failed: ' + e.message); }
}

// --- live updates (graphql-transport-ws) --------------------------------------------------------------------
function onFact(fact) {
  const shown = id => id === selected || !graph.getElementById(id).empty();
  if (!shown(fact.subject.id) && !shown(fact.object.id)) return;
  addFact(fact);
  layout();
  report(`New fact: ${fact.subject.name} ${fact.predicate} ${fact.object.name}`);
  if (fact.subject.id === selected || fact.object.id === selected) {
    showEntity(selected, fact).catch(e => report('Could not refresh: ' + e.message));
  }
}

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
    } else if (message.type === 'ping') {
      send({ type: 'pong' });
    } else if (message.type === 'next' && message.payload.data) {
      if (message.id === 'facts') onFact(message.payload.data.factAdded); else loadTimeline();
    } else if (message.type === 'error' || (message.type === 'next' && message.payload.errors)) {
      report('Live updates: ' + JSON.stringify(message.payload));
    }
  };
  socket.onclose = () => {
    $('live').dataset.state = 'off';
    $('live').textContent = 'Live updates: reconnecting…';
    setTimeout(live, 3000);
  };
}

function legend() {
  $('legend').replaceChildren(...Object.keys(COLOURS).map(kind => el('li', {}, kindBadge(kind))));
}

document.addEventListener('DOMContentLoaded', () => {
  newGraph();
  legend();
  $('search').addEventListener('input', searchAsYouType);
  loadTimeline();
  live();
});
