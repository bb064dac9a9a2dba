/**
 * Sends every documented Ideogram multipart request through the kubb and orval clients generated from
 * the specs (kubb sends JSON parts as Blobs: application/json, filename "blob"; orval as text fields),
 * against the mock on a loopback port, and checks each answer against the spec.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../../mock-server/app';
import { SpecValidator, formatViolations } from '../../core/validator';

type Fn = (...args: unknown[]) => Promise<unknown>;
type KubbClient = ((config: object) => Promise<{ status: number; data: unknown }>) & object;
/** The folder scripts/check-generators.ts generated the clients in. */
const GENERATED = process.env.GENERATED ?? '';
if (!GENERATED) throw new Error('Run through scripts/check-generators.ts (GENERATED names the generated clients).');
const kubb = (await import(join(GENERATED, 'kubb/ideogram/clients/index.ts'))) as Record<string, Fn>;
const orval = (await import(join(GENERATED, 'orval/ideogram/fetch.ts'))) as Record<string, Fn>;
const kubbFetch = ((await import(join(GENERATED, 'node_modules/@kubb/plugin-client/dist/clients/fetch.js'))) as { default: KubbClient }).default;

/** kubb's client returns only the data: this one keeps the status too. */
let kubbStatus = 0;
const recording = Object.assign(async (config: object) => {
  const res = await kubbFetch(config);
  kubbStatus = res.status;
  return res;
}, kubbFetch);

const app = createApp({ quiet: true });
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ideogram`;
const realFetch = globalThis.fetch;
// orval's fetch client calls relative URLs: send them to the mock.
globalThis.fetch = ((url: string | URL | Request, init?: RequestInit) =>
  realFetch(typeof url === 'string' && url.startsWith('/') ? origin + url : url, {
    ...init,
    headers: { ...(init?.headers as object), 'Api-Key': 'k' },
  })) as typeof fetch;
const validator = new SpecValidator();
const ops = app.mock.index.operations.filter((o) => o.provider === 'ideogram' && o.bodies.some((b) => b.mediaType === 'multipart/form-data'));

/** The documented example as the client's typed argument: file parts (base64 in examples) as Blobs. */
function argument(op: (typeof ops)[number], value: Record<string, unknown>) {
  const body = op.bodies.find((b) => b.mediaType === 'multipart/form-data')!;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    const file = body.files.find((f) => f.name === name);
    const blob = (s: unknown) => new Blob([Buffer.from(String(s), 'base64')], { type: 'image/png' });
    out[name] = file ? (Array.isArray(v) ? v.map(blob) : blob(v)) : v;
  }
  return out;
}

let failures = 0;
const rows: string[] = [];
async function check(label: string, op: (typeof ops)[number], call: () => Promise<unknown>, want: number) {
  let status: number;
  let body: unknown;
  try {
    const res = (await call()) as { status?: number; data?: unknown } | undefined;
    // orval's fetch answers {data, status, headers}; kubb's throws on non-2xx and returns the data.
    if (res && typeof res === 'object' && 'status' in res && 'data' in res) ({ status, data: body } = res as { status: number; data: unknown });
    else {
      status = kubbStatus;
      body = res;
    }
  } catch (error) {
    const e = error as { status?: number; response?: { status: number; data?: unknown }; data?: unknown };
    status = e.response?.status ?? e.status ?? -1;
    body = e.response?.data ?? e.data ?? String(error);
  }
  const problems =
    status > 0
      ? formatViolations(validator.validateResponse('ideogram', op.operationId, { status, headers: { 'content-type': 'application/json' }, body }))
      : 'no answer';
  const ok = status === want && !problems;
  if (!ok) failures++;
  rows.push(
    `${ok ? 'ok  ' : 'FAIL'} ${label} -> ${status}${problems ? ` ${problems.slice(0, 200)}` : ''}${ok ? '' : ` ${JSON.stringify(body).slice(0, 200)}`}`,
  );
}

for (const op of ops) {
  const body = op.bodies.find((b) => b.mediaType === 'multipart/form-data')!;
  for (const example of body.examples) {
    const arg = argument(op, example.value as Record<string, unknown>);
    const kubbFn = kubb[op.operationId];
    const orvalFn = orval[op.operationId];
    // kubb generates the JSON variant of an operation that takes both (and its fetch client sets no
    // Content-Type, so undici labels the JSON text/plain): send the header, and only examples JSON can carry.
    const dual = op.bodies.length > 1;
    if (dual && body.files.some((f) => f.name in arg)) rows.push(`skip kubb  ${op.operationId} ${example.name} (files; kubb sends this operation as JSON)`);
    else
      await check(
        `kubb  ${op.operationId} ${example.name}${dual ? ' (as JSON)' : ''}`,
        op,
        () => kubbFn(arg, { baseURL: origin, client: recording, headers: { 'Api-Key': 'k', ...(dual ? { 'Content-Type': 'application/json' } : {}) } }),
        200,
      );
    await check(`orval ${op.operationId} ${example.name}`, op, () => orvalFn(arg), 200);
  }
}
// JSON parts held to a JSON body's strictness, and an invalid palette refused, whichever way the client sends them.
const remix = ops.find((o) => o.operationId === 'legacyRemix')!;
const image = new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4AWMAgv8AAQQBAP8H9UQAAAAASUVORK5CYII=', 'base64')], {
  type: 'image/png',
});
for (const bad of [{ seed: true }, { seed: '5' }, { prompt: 123 }]) {
  const arg = { image_request: { prompt: 'a cat', aspect_ratio: 'ASPECT_1_1', ...bad }, image_file: image };
  await check(
    `kubb  legacyRemix image_request ${JSON.stringify(bad)}`,
    remix,
    () => kubb.legacyRemix(arg, { baseURL: origin, client: recording, headers: { 'Api-Key': 'k' } }),
    400,
  );
  await check(`orval legacyRemix image_request ${JSON.stringify(bad)}`, remix, () => orval.legacyRemix(arg), 400);
}
const generate = ops.find((o) => o.operationId === 'v3Generate')!;
const edit = ops.find((o) => o.operationId === 'v3Edit')!;
await check(
  'kubb  v3Edit color_palette {name: "NOPE"} (a JSON Blob)',
  edit,
  () =>
    kubb.v3Edit({ prompt: 'a cat', image, mask: image, color_palette: { name: 'NOPE' } }, { baseURL: origin, client: recording, headers: { 'Api-Key': 'k' } }),
  400,
);
await check('orval v3Generate color_palette {name: "NOPE"}', generate, () => orval.v3Generate({ prompt: 'a cat', color_palette: { name: 'NOPE' } }), 400);

console.log(rows.join('\n'));
const checked = rows.filter((r) => !r.startsWith('skip')).length;
console.log(`${checked - failures}/${checked} as the spec says (${rows.length - checked} skipped)`);
server.close();
process.exit(failures ? 1 : 0);
