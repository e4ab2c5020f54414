// Drives the explorer page in headless Chromium as an analyst would, against a running server (.ci/browser-check
// starts one): search, open, graph, expand, a fact added through the API appearing without a reload. Saves a
// screenshot of each step and fails on any failed step or any console error.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL || 'http://localhost:8080';
const shots = process.env.SCREENSHOTS || 'target/browser-screenshots';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const tokenFile = process.env.EDITOR_TOKEN_FILE || 'data/editor.token';
const TIMEOUT = 15_000;

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const consoleErrors = [];
page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
page.on('pageerror', error => consoleErrors.push(error.message));
page.setDefaultTimeout(TIMEOUT);

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

/** A write through the public API, with the editor token when the server issues one. */
async function write(query) {
  const headers = { 'Content-Type': 'application/json' };
  if (existsSync(tokenFile)) headers.Authorization = `Bearer ${readFileSync(tokenFile, 'utf8').trim()}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(`write refused: ${JSON.stringify(body.errors)}`);
}

try {
  await check('page-loaded', async () => {
    await page.goto(base + '/');
    await page.getByRole('heading', { name: 'Accord Graph explorer' }).waitFor();
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

  await check('live-fact', async () => {
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Vladimir Medinsky' })
      .click();
    await page.getByRole('table', { name: 'Facts about Vladimir Medinsky' }).waitFor();
    const link = 'mutation { link(input: {type: MEMBER_OF, from: "vladimir-medinsky", to: '
      + '"geneva-economic-working-group", sources: ["geneva-report-2026-02-17"]}) { predicate } }';
    await write(link);
    const row = page.getByRole('table', { name: 'Facts about Vladimir Medinsky' })
      .getByRole('row').filter({ hasText: 'Economic working group' });
    await row.waitFor();
    await page.waitForFunction(() => window.explorerGraph.getElementById('geneva-economic-working-group').nonempty());
  });

  if (consoleErrors.length) throw new Error(`console errors:\n${consoleErrors.join('\n')}`);
  console.log(`browser check passed: ${step} steps, screenshots in ${shots}`);
} catch (error) {
  await page.screenshot({ path: `${shots}/failed.png` }).catch(() => {});
  console.error(`browser check failed at step ${step + 1}: ${error.message}`);
  if (consoleErrors.length) console.error(`console errors:\n${consoleErrors.join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
