import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { png } from '../support/image-fixtures';
import { startCli, stopClis } from '../support/cli-process';
import { SpecValidator, formatViolations } from '../../core/validator';
import { createApp } from '../../mock-server/app';
import { matchRoute } from '../../mock-server/pipeline/route';

const PLACEHOLDER_ID = 'ideogram-remove-background_019dxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
/** Where curl's `-w` output (the answer's headers as JSON, then the status) starts after the body; curl turns its `\\n` into a newline. */
const HEADERS = '\\n--headers--';

interface CodeSample {
  lang: string;
  label: string;
  source: string;
  'x-source': string;
}

const index = createApp({ quiet: true }).mock.index;

/**
 * Every curl command the specs carry as `x-codeSamples` (the seeds' own, verbatim), with its operation.
 * The status call that needs a submitted id runs last.
 */
const curls = index.operations
  .flatMap((operation) => ((operation.extensions['x-codeSamples'] ?? []) as unknown as CodeSample[]).map((sample) => ({ operation, sample })))
  .filter(({ sample }) => sample.source.startsWith('curl '))
  .sort((a, b) => Number(a.sample.source.includes(PLACEHOLDER_ID)) - Number(b.sample.source.includes(PLACEHOLDER_ID)));
const validator = new SpecValidator();
let origin = '';
let files = '';

beforeAll(async () => {
  ({ origin } = await startCli());
  files = mkdtempSync(join(tmpdir(), 'seed-curls-'));
  writeFileSync(join(files, 'image.png'), png(96, 64));
  writeFileSync(join(files, 'mask.png'), png(96, 64, [0, 0, 0]));
});
afterAll(stopClis);

/** The seed's command with the vendor's host swapped for the mock's, keys filled in and files made real. */
function onTheMock(command: string, requestId: string): string {
  return command
    .replace(/https:\/\/gateway\.pixazo\.ai/g, `${origin}/pixazo`)
    .replace(/https:\/\/fal\.run/g, `${origin}/fal`)
    .replace(/'\/ideogram\/edit'/g, `'${origin}/yutoai/ideogram/edit'`)
    .replace(/\{\{YOUR_API_KEY\}\}|YOUR_SUBSCRIPTION_KEY|YOUR_Subscription_KEY|\$FAL_KEY/g, 'seed-key')
    .replace(/image_file=@(""|\/path\/to\/your\/image\.png)/g, `image_file=@${join(files, 'image.png')}`)
    .replace(/mask=@(""|\/path\/to\/your\/mask\.png)/g, `mask=@${join(files, 'mask.png')}`)
    .replace(new RegExp(PLACEHOLDER_ID, 'g'), requestId)
    .replace(/^curl /, `curl -sS -w '${HEADERS}%{header_json}\\n%{http_code}' `);
}

/** The operation the mock routes a URL to: a sample must sit on the operation it calls. */
function routedOperationId(url: string): string | undefined {
  const path = new URL(url).pathname;
  const mount = index.mounts.find((m) => path.startsWith(m.prefix + '/'));
  for (const method of ['GET', 'POST']) {
    const match = mount && matchRoute(mount, method, path.slice(mount.prefix.length));
    if (match?.kind === 'found') return match.route.operation.operationId;
  }
  return undefined;
}

describe("the seeds' own curl examples succeed against npm start", () => {
  it('found the documented commands (YutoAI, Pixazo, fal)', () => {
    expect(new Set(curls.map((c) => c.sample['x-source'].slice(0, 3)))).toEqual(new Set(['000', '002', '004']));
    expect(new Set(curls.map((c) => c.operation.provider))).toEqual(new Set(['yutoai', 'pixazo', 'fal']));
    expect(curls.length).toBeGreaterThanOrEqual(12);
  });

  // Sequential, so the background-removal submit runs before the status check that needs its id.
  let requestId = PLACEHOLDER_ID;
  it.each(curls.map((c) => [`${c.operation.provider} ${c.operation.operationId} (${c.sample['x-source']})`, c] as const))(
    '%s',
    (_label, { operation, sample }) => {
      const command = onTheMock(sample.source, requestId);
      expect(routedOperationId(/(http:\/\/127\.0\.0\.1:\d+\/[^\s"']+)/.exec(command)![1])).toBe(operation.operationId);
      const output = execFileSync('bash', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const status = Number(output.slice(output.lastIndexOf('\n') + 1));
      const [text, headerJson] = output.slice(0, output.lastIndexOf('\n')).split('\n--headers--');
      const body = JSON.parse(text);
      const headers = Object.fromEntries(Object.entries(JSON.parse(headerJson) as Record<string, string[]>).map(([name, values]) => [name, values[0]]));
      expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);
      expect(formatViolations(validator.validateResponse(operation.provider, operation.operationId, { status, headers, body }))).toBe('');
      // The documented outputs for these commands name the style AUTO resolved to (Pixazo's: REALISTIC).
      if (/"style_type": "AUTO"/.test(command)) for (const item of body.data) expect(['DESIGN', 'GENERAL', 'REALISTIC']).toContain(item.style_type);
      if (operation.operationId === 'removeBackgroundSubmit') requestId = body.request_id;
    },
  );
});
