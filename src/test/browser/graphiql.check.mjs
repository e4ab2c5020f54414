// Drives the GraphiQL console (/q/graphql-ui, SmallRye GraphQL's UI) in headless Chromium as a new user would,
// against a running server: the editor appears, the README's first query runs, the docs show the root type, and a
// mutation sent with the editor token in the headers pane writes a person that a plain request then reads. Saves a
// screenshot of each step, prints "ok N name" or "not ok N name", and exits non-zero on any failed step, console
// error, failed request, HTTP error from the server, or any request that leaves the server (the console must work
// offline: such requests are recorded and refused, as they would fail on a machine without internet).
//
// Env: BASE_URL, SCREENSHOTS (directory), CHROMIUM (executable), EDITOR_TOKEN_FILE (bearer JWT with role editor).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const shots = process.env.SCREENSHOTS || 'target/browser-screenshots';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const tokenFile = process.env.EDITOR_TOKEN_FILE || 'data/editor.token';
const TIMEOUT = 15_000;
const origin = new URL(base).origin;
const endpoint = `${base}/graphql`;

// The README's first query ("A first query"), exactly as a user pastes it from there.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const README_QUERY = readme.split('## A first query')[1].split('```graphql\n')[1].split('\n```')[0];
if (!README_QUERY.includes('delegations')) throw new Error(`not the README's first query: ${README_QUERY}`);

mkdirSync(shots, { recursive: true });
const token = readFileSync(tokenFile, 'utf8').trim();
if (!token) throw new Error(`${tokenFile} is empty`);

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.setDefaultTimeout(TIMEOUT);

// ---- what the page does wrong, collected throughout and reported at the end -------------------------------------
const consoleErrors = [];
const failedRequests = [];
const httpErrors = [];
const external = [];
const pending = [];
page.on('console', message => {
  if (message.type() === 'error') {
    const at = message.location()?.url ? ` (at ${message.location().url})` : '';
    consoleErrors.push(`${message.text()}${at}`);
  }
});
page.on('pageerror', error => consoleErrors.push(`uncaught: ${error.message}`));
page.on('requestfailed', request => {
  // Requests to other origins are refused below on purpose and reported as such, not twice.
  if (new URL(request.url()).origin !== origin) return;
  failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
});
page.on('response', response => {
  if (response.status() < 400 || new URL(response.url()).origin !== origin) return;
  pending.push((async () => {
    const request = response.request();
    const body = await response.text().catch(() => '(body unavailable)');
    httpErrors.push(`HTTP ${response.status()} for ${request.method()} ${response.url()} `
      + `(request Content-Type: ${JSON.stringify(request.headers()['content-type'] ?? null)}): ${body.slice(0, 400)}`);
  })());
});
// Anything GraphiQL loads from elsewhere (a CDN, fonts, ...) would break it offline: record it and refuse it.
await page.route(url => url.origin !== origin, route => {
  const request = route.request();
  let from = 'a worker';
  try {
    const frame = new URL(request.frame().url());
    from = frame.origin + frame.pathname;
  } catch { /* a service worker's request has no frame */ }
  external.push(`${request.method()} ${request.url()} (${request.resourceType()}, from ${from})`);
  return route.abort('internetdisconnected');
});
page.on('websocket', socket => {
  if (new URL(socket.url()).host !== new URL(base).host) external.push(`WebSocket ${socket.url()}`);
});

// ---- steps ----------------------------------------------------------------------------------------------------------
let step = 0;
let failures = 0;
async function check(name, work, { fatal = false } = {}) {
  step += 1;
  const label = `${String(step).padStart(2, '0')}-${name}`;
  try {
    await work();
    await page.screenshot({ path: `${shots}/${label}.png` });
    console.log(`ok ${step} ${name}`);
  } catch (error) {
    failures += 1;
    await page.screenshot({ path: `${shots}/${label}-FAILED.png` }).catch(() => {});
    console.log(`not ok ${step} ${name}`);
    console.error(`  step ${step} (${name}) failed: ${error.message.split('\n').join('\n  ')}`);
    if (fatal) throw new Error(`step ${step} is needed by the others; stopping`);
  }
}

