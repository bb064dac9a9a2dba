import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import { manualClock } from '../../mock-server/jobs/clock';
import { conformsTo } from '../support/conformance';

const SUBMIT = '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request';
const KEY = { 'Ocp-Apim-Subscription-Key': 'key-a' };
const OTHER = { 'Ocp-Apim-Subscription-Key': 'key-b' };

const conforms = conformsTo('pixazo');

async function submit(app: ReturnType<typeof createApp>, prefer?: string) {
  const req = request(app).post(SUBMIT).set(KEY).set('Cache-Control', 'no-cache');
  if (prefer) req.set('Prefer', prefer);
  const res = await req.send({ image_url: 'https://example.com/cat.jpeg' });
  expect(res.status).toBe(200);
  conforms('removeBackgroundSubmit', res);
  return res.body as { request_id: string; status: string; polling_url: string };
}

describe('Pixazo background removal jobs', () => {
  it("answers the status POST sent with no body and no Content-Type, as the seed's HTTP example does", async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app);
    const res = await request(app).post(new URL(job.polling_url).pathname).set(KEY);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    conforms('requestStatusPost', res);
    expect(res.body).toMatchObject({ request_id: job.request_id, status: 'PROCESSING' });
  });

  it('walks QUEUED → PROCESSING → COMPLETED, one step per poll, ending in a real transparent PNG', async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app);
    expect(job.status).toBe('QUEUED');
    expect(job.request_id).toMatch(/^ideogram-remove-background_/);
    const poll = new URL(job.polling_url).pathname;
    expect(poll).toBe(`/pixazo/v2/requests/status/${job.request_id}`);
    const seen: string[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await request(app).get(poll).set(KEY);
      conforms('requestStatusGet', last);
      seen.push(last.body.status);
    }
    expect(seen).toEqual(['PROCESSING', 'COMPLETED', 'COMPLETED']);
    expect(last!.body.error).toBeNull();
    expect(last!.body.completed_at).toEqual(expect.any(String));
    const media = new URL(last!.body.output.media_url[0]);
    const image = await request(app).get(media.pathname).buffer(true);
    expect(image.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(image.body as Buffer);
    expect(png.width).toBeGreaterThan(0);
    expect(png.data[3]).toBe(0); // the corner is cut away: transparent
  });

  it('polls by POST as well as GET (the seed shows both)', async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app);
    const res = await request(app).post(new URL(job.polling_url).pathname).set(KEY).send({ request_id: job.request_id });
    conforms('requestStatusPost', res);
    expect(res.body.status).toBe('PROCESSING');
  });

  it.each([
    ['failed', 'FAILED'],
    ['error', 'ERROR'],
  ])('ends %s when asked with Prefer: outcome', async (outcome, status) => {
    const app = createApp({ quiet: true });
    const job = await submit(app, `outcome=${outcome}`);
    const poll = new URL(job.polling_url).pathname;
    await request(app).get(poll).set(KEY);
    const res = await request(app).get(poll).set(KEY);
    conforms('requestStatusGet', res);
    expect(res.body.status).toBe(status);
    expect(res.body.error).toEqual(expect.any(String));
    expect(res.body.output).toBeNull();
  });

  it('never finishes a job asked to never finish', async () => {
    const app = createApp({ quiet: true });
    const poll = new URL((await submit(app, 'outcome=never')).polling_url).pathname;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(app).get(poll).set(KEY)).body.status);
    expect(statuses).toEqual(['PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'PROCESSING']);
  });

  it('hides a job from every other key, and answers unknown ids with Pixazo 404', async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app);
    const other = await request(app).get(new URL(job.polling_url).pathname).set(OTHER);
    expect(other.status).toBe(404);
    conforms('requestStatusGet', other);
    const unknown = await request(app).get('/pixazo/v2/requests/status/ideogram-remove-background_nope').set(KEY);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(other.body);
  });

  it('forgets jobs after their TTL', async () => {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock, jobTtlMs: 60_000 });
    const poll = new URL((await submit(app)).polling_url).pathname;
    expect((await request(app).get(poll).set(KEY)).status).toBe(200);
    clock.advance(60_001);
    const res = await request(app).get(poll).set(KEY);
    expect(res.status).toBe(404);
    conforms('requestStatusGet', res);
  });

  it('moves on the clock in time mode, whatever the number of polls', async () => {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock, jobMode: 'time', jobDurationMs: 3000 });
    const poll = new URL((await submit(app)).polling_url).pathname;
    const at = async (ms: number) => {
      clock.set(Date.parse('2026-01-01T00:00:00.000Z') + ms);
      return (await request(app).get(poll).set(KEY)).body.status;
    };
    expect(await at(0)).toBe('QUEUED');
    expect(await at(500)).toBe('QUEUED');
    expect(await at(1600)).toBe('PROCESSING');
    expect(await at(3000)).toBe('COMPLETED');
  });

  it('answers sync_mode inline with a data URI of a real PNG', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post(SUBMIT).set(KEY).send({ image_url: 'https://example.com/cat.jpeg', sync_mode: true });
    conforms('removeBackgroundSubmit', res);
    expect(res.body.status).toBe('COMPLETED');
    const uri: string = res.body.output.media_url[0];
    expect(uri.startsWith('data:image/png;base64,')).toBe(true);
    const png = PNG.sync.read(Buffer.from(uri.split(',')[1], 'base64'));
    expect(png.width).toBe(1024);
  });
});

describe('job store bounds', () => {
  it('drops expired jobs as new ones arrive, so the TTL bounds memory', async () => {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock, jobTtlMs: 60_000 });
    await submit(app);
    await submit(app);
    expect(await app.mock.store.jobs.count()).toBe(2);
    clock.advance(60_001);
    await submit(app);
    expect(await app.mock.store.jobs.count()).toBe(1);
  });

  it('makes room by evicting the oldest finished job, never an unfinished one', async () => {
    const app = createApp({ quiet: true, maxJobs: 2 });
    const first = await submit(app);
    const second = await submit(app);
    await request(app).post(`/__admin/jobs/${first.request_id}/finish`).type('json');
    await submit(app);
    expect(await app.mock.store.jobs.count()).toBe(2);
    expect((await request(app).get(new URL(first.polling_url).pathname).set(KEY)).status).toBe(404);
    expect((await request(app).get(new URL(second.polling_url).pathname).set(KEY)).status).toBe(200);
  });
});
