/** The job store never drops an unfinished job silently, and ids resolve only through their vendor. */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { conformsTo } from '../support/conformance';

const PIXAZO = { 'Ocp-Apim-Subscription-Key': 'k' };
const PIXAZO_SUBMIT = '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request';
const FAL = { authorization: 'Key k' };
const FAL_SUBMIT = '/fal-queue/fal-ai/ideogram/v2/edit';
const FAL_BODY = { prompt: 'p', image_url: 'https://a/b.png', mask_url: 'https://a/c.png' };
const MAGNIFIC = { 'x-magnific-api-key': 'k' };

const pixazo = (app: ReturnType<typeof createApp>) => request(app).post(PIXAZO_SUBMIT).set(PIXAZO).send({ image_url: 'https://example.com/cat.jpeg' });
const fal = (app: ReturnType<typeof createApp>) => request(app).post(FAL_SUBMIT).set(FAL).send(FAL_BODY);

describe('--max-jobs', () => {
  it('full of unfinished jobs: new submissions get the vendor 429 with its Retry-After, the log says why, and no job is lost', async () => {
    const lines: string[] = [];
    const app = createApp({ maxJobs: 2, log: (line) => lines.push(line) });
    const kept = [(await pixazo(app)).body.request_id, (await pixazo(app)).body.request_id];
    const refused = await pixazo(app);
    expect(refused.status).toBe(429);
    conformsTo('pixazo')('removeBackgroundSubmit', refused);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body.message).toMatch(/2 unfinished jobs .*--max-jobs/);
    expect(lines.at(-1)).toMatch(/ 429 .*unfinished jobs/);
    for (const id of kept) expect((await request(app).get(`/pixazo/v2/requests/status/${id}`).set(PIXAZO)).status).toBe(200);
  });

  it('fal answers 429 in its own shape, without a Retry-After it does not document', async () => {
    const app = createApp({ quiet: true, maxJobs: 1 });
    expect((await fal(app)).status).toBe(200);
    const refused = await fal(app);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ detail: expect.stringContaining('unfinished jobs') });
    expect(refused.headers['retry-after']).toBeUndefined();
  });

  it('is a CLI option', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--max-jobs', '0'], { encoding: 'utf8', timeout: 10_000 });
    expect(run.stderr).toContain('--max-jobs must be a whole number from 1');
  });
});

describe('job ids resolve only through the vendor that made them', () => {
  it('a fal id polled through Magnific is Magnific’s 404, not a 500', async () => {
    const app = createApp({ quiet: true });
    const id = (await fal(app)).body.request_id;
    const res = await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(MAGNIFIC);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: expect.any(String) });
  });

  it('a fal cancel cannot touch a Pixazo job', async () => {
    const app = createApp({ quiet: true });
    const id = (await pixazo(app)).body.request_id;
    const cancel = await request(app).put(`/fal-queue/fal-ai/ideogram/requests/${id}/cancel`).set(FAL);
    expect(cancel.status).toBe(404);
    const status = await request(app).get(`/pixazo/v2/requests/status/${id}`).set(PIXAZO);
    expect(status.body.status).toBe('PROCESSING');
  });
});
