import { createClient } from '@hey-api/openapi-ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const out = mkdtempSync(join(tmpdir(), 'heyapi-'));
const t = Date.now();
await createClient(['fal', 'fal-queue', 'ideogram', 'magnific', 'pixazo', 'yutoai'].map((p) => ({ input: `specs/${p}/openapi.yaml`, output: join(out, p), logs: { level: 'silent' } })) as never);
console.log(out, Date.now() - t);
