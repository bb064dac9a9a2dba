/**
 * A path parameter the spec constrains (`format: uuid`, a `pattern`) is checked by the mock: the
 * refusal of a value that breaks it must be a status the operation documents (Magnific's getImageExpand
 * answered an undocumented 400 for a non-UUID id while its sibling getImageEdit documented it).
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../mock-server/app';
import { clientRequest, operationCases } from '../support/operation-cases';
import { documentedPayload, pathFor } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';

const app = createApp({ quiet: true });
const validator = specValidator(app);
const constrained = operationCases(app).flatMap((c) =>
  c.operation.parameters
    .filter((p) => p.in === 'path' && (p.schema.format === 'uuid' || typeof p.schema.pattern === 'string'))
    .map((parameter) => ({ ...c, parameter })),
);

describe('path parameters with a format or pattern', () => {
  it('exist (Magnific task ids are UUIDs)', () => {
    expect(constrained.map((c) => c.operation.operationId)).toContain('getImageExpand');
  });

  it.each(constrained.map((c) => [`${c.label} ${c.parameter.name}`, c] as const))('%s: a value that breaks it gets a documented answer', async (_label, c) => {
    const url = pathFor(c.mount, c.operation).replace(encodeURIComponent(String(c.parameter.example ?? 'test-id')), 'not~a~valid~id');
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expectDocumented(validator, c.operation, res);
  });
});