// ---- GraphiQL's parts, by the accessible names it gives them ------------------------------------------------------
const queryEditor = () => page.getByRole('region', { name: 'Query Editor' });
const headersEditor = () => page.getByRole('region', { name: 'Headers' });
const resultPane = () => page.getByRole('region', { name: 'Result Window' });
const docs = () => page.getByRole('region', { name: 'Documentation Explorer' });
const executeButton = () => queryEditor().getByRole('toolbar', { name: 'Editor Commands' })
  .getByRole('button', { name: /^Execute query/ });

/**
 * The CodeMirror editor a region shows. The section under the Variables/Headers tabs holds both editors, the other
 * one hidden, and is named after the tab that is open.
 */
const editorIn = region => region.locator('.CodeMirror').filter({ visible: true }).first();

/** The text a CodeMirror editor holds (its DOM shows only the lines in view). */
const editorText = region => editorIn(region).evaluate(el => el.CodeMirror.getValue());

/** Replaces an editor's text as a user does: click in it, select all, delete, paste (no auto-closed brackets). */
async function replaceText(region, text) {
  await editorIn(region).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if ((await editorText(region)) !== '') throw new Error(`the editor kept text after select-all and delete: `
    + JSON.stringify(await editorText(region)));
  await page.keyboard.insertText(text);
  const got = await editorText(region);
  if (got.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) {
    throw new Error(`the editor holds ${JSON.stringify(got)} instead of ${JSON.stringify(text)}`);
  }
}

/**
 * Runs the query editor's operation with `run` (a click or a key) and returns the POST it sent and its answer
 * (parsed JSON); fails with the request's headers and the response's body when the server refuses it.
 */
async function execute(run, marker) {
  const answered = page.waitForResponse(response => response.url() === endpoint
    && response.request().method() === 'POST' && (response.request().postData() ?? '').includes(marker));
  await run();
  const response = await answered;
  const request = response.request();
  const text = await response.text();
  if (response.status() !== 200) {
    throw new Error(`the console's request was refused: HTTP ${response.status()} ${response.statusText()}\n`
      + `request: POST ${request.url()}, Content-Type ${JSON.stringify(request.headers()['content-type'])}, `
      + `Accept ${JSON.stringify(request.headers().accept)}\nresponse: ${text.slice(0, 600)}`);
  }
  return { request, body: JSON.parse(text) };
}

/** Waits until the result pane shows the answer to the last run: text holding `expected`, or an error. */
async function resultContaining(expected) {
  const editor = editorIn(resultPane());
  await editor.waitFor();
  const handle = await editor.elementHandle();
  await page.waitForFunction(([el, want]) => {
    const value = el.CodeMirror.getValue();
    return value.includes(want) || value.includes('"errors"');
  }, [handle, expected]).catch(() => {});
  const value = await editorText(resultPane());
  if (!value.includes(expected)) {
    throw new Error(`the result pane does not show ${JSON.stringify(expected)}; it shows:\n${value.slice(0, 800)}`);
  }
  if (value.includes('"errors"')) throw new Error(`the result pane shows errors:\n${value.slice(0, 800)}`);
  // Bring the line into view, and see it there as a reader would.
  await handle.evaluate((el, want) => {
    const cm = el.CodeMirror;
    const line = cm.getValue().split('\n').findIndex(l => l.includes(want));
    cm.scrollIntoView({ line, ch: 0 }, 100);
  }, expected);
  await resultPane().getByText(expected).first().waitFor();
  return value;
}

