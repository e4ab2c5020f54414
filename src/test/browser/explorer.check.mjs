// Drives the explorer page in headless Chromium as an analyst and an editor would, against a running server
// (.ci/browser-check starts one): search, open, graph, expand, a fact added through the API appearing without a
// reload; statements per month per speaker from the aggregation API; Known at hiding and showing the Geneva report's
// facts, what changed, a path, a fact added in editor mode (refused first, then written), importing a report after
// its preview, the claims of Crimea side by side; a late answer for one entity not replacing the view of another
// asked for after it, nor a live refresh undoing a click; an import's live facts drawn in bursts; and a write missed
// while the live socket was down shown once it is back.
// Saves a screenshot of each step and fails on any failed step or any console error.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL || 'http://localhost:8080';
const shots = process.env.SCREENSHOTS || 'target/browser-screenshots';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const tokenFile = process.env.EDITOR_TOKEN_FILE || 'data/editor.token';
const TIMEOUT = 15_000;
const disagreeingReport = fileURLToPath(new URL('crimea-partial-report.json', import.meta.url));

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const consoleErrors = [];
page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
page.on('pageerror', error => consoleErrors.push(error.message));
page.setDefaultTimeout(TIMEOUT);
// The page's live socket, passed through to the server, so that a step can drop it as a network would; while
// `offline`, new ones are closed at once, as by a server that is down.
let liveSocket = null;
let offline = false;
let refused = 0;
await page.routeWebSocket(/\/graphql$/, socket => {
  if (offline) {
    refused += 1;
    socket.close();
    return;
  }
  socket.connectToServer();
  liveSocket = socket;
});
// The page's last answers from /graphql and live events, told when a step fails.
const recent = [];
const remember = line => {
  recent.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  if (recent.length > 15) recent.shift();
};
page.on('response', response => {
  if (response.url().endsWith('/graphql')) {
    remember(`${response.status()} ${(response.request().postData() || '').slice(0, 100)}`);
  }
});
page.on('websocket', socket => socket.on('framereceived', frame => remember(`live ${String(frame.payload).slice(0, 100)}`)));

let step = 0;
async function check(name, work) {
  step += 1;
  await work();
  await page.screenshot({ path: `${shots}/${String(step).padStart(2, '0')}-${name}.png` });
  console.log(`ok ${step} ${name}`);
}

/** Ids of the nodes the graph view draws. */
const graphNodes = () => page.evaluate(() => window.explorerGraph.nodes().map(n => n.id()));

/** Clicks a node of the graph where Cytoscape drew it, as a user's mouse would. */
async function clickNode(id) {
  const box = await page.locator('#graph').boundingBox();
  const at = await page.evaluate(nodeId => window.explorerGraph.getElementById(nodeId).renderedPosition(), id);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

const editorToken = () => (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');

/** Clicks an entity among what the search box finds for `text`, as a user does. */
async function pickFromSearch(text, name) {
  await page.getByLabel('Names, aliases and statement text').fill(text);
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name, exact: true }).click();
}

/** Opens an entity through the search box and waits for its view. */
async function openBySearch(text, name) {
  await pickFromSearch(text, name);
  await page.locator('#entity-name', { hasText: name }).waitFor();
}

/**
 * Holds the entity view's answers for `id` back 1.5 s, as a slow network would. Answers `late`, which settles once
 * such an answer has reached the page, and `release`, which stops holding them.
 */
async function holdBack(id) {
  const slow = request => {
    const body = request.postData() || '';
    return body.includes('query Entity') && body.includes(`"id":"${id}"`);
  };
  const hold = async route => {
    if (slow(route.request())) await new Promise(resolve => setTimeout(resolve, 1500));
    await route.continue();
  };
  await page.route('**/graphql', hold);
  return { late: page.waitForEvent('requestfinished', slow), release: () => page.unroute('**/graphql', hold) };
}

/** Picks an end of a path from what its search box finds. */
async function pickEnd(label, text, name) {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByRole('list', { name: `${label}: matches` }).getByRole('button', { name, exact: true }).click();
}

