import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startMock, type StartedMock } from '../support/start-mock';
import { createVendorClient } from '../../core/clients';

// The dashboard and the API reference in a real headless Chromium (Debian's package; .ci/run installs it
// and sets CHROMIUM_PATH). Screenshots go to test-output/ (gitignored) for a human to look at.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(executablePath);
if (missing && (process.env.CI || process.env.CHROMIUM_PATH))
  throw new Error(`Chromium is missing at ${executablePath}: .ci/run installs it (apt-get install chromium) and sets CHROMIUM_PATH.`);
if (missing) console.warn(`Skipping the browser tests: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH).`);

const SHOTS = join(import.meta.dirname, '..', '..', 'test-output');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let mock: StartedMock;
let profile: string;
let browser: BrowserContext;
let page: Page;
/** Requests the pages tried to send anywhere but the mock: they must work offline. */
const offsite: string[] = [];
/** What the pages' Content-Security-Policy refused: each policy must fit what its page loads. */
const refused: string[] = [];

beforeAll(async () => {
  if (missing) return;
  mkdirSync(SHOTS, { recursive: true });
  mock = await startMock({ adminToken: 'ui-token' });
  profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath, args: ARGS, headless: true, viewport: { width: 1400, height: 900 } });
  await browser.route('**/*', (route) => {
    if (new URL(route.request().url()).host === new URL(mock.url).host) return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe.skipIf(missing)('pages in Chromium', () => {
  it('the dashboard shows a request and a job made just before, and finishes the job from its button', async () => {
    const pixazo = createVendorClient('pixazo', { baseUrl: `${mock.url}/pixazo`, apiKey: 'k' });
    const { data } = await pixazo.POST('/ideogram-remove-background/v1/ideogram-remove-background-request', {
      body: { image_url: 'https://example.com/dashboard-cat.jpeg', sync_mode: false },
    });
    const [job] = (await mock.app.mock.jobs.page({}, { limit: 1 })).jobs;

    await page.goto(`${mock.url}/__admin/ui`);
    // The control API wants its token: the page asks for it, then loads.
    await page.getByLabel('Admin token').fill('ui-token');
    await page.getByLabel('Admin token').press('Enter');
    const requestRow = page.locator('#requests tr', { hasText: 'removeBackgroundSubmit' });
    await expect.poll(() => requestRow.count()).toBe(1);
    await requestRow.locator('summary').click();
    expect(await requestRow.textContent()).toContain('dashboard-cat.jpeg');
    expect(await requestRow.textContent()).toContain(String((data as { request_id: string }).request_id));
    const jobRow = page.locator('#jobs tr', { hasText: job.id });
    await expect.poll(() => jobRow.textContent()).toContain('pixazo');
    await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

    await jobRow.getByRole('button', { name: 'finish' }).click();
    await expect.poll(async () => (await mock.app.mock.jobs.show((await mock.app.mock.jobs.get(undefined, job.id))!)).kind).toBe('terminal');
    await expect.poll(() => jobRow.getByRole('button').count()).toBe(0);

    await page.locator('#f-vendor').selectOption('ideogram');
    await expect.poll(() => page.locator('#requests tr').count()).toBe(0);
    expect(offsite).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('the dashboard keeps the admin token in its memory only: nothing else on the origin can read it', async () => {
    await page.goto(`${mock.url}/__admin/ui/`);
    await page.getByLabel('Admin token').fill('ui-token');
    await page.getByLabel('Admin token').press('Enter');
    await expect.poll(() => page.locator('#summary').innerText()).not.toBe('loading…');
    // What a script of the origin can read (a string: the tests are compiled without the DOM's types).
    const readable = 'JSON.stringify([{ ...sessionStorage }, { ...localStorage }, document.cookie, document.getElementById("token")?.value])';
    expect(await page.evaluate<string>(readable)).not.toContain('ui-token');
    // Another page of the same origin, in the same tab, as an uploaded page opened there would be.
    await page.goto(`${mock.url}/__docs/specs/pixazo.json`);
    expect(await page.evaluate<string>(readable)).not.toContain('ui-token');
  });

  it('the pages refuse to be framed, by another site or by the mock itself', async () => {
    for (const path of ['/__admin/ui/', '/__docs']) {
      const res = await fetch(mock.url + path);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    // A page of another origin (about:blank here) framing the dashboard gets no dashboard to click.
    const other = await browser.newPage();
    await other.setContent(`<iframe src="${mock.url}/__admin/ui/"></iframe>`);
    const frame = other.frames().find((f) => f.url().includes('/__admin/ui'));
    expect(await frame?.evaluate<boolean>('document.querySelector("#reset") !== null').catch(() => false)).toBeFalsy();
    await other.close();
  });

  it('the API reference offers every vendor, each with the mock as the server to try', async () => {
    const specs = mock.app.mock.index.specs;
    const title = (provider: string) => String((specs.find((s) => s.provider === provider)!.doc.info as { title: string }).title);
    await page.goto(`${mock.url}/__docs`);
    // The document picker (top of the sidebar) lists every vendor's spec.
    await page
      .getByRole('button', { name: title(specs[0].provider) })
      .first()
      .click();
    for (const spec of specs) await expect.poll(() => page.getByText(title(spec.provider), { exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'api-reference-picker.png') });
    for (const spec of specs) {
      await page.goto(`${mock.url}/__docs?api=${spec.provider}`);
      await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 20_000 }).toBe(title(spec.provider));
      const prefix = mock.app.mock.index.mounts.find((m) => m.provider === spec.provider)!.prefix;
      await expect.poll(() => page.locator('body').innerText()).toContain(`${mock.url}${prefix}`);
    }
    await page.screenshot({ path: join(SHOTS, 'api-reference.png') });
    expect(offsite).toEqual([]);
    expect(refused).toEqual([]);
  }, 120_000);
});