try {
  await check('editor-loaded', async () => {
    const loaded = await page.goto(`${base}/q/graphql-ui/`);
    if (!loaded.ok()) throw new Error(`GET /q/graphql-ui/ answered HTTP ${loaded.status()}`);
    await editorIn(queryEditor()).waitFor();
    await executeButton().waitFor();
    await resultPane().waitFor();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).waitFor();
  }, { fatal: true });

  await check('readme-query', async () => {
    await replaceText(queryEditor(), README_QUERY);
    const { body } = await execute(() => executeButton().click(), 'delegations');
    if (body.errors) throw new Error(`the server answered errors: ${JSON.stringify(body.errors)}`);
    const result = await resultContaining('Vladimir Medinsky');
    const shown = JSON.parse(result);
    const russian = shown.data.delegations.find(d => d.head?.name === 'Vladimir Medinsky');
    if (!russian) throw new Error('no delegation in the result pane is headed by Vladimir Medinsky');
  });

  await check('docs-query-type', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await docs().waitFor();
    const rootQuery = docs().getByRole('link', { name: 'Query', exact: true });
    try {
      await rootQuery.waitFor();
    } catch {
      throw new Error(`the docs show no root type Query; they show:\n${(await docs().innerText()).slice(0, 600)}`);
    }
    await rootQuery.click();
    await docs().getByRole('link', { name: 'Go back to Docs' }).waitFor();
    await docs().getByText('Query root').waitFor();
    for (const field of ['persons', 'delegations']) {
      const link = docs().getByRole('link', { name: field, exact: true });
      await link.scrollIntoViewIfNeeded();
      await link.waitFor({ state: 'visible' });
    }
  });

  await check('editor-mutation', async () => {
    // Close the docs if step 3 left them open, so the editors have their full width again.
    const hideDocs = page.getByRole('button', { name: 'Hide Documentation Explorer' });
    if (await hideDocs.isVisible()) await hideDocs.click();

    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await headersEditor().waitFor({ state: 'visible' });
    await replaceText(headersEditor(), JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));

    const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const id = `graphiql-check-${stamp}`;
    const name = `GraphiQL Check ${stamp}`;
    const mutation = `mutation {
  upsertPerson(input: {id: "${id}", name: "${name}",
      newSources: [{id: "graphiql-check-report-${stamp}", name: "GraphiQL check report ${stamp}", publishedAt: "2026-02-25"}]}) {
    id
    name
  }
}`;
    await replaceText(queryEditor(), mutation);
    const { request, body } = await execute(async () => {
      await editorIn(queryEditor()).click();
      await page.keyboard.press('Control+Enter');
    }, id);
    if (request.headers().authorization !== `Bearer ${token}`) {
      throw new Error(`the console sent Authorization ${JSON.stringify(request.headers().authorization ?? null)} `
        + 'instead of the token from the headers pane');
    }
    if (body.errors) throw new Error(`the server answered errors: ${JSON.stringify(body.errors)}`);
    const result = JSON.parse(await resultContaining(id));
    if (result.data?.upsertPerson?.name !== name) {
      throw new Error(`the result pane shows ${JSON.stringify(result)}`);
    }

    // The write is really there: a plain request, outside the browser, reads it back.
    const read = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ persons(where: {id: {eq: "${id}"}}) { id name sources { id } } }` }),
    });
    const readBody = await read.json();
    const person = readBody.data?.persons?.[0];
    if (read.status !== 200 || !person || person.name !== name
      || !person.sources.some(source => source.id === `graphiql-check-report-${stamp}`)) {
      throw new Error(`a plain request does not find the person: HTTP ${read.status} ${JSON.stringify(readBody)}`);
    }
  });
} catch (error) {
  console.error(error.message);
} finally {
  await check('no-console-or-network-errors', async () => {
    await Promise.all(pending);
    const report = [];
    if (external.length) {
      report.push(`GraphiQL tried to load from outside the server (it must work offline):\n  ${external.join('\n  ')}`);
    }
    if (consoleErrors.length) report.push(`console errors:\n  ${consoleErrors.join('\n  ')}`);
    if (failedRequests.length) report.push(`failed requests:\n  ${failedRequests.join('\n  ')}`);
    if (httpErrors.length) report.push(`HTTP errors from the server:\n  ${httpErrors.join('\n  ')}`);
    if (report.length) throw new Error(report.join('\n'));
  }).catch(() => {});
  await browser.close();
}

if (failures) {
  console.error(`GraphiQL check FAILED: ${failures} of ${step} steps, screenshots in ${shots}`);
  process.exitCode = 1;
} else {
  console.log(`GraphiQL check passed: ${step} steps, screenshots in ${shots}`);
}