/** A request to the public API, with the editor token (which writes need) when the server issues one. */
async function api(query) {
  const headers = { 'Content-Type': 'application/json' };
  if (editorToken()) headers.Authorization = `Bearer ${editorToken()}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(`write refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  await check('page-loaded', async () => {
    await page.goto(base + '/');
    await page.getByRole('heading', { name: 'Accord Graph explorer' }).waitFor();
    // First contentful paint; where Chromium does not report it, the end of parsing, which comes before.
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime
      ?? performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    if (!(paint < 1000)) throw new Error(`first paint after ${paint} ms`);
    console.log(`first paint after ${Math.round(paint)} ms`);
    await page.locator('#timeline li').first().waitFor();
    await page.locator('#live[data-state="subscribed"]').waitFor();
  });

  await check('search-medinsky', async () => {
    await page.getByLabel('Names, aliases and statement text').fill('Medinsky');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Vladimir Medinsky' })
      .waitFor();
  });

  await check('entity-view', async () => {
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Vladimir Medinsky' });
    await result.focus();
    await page.keyboard.press('Enter');
    const facts = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' });
    await facts.getByRole('button', { name: 'Russian delegation' }).first().waitFor();
    await facts.getByText('News report on the Geneva round', { exact: false }).first().waitFor();
  });

  await check('graph-view', async () => {
    await page.waitForFunction(() => window.explorerGraph.getElementById('vladimir-medinsky').nonempty()
      && window.explorerGraph.getElementById('russian-delegation').nonempty());
  });

  await check('node-expanded', async () => {
    const before = (await graphNodes()).length;
    await clickNode('russian-delegation');
    await page.waitForFunction(() => window.explorerGraph.getElementById('igor-kostyukov').nonempty());
    if ((await graphNodes()).length <= before) throw new Error('expanding added no node');
    await page.getByRole('table', { name: 'Facts about Russian delegation' }).waitFor();
  });

  await check('statements-per-month-per-speaker', async () => {
    // The aggregation API's groups (statementsAggregate by SPEAKER and DATE_MONTH), drawn for the Geneva round:
    // the seed's three statements about it, one each by Dmitry Peskov (dated February 2026), Russia and Zelensky.
    await openBySearch('Geneva peace talks', 'Geneva peace talks, February 2026');
    const chart = page.getByRole('table', { name: 'Statements per month per speaker, by or about Geneva peace talks, '
      + 'February 2026' });
    await chart.getByRole('columnheader', { name: '2026-02' }).waitFor();
    for (const speaker of ['Dmitry Peskov', 'Russia', 'Zelensky']) {
      await chart.getByRole('rowheader', { name: speaker, exact: true }).waitFor();
    }
    const peskov = await chart.getByRole('row').filter({ hasText: 'Dmitry Peskov' }).innerText();
    if (!/\b1\b/.test(peskov)) throw new Error(`Dmitry Peskov's row counts no statement: ${peskov}`);
  });

  await check('live-fact', async () => {
    await openBySearch('Medinsky', 'Vladimir Medinsky');
    await page.getByRole('table', { name: 'Facts about Vladimir Medinsky' }).waitFor();
    const link = 'mutation { link(input: {type: MEMBER_OF, from: "vladimir-medinsky", to: '
      + '"geneva-economic-working-group", sources: ["geneva-report-2026-02-17"]}) { predicate } }';
    await api(link);
    const row = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' })
      .getByRole('row').filter({ hasText: 'Economic working group' });
    await row.waitFor();
    await page.waitForFunction(() => window.explorerGraph.getElementById('geneva-economic-working-group').nonempty());
  });

  await check('known-at-before-geneva', async () => {
    const facts = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' });
    await page.getByLabel('Known at', { exact: true }).fill('2026-02-16');
    await page.locator('#entity-unknown').waitFor();
    await facts.waitFor({ state: 'detached' });
    await page.locator('#timeline li', { hasText: 'Nothing' }).waitFor();
    await page.waitForFunction(() => window.explorerGraph.nodes().length === 0);
  });

  await check('known-at-after-geneva', async () => {
    await page.getByLabel('Known at', { exact: true }).fill('2026-02-18');
    const facts = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' });
    await facts.getByRole('button', { name: 'Russian delegation' }).first().waitFor();
    await page.locator('#entity-name', { hasText: 'as known at 2026-02-18' }).waitFor();
    await page.locator('#timeline').getByRole('button', { name: 'Geneva', exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Today' }).click();
    await page.locator('#entity-name', { hasText: 'as known at' }).waitFor({ state: 'detached' });
  });

  await check('what-changed', async () => {
    await page.getByText('What changed').click();
    await page.getByLabel('Since', { exact: true }).fill('2026-02-17');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.getByRole('list', { name: 'Changes, newest first' }).getByText('News report on the Geneva round')
      .first().waitFor();
  });

  await check('path-kostyukov-to-plant', async () => {
    await pickEnd('From', 'Kostyukov', 'Igor Kostyukov');
    await pickEnd('To', 'Zaporizhzhia plant', 'Zaporizhzhia nuclear power plant');
    await page.getByRole('button', { name: 'Find paths' }).click();
    const paths = page.getByRole('list', { name: 'Paths found' });
    await paths.getByText('Path 1').waitFor();
    await paths.getByText('News report on the Geneva round').first().waitFor();
    await page.waitForFunction(() => window.explorerGraph.getElementById('igor-kostyukov').nonempty()
      && window.explorerGraph.getElementById('zaporizhzhia-nuclear-power-plant').nonempty());
  });

  await check('editor-refused-write', async () => {
    await openBySearch('Medinsky', 'Vladimir Medinsky');
    await page.getByRole('button', { name: 'Editor' }).click();
    await page.getByLabel('Editor token (kept for this tab only)').fill(editorToken());
    await page.getByRole('button', { name: 'Use token' }).click();
    const form = page.locator('#fact-form');
    await form.getByLabel('type (required)').selectOption('SERVES');
    await form.getByLabel('from (id) (required)').fill('vladimir-medinsky');
    await form.getByLabel('to (id) (required)').fill('russia');
    await form.getByLabel('Existing source', { exact: true }).waitFor();
    await form.getByRole('button', { name: 'Add fact' }).click();
    await page.locator('#fact-input-title-problem', { hasText: 'is required for SERVES' }).waitFor();
    if (await form.getByLabel('to (id) (required)').inputValue() !== 'russia') throw new Error('the form lost a value');
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    if (stored[0] !== 0 || stored[1] !== 1) throw new Error(`token kept in the wrong place: ${stored}`);
  });

  await check('editor-fact-live', async () => {
    const form = page.locator('#fact-form');
    await form.getByLabel('title', { exact: true }).fill('Presidential aide');
    await form.getByLabel('a new source').check();
    await form.getByLabel('new source: id (id) (required)').fill('aide-report-2026-02-25');
    await form.getByLabel('new source: name', { exact: true }).fill('Report of 25 February');
    await form.getByLabel('new source: publishedAt', { exact: true }).fill('2026-02-25');
    await form.getByRole('button', { name: 'Add fact' }).click();
    const row = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' }).getByRole('row')
      .filter({ hasText: 'Presidential aide' });
    await row.waitFor();
    // The form's answer and the live event each redraw the view, in either order: for the screenshot, scroll to the
    // row as the last redraw left it.
    for (let tries = 1; ; tries += 1) {
      try {
        await row.scrollIntoViewIfNeeded();
        break;
      } catch (error) {
        if (tries === 3) throw error;
      }
    }
  });

  await check('import-preview', async () => {
    await page.getByLabel('Bundle file (JSON)').setInputFiles(disagreeingReport);
    await page.locator('#import-summary').waitFor();
    await page.locator('#import-form').scrollIntoViewIfNeeded();
    await page.getByRole('list', { name: 'Claims beside existing ones (sources disagree)' })
      .getByText('russia CONTROLS crimea').waitFor();
    const crimea = await api('{ disputedAssets(where: {id: {eq: "crimea"}}) { controlledBy { extent } } }');
    if (crimea.disputedAssets[0].controlledBy.length !== 1) throw new Error('the preview wrote');
  });

  await check('import-done', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#import-done', { hasText: 'Imported' }).waitFor();
  });

  await check('crimea-claims-side-by-side', async () => {
    await openBySearch('Crimea', 'Crimea');
    await page.getByRole('button', { name: 'Sources disagree' }).first().click();
    const claims = page.getByRole('list', { name: 'Claims of Russia CONTROLS Crimea' });
    await claims.getByText('extent: PARTIAL').waitFor();
    await claims.getByText('extent: FULL').waitFor();
    await claims.getByText('Report of 20 February on Crimea (2026-02-20)').waitFor();
    await claims.getByText('News report on the Geneva round', { exact: false }).waitFor();
    const first = await claims.getByRole('listitem').first().textContent();
    if (!first.includes('PARTIAL')) throw new Error('the newest claim is not first');
  });

  await check('disagreements-list', async () => {
    await page.getByText('Disagreements', { exact: true }).click();
    await page.getByRole('list', { name: 'Where sources disagree' })
      .getByRole('button', { name: 'Russia CONTROLS Crimea' }).waitFor();
  });

  await check('late-answer-not-shown', async () => {
    // Answers can come out of order: a slow one for Russia, asked for first, must not replace Medinsky's.
    const russia = await holdBack('russia');
    await pickFromSearch('Russia', 'Russia');
    await openBySearch('Medinsky', 'Vladimir Medinsky');
    await russia.late;
    await page.waitForTimeout(300); // the page reads and handles the late answer
    await russia.release();
    const shown = await page.locator('#entity-name').textContent();
    if (!shown.includes('Vladimir Medinsky')) throw new Error(`the late answer replaced the view: ${shown}`);
    await page.getByRole('table', { name: 'Facts about Vladimir Medinsky' }).waitFor();
  });

  await check('live-refresh-not-over-a-click', async () => {
    // A live fact about the entity on view, coming while another one is being opened, must not undo the click.
    const russia = await holdBack('russia');
    await pickFromSearch('Russia', 'Russia');
    await api('mutation { link(input: {type: MEMBER_OF, from: "vladimir-medinsky", to: "geneva-economic-working-group", '
      + 'newSources: [{id: "report-during-a-click", name: "Report cited while Russia was opening"}]}) { predicate } }');
    await page.locator('#entity-name', { hasText: 'Russia' }).waitFor();
    await russia.release();
  });

  await check('import-read-live-in-bursts', async () => {
    // An import states each fact as its own live event; the page asks for the view and the timeline again once a
    // burst of them (250 ms), not once an event: before, 500 statements took it 915 requests and 7 minutes.
    await openBySearch('Medinsky', 'Vladimir Medinsky');
    const remarks = 200;
    const ids = Array.from({ length: remarks }, (_, i) => `burst-remark-${i}`);
    const bundle = {
      format: 'accord-graph/fact-bundle@1',
      sources: [{ id: 'burst-report', name: 'Report of many remarks', publishedAt: '2026-03-01' }],
      entities: ids.map((id, i) => ({ type: 'Statement', id, name: `Remark ${i} of the burst`,
        properties: { kind: 'REMARK', text: `Remark ${i}.` }, sources: ['burst-report'] })),
      relationships: ids.map(id => ({ type: 'MADE', from: 'vladimir-medinsky', to: id, sources: ['burst-report'] })),
    };
    const asked = [];
    const count = request => { if (request.url().endsWith('/graphql')) asked.push(request.postData() || ''); };
    page.on('request', count);
    const response = await fetch(`${base}/bundles`, { method: 'POST', body: JSON.stringify(bundle),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editorToken()}` } });
    if (!response.ok) throw new Error(`import refused: ${response.status} ${await response.text()}`);
    await page.waitForFunction(all => all.every(id => window.explorerGraph.getElementById(id).nonempty()), ids);
    await page.locator('#status', { hasText: 'new facts' }).waitFor();
    await page.getByRole('table', { name: 'Facts about Vladimir Medinsky' }).getByText('Remark', { exact: false })
      .first().waitFor();
    await page.waitForTimeout(1000); // a burst still due would ask after this
    page.off('request', count);
    const times = operation => asked.filter(body => body.includes(`query ${operation}`)).length;
    if (times('Entity') > remarks / 10 || times('Timeline') > remarks / 10) {
      throw new Error(`${remarks} live facts cost ${times('Entity')} entity views and ${times('Timeline')} timelines`);
    }
    console.log(`${remarks} live facts and entities: ${times('Entity')} entity views, ${times('Timeline')} timelines`);
  });

  await check('caught-up-after-reconnecting', async () => {
    // A write made while the live socket is down, and stays down for at least one more try, sends the page no
    // event: once reconnected, it asks again.
    await openBySearch('Kostyukov', 'Igor Kostyukov');
    offline = true;
    await liveSocket.close();
    await page.locator('#live[data-state="off"]').waitFor();
    await api('mutation { link(input: {type: SERVES, from: "igor-kostyukov", to: "russia", title: "Title told while '
      + 'offline", newSources: [{id: "offline-report", name: "Report written while the page was offline"}]}) '
      + '{ predicate } }');
    for (const end = Date.now() + TIMEOUT; !refused;) {
      if (Date.now() > end) throw new Error('the page did not try again while the server was down');
      await page.waitForTimeout(100);
    }
    offline = false;
    await page.locator('#live[data-state="subscribed"]').waitFor();
    await page.getByRole('table', { name: 'Facts about Igor Kostyukov' }).getByRole('row')
      .filter({ hasText: 'Title told while offline' }).waitFor();
  });

  if (consoleErrors.length) throw new Error(`console errors:\n${consoleErrors.join('\n')}`);
  console.log(`browser check passed: ${step} steps, screenshots in ${shots}`);
} catch (error) {
  await page.screenshot({ path: `${shots}/failed.png` }).catch(() => {});
  console.error(`browser check failed at step ${step}: ${error.message}`);
  console.error(`the page's status line: ${await page.locator('#status').textContent().catch(() => '?')}`);
  console.error(`the entity on view: ${await page.locator('#entity-name').textContent().catch(() => '?')}`);
  console.error(`the page's last answers and live events:\n${recent.join('\n')}`);
  if (consoleErrors.length) console.error(`console errors:\n${consoleErrors.join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
