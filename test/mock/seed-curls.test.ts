import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { png } from '../support/images';
import { startCli, stopClis } from '../support/server';
import { SpecValidator, formatViolations } from '../../contracts/support/validator';
import { createApp } from '../../mock-server/app';
import { matchRoute } from '../../mock-server/pipeline/target';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const PLACEHOLDER_ID = 'ideogram-remove-background_019dxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';

/** Every fenced block of the seeds that is a curl command, as the vendor printed it. */
function seedCurls(): { seed: string; command: string }[] {
  const out: { seed: string; command: string }[] = [];
  for (const seed of readdirSync(SEEDS).sort()) {
    for (const block of readFileSync(join(SEEDS, seed), 'utf8').split('```')) {
      const body = block.replace(/^(bash|sh|shell)?\n/, '').trim();
      if (body.startsWith('curl ')) out.push({ seed, command: body });
    }
  }
  return out;
}

const curls = seedCurls();
const validator = new SpecValidator();
const index = createApp({ quiet: true }).mock.index;
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
    .replace(/^curl /, `curl -sS -w '\\n%{http_code}' `);
}

function operationFor(url: string) {
  const path = new URL(url).pathname;
  for (const mount of index.mounts) {
    if (!path.startsWith(mount.prefix + '/')) continue;
    for (const method of ['GET', 'POST']) {
      const match = matchRoute(mount, method, path.slice(mount.prefix.length));
      if (match.kind === 'found') return match.route.operation;
    }
  }
  throw new Error(`no operation for ${url}`);
}

describe("the seeds' own curl examples succeed against npm start", () => {
  it('found the documented commands (YutoAI, Pixazo, fal)', () => {
    expect(new Set(curls.map((c) => c.seed.slice(0, 3)))).toEqual(new Set(['000', '002', '004']));
    expect(curls.length).toBeGreaterThanOrEqual(12);
  });

  // Sequential, so the background-removal submit runs before the status check that needs its id.
  let requestId = PLACEHOLDER_ID;
  it.each(curls.map((c, i) => [`${c.seed} #${i + 1}: ${c.command.split('\n')[0].slice(0, 90)}`, c] as const))('%s', (_label, c) => {
    const command = onTheMock(c.command, requestId);
    const output = execFileSync('bash', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const status = Number(output.slice(output.lastIndexOf('\n') + 1));
    const body = JSON.parse(output.slice(0, output.lastIndexOf('\n')));
    expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/[^\s"']+)/.exec(command)![1];
    const operation = operationFor(url);
    expect(formatViolations(validator.validateResponse(operation.provider, operation.operationId, { status, headers: { 'content-type': 'application/json' }, body }))).toBe('');
    if (operation.operationId === 'removeBackgroundSubmit') requestId = body.request_id;
  });
});
